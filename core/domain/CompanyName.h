#pragma once

#include <QString>

namespace foothold {

// The key that makes "Lumen, Inc.", "Lumen Inc" and "LUMEN INC." one company: case folded,
// accents removed, punctuation dropped, whitespace collapsed and a trailing legal form
// (Inc, LLC, Ltd, GmbH, Corp, …) removed. Never empty for a name with a letter or digit in it.
[[nodiscard]] QString normalizeCompanyName(const QString &name);

} // namespace foothold

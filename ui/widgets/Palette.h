#pragma once

#include <QColor>
#include <QPalette>

namespace foothold {

// Colours chosen against the palette in use, so light and dark themes both read well.
[[nodiscard]] bool isDark(const QPalette &palette);
[[nodiscard]] QColor errorColor(const QPalette &palette);
[[nodiscard]] QColor warningColor(const QPalette &palette);
[[nodiscard]] QColor okColor(const QPalette &palette);
[[nodiscard]] QColor mutedTextColor(const QPalette &palette);
// A colour for each stage/kind/channel index, distinct and readable on the palette's base.
[[nodiscard]] QColor categoryColor(int index, const QPalette &palette);

} // namespace foothold

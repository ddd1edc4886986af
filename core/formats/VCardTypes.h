#pragma once

#include "core/formats/VCardLexer.h"

#include <QString>
#include <QStringList>

namespace foothold {

// How a vCard TYPE list becomes the free-text type of a TypedValue and back.
//
// Import: TYPE values and vCard 2.1 bare parameters, lower-cased; the ones that say nothing about
// the value (internet, pref, x400, voice, msg and encodings) dropped; "cell" read as "mobile";
// joined with ",". With no type, an Apple label of the same group (item1.X-ABLabel) is used, and
// a URL on linkedin.com or github.com is typed "linkedin" or "github".
//
// Export writes the type back as TYPE tokens ("mobile" as "cell"); when importing those tokens
// would not give the same text back (upper case, a word vCard drops), the exact text goes in an
// X-FOOTHOLD-TYPE parameter too, which import prefers. So a type always survives a round trip.
enum class VCardValueKind { Email, Phone, Url, Address };

[[nodiscard]] QString importedVCardType(const QStringList &typeTokens, const QString &groupLabel, VCardValueKind kind,
                                        const QString &value);
// The same from a property's parameters (its TYPE values), without a list per property.
[[nodiscard]] QString importedVCardType(std::span<const VCardParam> params, const QString &groupLabel, VCardValueKind kind,
                                        const QString &value);
[[nodiscard]] QStringList exportedVCardTypeTokens(const QString &type);

// An Apple label "_$!<Mobile>!$_" as "mobile"; other labels lower-cased.
[[nodiscard]] QString cleanAppleLabel(const QString &label);

} // namespace foothold

#pragma once

// The old lexer, kept for VCardEquivalenceTest only (see LegacyVCardReader.h).

#include "core/formats/Diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>

namespace foothold::legacy {

// One vCard property as written: "item1.EMAIL;TYPE=work,pref:ana@example.com".
struct VCardProperty {
    int line = 0;             // first physical line
    QString group;            // "item1"; empty when none
    QString name;             // upper case: "EMAIL"
    // Parameters in order, names upper case. A vCard 2.1 bare parameter ("TEL;WORK;VOICE") has
    // the name "TYPE", as 2.1 means it; ENCODING and CHARSET given bare are named so too.
    QList<QPair<QString, QStringList>> params;
    QByteArray rawValue;      // after unfolding and quoted-printable soft breaks, not decoded

    [[nodiscard]] bool hasParam(const QString &upperName) const;
    [[nodiscard]] QStringList param(const QString &upperName) const; // all values of that name
    [[nodiscard]] QString firstParam(const QString &upperName) const;
};

// The properties between one BEGIN:VCARD and its END:VCARD (nested AGENT cards left out).
struct VCardBlock {
    int beginLine = 0;
    int endLine = 0;          // 0 when the card never ends
    QString version;          // from VERSION, trimmed; empty when the card has none
    QList<VCardProperty> properties;
    Diagnostics errors;       // make the card unusable
    Diagnostics warnings;
};

struct VCardLexed {
    QList<VCardBlock> cards;
    Diagnostics errors;       // the file as a whole is unusable
    Diagnostics warnings;
    QString encoding;
};

// Splits vCard bytes (2.1, 3.0, 4.0) into cards and properties with their line numbers:
// unfolding (a fold may cut a UTF-8 sequence: unfolding works on bytes), quoted-printable soft
// line breaks (also onto an unindented line), groups, quoted and RFC 6868 (^n ^' ^^) parameter
// values, lower-case and mixed-case names. Refuses, with the line, a property line it cannot
// read (an empty or nameless parameter, an invalid name) and text outside a card.
// With `onCard`, each card is handed over as soon as it ends (and `cards` stays empty): a large
// file is then never held as properties all at once.
[[nodiscard]] VCardLexed lexVCards(const QByteArray &bytes, const std::function<void(VCardBlock &&)> &onCard = {});

// Value helpers. Text escapes: \n \N newline, \, \; \: \\ the character; any other backslash
// stays as written.
[[nodiscard]] QString unescapeVCardText(QStringView text);
// Splits at unescaped `separator`, then unescapes each part.
[[nodiscard]] QStringList splitVCardValue(QStringView text, QChar separator);
// A structured value (N, ADR): components at unescaped ';', each a list at unescaped ','.
[[nodiscard]] QList<QStringList> splitVCardComponents(QStringView text);

// The bytes a value stands for: quoted-printable (ENCODING=QUOTED-PRINTABLE or a bare
// QUOTED-PRINTABLE) decoded, others as they are. Lenient about a stray "=" left by a soft break.
[[nodiscard]] QByteArray decodeQuotedPrintable(const QByteArray &value);

} // namespace foothold::legacy

#pragma once

#include "core/formats/Diagnostic.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <functional>
#include <span>

namespace foothold {

// True when `bytes` equals `upper` (upper-case ASCII) ignoring ASCII case.
[[nodiscard]] inline bool equalsAsciiUpper(QByteArrayView bytes, const char *upper)
{
    qsizetype i = 0;
    for (; i < bytes.size(); ++i) {
        const char want = upper[i];
        if (want == 0)
            return false;
        char c = bytes.at(i);
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c != want)
            return false;
    }
    return upper[i] == 0;
}

// QByteArrayView::trimmed() inline: ASCII white space (space, \t \n \v \f \r) off both ends.
[[nodiscard]] inline QByteArrayView trimmedAscii(QByteArrayView bytes)
{
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    qsizetype from = 0, to = bytes.size();
    while (from < to && space(bytes.at(from)))
        ++from;
    while (to > from && space(bytes.at(to - 1)))
        --to;
    return bytes.sliced(from, to - from);
}

// One parameter value of a vCard property, as bytes: "TYPE=work,pref" gives two, both named
// TYPE. A vCard 2.1 bare parameter ("TEL;WORK;VOICE") is named "TYPE", as 2.1 means it;
// ENCODING and CHARSET given bare are named so too. The value is unquoted, trimmed and RFC 6868
// decoded (^n ^' ^^), in UTF-8.
struct VCardParam {
    QByteArrayView name;  // ASCII letters, digits, '-', '_', '/', as written (any case)
    QByteArrayView value;
};

// One vCard property as written: "item1.EMAIL;TYPE=work,pref:ana@example.com". Views into the
// file's bytes (or into the card's own buffer for folded lines): valid only while the card that
// holds them is being handed over.
struct VCardProperty {
    int line = 0;                    // first physical line
    QByteArrayView group;            // "item1"; empty when none (UTF-8)
    QByteArrayView name;             // "EMAIL", as written (any case): compare with is()
    QByteArrayView rawValue;         // after unfolding and quoted-printable soft breaks, not decoded
    std::span<const VCardParam> params;

    // Case-insensitive: `upperName` is upper-case ASCII.
    [[nodiscard]] bool is(const char *upperName) const { return equalsAsciiUpper(name, upperName); }
    [[nodiscard]] bool hasParam(const char *upperName) const
    {
        for (const VCardParam &p : params)
            if (equalsAsciiUpper(p.name, upperName))
                return true;
        return false;
    }
    // The first value of that parameter; empty when there is none.
    [[nodiscard]] QByteArrayView firstParam(const char *upperName) const
    {
        for (const VCardParam &p : params)
            if (equalsAsciiUpper(p.name, upperName))
                return p.value;
        return {};
    }
    // The same as text (an absent parameter gives a null QString).
    [[nodiscard]] QString firstParamText(const char *upperName) const;
    // All values of that name, as text.
    [[nodiscard]] QStringList param(const char *upperName) const;
    // The name upper-cased, for messages.
    [[nodiscard]] QString upperName() const;
};

// The properties between one BEGIN:VCARD and its END:VCARD (nested AGENT cards left out). The
// properties' views live as long as the call that hands the block over.
struct VCardBlock {
    int beginLine = 0;
    int endLine = 0;          // 0 when the card never ends
    QString version;          // from VERSION, trimmed; empty when the card has none
    std::span<const VCardProperty> properties;
    double done = 0;          // how far into the file the card ends, 0..1 (progress, size estimates)
    Diagnostics errors;       // make the card unusable
    Diagnostics warnings;
};

struct VCardLexed {
    Diagnostics errors;       // the file as a whole is unusable
    Diagnostics warnings;
    QString encoding;
};

// Splits vCard bytes (2.1, 3.0, 4.0) into cards and properties with their line numbers:
// unfolding (a fold may cut a UTF-8 sequence: unfolding works on bytes), quoted-printable soft
// line breaks (also onto an unindented line), groups, quoted and RFC 6868 (^n ^' ^^) parameter
// values, lower-case and mixed-case names. Refuses, with the line, a property line it cannot
// read (an empty or nameless parameter, an invalid name) and text outside a card.
// Each card is handed to `onCard` as soon as it ends; nothing is allocated per property (names
// and parameters are views of the bytes), so a large file costs little more than its cards.
[[nodiscard]] VCardLexed lexVCards(const QByteArray &bytes, const std::function<void(const VCardBlock &)> &onCard);

// Value helpers. Text escapes: \n \N newline, \, \; \: \\ the character; any other backslash
// stays as written.
[[nodiscard]] QString unescapeVCardText(QStringView text);
// The same written to `out` (room for text.size() characters); returns how many were written.
qsizetype unescapeVCardTextInto(QChar *out, QStringView text);
// Splits at unescaped `separator`, then unescapes each part.
[[nodiscard]] QStringList splitVCardValue(QStringView text, QChar separator);
// A structured value (N, ADR): components at unescaped ';', each a list at unescaped ','.
[[nodiscard]] QList<QStringList> splitVCardComponents(QStringView text);
// Calls `part` with each raw (still escaped) part of `text` between unescaped `separator`s.
template <typename F>
void forEachVCardPart(QStringView text, QChar separator, F &&part)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            ++i; // the next character is escaped
            continue;
        }
        if (c == separator) {
            part(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    part(text.sliced(start));
}

// The bytes a value stands for: quoted-printable (ENCODING=QUOTED-PRINTABLE or a bare
// QUOTED-PRINTABLE) decoded, others as they are. Lenient about a stray "=" left by a soft break.
[[nodiscard]] QByteArray decodeQuotedPrintable(QByteArrayView value);

} // namespace foothold

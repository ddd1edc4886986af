#include "tests/core/legacy/LegacyVCardLexer.h"

#include "core/formats/TextDecoding.h"

#include <QCoreApplication>

#include <optional>

namespace foothold::legacy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VCard", text);
}

// A logical line: a view of the file's bytes when it is one physical line (most are), its own
// copy when folds or soft breaks joined several.
struct LogicalLine {
    QByteArrayView view;
    QByteArray joined;
    int line = 0;

    [[nodiscard]] QByteArrayView text() const { return joined.isNull() ? view : QByteArrayView(joined); }
    QByteArray &own()
    {
        if (joined.isNull())
            joined = view.toByteArray();
        return joined;
    }
};

bool isFoldContinuation(QByteArrayView physical)
{
    return !physical.isEmpty() && (physical.at(0) == ' ' || physical.at(0) == '\t');
}

// Where the name and parameters end: the first ':' outside a quoted parameter value.
qsizetype headerEnd(QByteArrayView text)
{
    bool inParams = false, inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inQuotes) {
            if (c == '"')
                inQuotes = false;
        } else if (c == ';') {
            inParams = true;
        } else if (c == '"' && inParams) {
            inQuotes = true;
        } else if (c == ':') {
            return i;
        }
    }
    return -1;
}

bool isQuotedPrintable(QByteArrayView text)
{
    const qsizetype end = headerEnd(text);
    const QByteArrayView header = end < 0 ? text : text.first(end);
    for (qsizetype i = 0; i + 16 <= header.size(); ++i)
        if (qstrnicmp(header.data() + i, "QUOTED-PRINTABLE", 16) == 0)
            return true;
    return false;
}

bool isEndVCard(QByteArrayView physical)
{
    const QByteArray upper = physical.trimmed().toByteArray().toUpper();
    return upper == "END:VCARD" || upper.endsWith(".END:VCARD");
}

// Physical lines to logical ones: folds (a line starting with a space or tab continues the one
// before, minus that one character) and quoted-printable soft breaks (a QP value ending in "="
// continues on the next line, indented or not).
QList<LogicalLine> logicalLines(const QByteArray &bytes)
{
    QList<QByteArrayView> physical;
    const qsizetype n = bytes.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = bytes.at(i);
        if (c == '\n' || c == '\r') {
            physical << QByteArrayView(bytes).sliced(start, i - start);
            if (c == '\r' && i + 1 < n && bytes.at(i + 1) == '\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        physical << QByteArrayView(bytes).sliced(start);

    QList<LogicalLine> out;
    bool open = false;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        const QByteArrayView p = physical.at(i);
        if (open && isFoldContinuation(p)) {
            out.last().own().append(p.sliced(1));
            continue;
        }
        if (open && out.last().text().endsWith('=') && !isEndVCard(p) && isQuotedPrintable(out.last().text())) {
            QByteArray &joined = out.last().own();
            joined.chop(1);
            joined.append(p);
            continue;
        }
        // Blank lines say nothing (vCard 2.1 ends BASE64 data with one; iPhone exports double
        // their CRs): they neither end nor start a property.
        if (p.trimmed().isEmpty())
            continue;
        out.append({p, {}, int(i + 1)});
        open = true;
    }
    return out;
}

bool validName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '/';
        if (!ok)
            return false;
    }
    return true;
}

// RFC 6868: ^n newline, ^' double quote, ^^ caret.
QString decodeCaret(const QString &value)
{
    if (!value.contains(QLatin1Char('^')))
        return value;
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('^') && i + 1 < value.size()) {
            const QChar next = value.at(i + 1);
            if (next == QLatin1Char('n') || next == QLatin1Char('N')) {
                out += QLatin1Char('\n');
                ++i;
                continue;
            }
            if (next == QLatin1Char('\'')) {
                out += QLatin1Char('"');
                ++i;
                continue;
            }
            if (next == QLatin1Char('^')) {
                out += QLatin1Char('^');
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// Splits at `separator` outside double quotes.
QStringList splitOutsideQuotes(const QString &text, QChar separator)
{
    QStringList parts;
    bool inQuotes = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (c == separator && !inQuotes) {
            parts << text.mid(start, i - start);
            start = i + 1;
        }
    }
    parts << text.mid(start);
    return parts;
}

QString bareParamName(const QString &upperValue)
{
    if (upperValue == QLatin1String("QUOTED-PRINTABLE") || upperValue == QLatin1String("BASE64") || upperValue == QLatin1String("B")
        || upperValue == QLatin1String("8BIT") || upperValue == QLatin1String("7BIT"))
        return QStringLiteral("ENCODING");
    return QStringLiteral("TYPE");
}

// Reads one logical line into `property`; an error message when it cannot.
QString parseProperty(const LogicalLine &logical, VCardProperty &property, Diagnostics &warnings)
{
    property.line = logical.line;
    const QByteArrayView text = logical.text();
    qsizetype colon = headerEnd(text);
    if (colon < 0) {
        colon = text.size();
        warnings << Diagnostic{logical.line, tr("a line without “:”, read as a property with an empty value")};
    }
    property.rawValue = colon < text.size() ? text.sliced(colon + 1).toByteArray() : QByteArray();
    const QByteArrayView headerBytes = text.first(colon);
    // The common case, a plain ASCII name (with a group) and no parameters, without the general
    // machinery: most lines of a card are like that.
    bool plain = true;
    for (const char c : headerBytes)
        plain = plain && c != ';' && c != '"' && c != ' ' && c != '\t' && static_cast<unsigned char>(c) < 0x80;
    if (plain && !headerBytes.isEmpty()) {
        const qsizetype dot = headerBytes.lastIndexOf('.');
        const QByteArrayView nameBytes = dot >= 0 ? headerBytes.sliced(dot + 1) : headerBytes;
        if (dot >= 0)
            property.group = QString::fromLatin1(headerBytes.first(dot));
        const QString name = QString::fromLatin1(nameBytes);
        if (!validName(name))
            return name.isEmpty() ? tr("a property without a name") : tr("“%1” is not a property name").arg(name.left(40));
        property.name = name.toUpper();
        return {};
    }
    const QString header = QString::fromUtf8(headerBytes);
    const QStringList tokens = splitOutsideQuotes(header, QLatin1Char(';'));
    QString fullName = tokens.first().trimmed();
    const qsizetype dot = fullName.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0) {
        property.group = fullName.left(dot);
        fullName = fullName.mid(dot + 1);
    }
    if (!validName(fullName))
        return fullName.isEmpty() ? tr("a property without a name") : tr("“%1” is not a property name").arg(fullName.left(40));
    property.name = fullName.toUpper();
    for (qsizetype t = 1; t < tokens.size(); ++t) {
        const QString token = tokens.at(t).trimmed();
        if (token.isEmpty())
            return tr("%1 has an empty parameter (“;;” or “;:”)").arg(property.name);
        const qsizetype eq = token.indexOf(QLatin1Char('='));
        const bool quotedBefore = token.indexOf(QLatin1Char('"')) >= 0 && token.indexOf(QLatin1Char('"')) < eq;
        QString name;
        QString valueText;
        if (eq >= 0 && !quotedBefore) {
            name = token.left(eq).trimmed().toUpper();
            valueText = token.mid(eq + 1);
            if (!validName(name))
                return tr("%1 has a parameter without a valid name (“%2”)").arg(property.name, token.left(40));
        } else {
            valueText = token;
        }
        QStringList values;
        for (QString value : splitOutsideQuotes(valueText, QLatin1Char(','))) {
            value = value.trimmed();
            if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            else if (value.isEmpty())
                return tr("%1 has a parameter %2 with an empty value").arg(property.name, name.isEmpty() ? token : name);
            values << decodeCaret(value);
        }
        if (name.isEmpty())
            name = bareParamName(values.first().toUpper());
        property.params.append({name, values});
    }
    return {};
}

bool valueIs(const VCardProperty &p, const char *word)
{
    return p.rawValue.trimmed().toUpper() == QByteArray(word);
}

} // namespace

bool VCardProperty::hasParam(const QString &upperName) const
{
    for (const auto &param : params)
        if (param.first == upperName)
            return true;
    return false;
}

QStringList VCardProperty::param(const QString &upperName) const
{
    QStringList out;
    for (const auto &param : params)
        if (param.first == upperName)
            out << param.second;
    return out;
}

QString VCardProperty::firstParam(const QString &upperName) const
{
    for (const auto &param : params)
        if (param.first == upperName && !param.second.isEmpty())
            return param.second.first();
    return {};
}

VCardLexed lexVCards(const QByteArray &bytes, const std::function<void(VCardBlock &&)> &onCard)
{
    VCardLexed out;
    Utf8Bytes utf8 = toUtf8Bytes(bytes);
    if (utf8.error) {
        out.errors << *utf8.error;
        return out;
    }
    out.encoding = utf8.encoding;

    std::optional<VCardBlock> card;
    int cardsSeen = 0;
    auto finish = [&] {
        ++cardsSeen;
        if (onCard)
            onCard(std::move(*card));
        else
            out.cards.append(std::move(*card));
        card.reset();
    };
    int nested = 0;
    bool lastWasEmptyAgent = false;
    bool complainedOutside = false;
    for (const LogicalLine &logical : logicalLines(utf8.bytes)) {
        VCardProperty property;
        Diagnostics warnings;
        const QString problem = parseProperty(logical, property, warnings);
        const bool isBegin = problem.isEmpty() && property.name == QLatin1String("BEGIN") && valueIs(property, "VCARD");
        const bool isEnd = problem.isEmpty() && property.name == QLatin1String("END") && valueIs(property, "VCARD");
        if (!card) {
            if (isBegin) {
                card.emplace();
                card->beginLine = logical.line;
                complainedOutside = false;
                lastWasEmptyAgent = false;
            } else if (!complainedOutside) {
                out.errors << Diagnostic{logical.line, tr("text outside BEGIN:VCARD … END:VCARD")};
                complainedOutside = true;
            }
            continue;
        }
        if (nested > 0) { // a vCard 2.1 AGENT holds a whole card: not ours to read
            if (isBegin)
                ++nested;
            else if (isEnd)
                --nested;
            continue;
        }
        card->warnings << warnings;
        if (!problem.isEmpty()) {
            card->errors << Diagnostic{logical.line, problem};
            lastWasEmptyAgent = false;
            continue;
        }
        if (isBegin) {
            if (lastWasEmptyAgent) {
                nested = 1;
                continue;
            }
            card->errors << Diagnostic{card->beginLine, tr("the card has no END:VCARD before the next BEGIN:VCARD (line %1)")
                                                            .arg(logical.line)};
            finish();
            card.emplace();
            card->beginLine = logical.line;
            continue;
        }
        if (isEnd) {
            card->endLine = logical.line;
            finish();
            continue;
        }
        if (property.name == QLatin1String("END") || property.name == QLatin1String("BEGIN")) {
            card->errors << Diagnostic{logical.line, tr("%1:%2 inside a vCard")
                                                         .arg(property.name, QString::fromUtf8(property.rawValue.left(40)))};
            continue;
        }
        if (property.name == QLatin1String("VERSION"))
            card->version = QString::fromUtf8(property.rawValue).trimmed();
        lastWasEmptyAgent = property.name == QLatin1String("AGENT") && property.rawValue.trimmed().isEmpty();
        card->properties.append(std::move(property));
    }
    if (card) {
        card->errors << Diagnostic{card->beginLine, tr("the card has no END:VCARD (the file may be cut short)")};
        finish();
    }
    if (cardsSeen == 0 && out.errors.isEmpty())
        out.errors << Diagnostic{0, tr("no BEGIN:VCARD: this is not a vCard file")};
    return out;
}

QString unescapeVCardText(QStringView text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next == QLatin1Char('n') || next == QLatin1Char('N')) {
                out += QLatin1Char('\n');
                ++i;
                continue;
            }
            if (next == QLatin1Char(',') || next == QLatin1Char(';') || next == QLatin1Char(':') || next == QLatin1Char('\\')) {
                out += next;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

namespace {

QList<QStringView> splitRaw(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            ++i; // the next character is escaped
            continue;
        }
        if (c == separator) {
            parts << text.mid(start, i - start);
            start = i + 1;
        }
    }
    parts << text.mid(start);
    return parts;
}

} // namespace

QStringList splitVCardValue(QStringView text, QChar separator)
{
    QStringList parts;
    for (const QStringView part : splitRaw(text, separator))
        parts << unescapeVCardText(part);
    return parts;
}

QList<QStringList> splitVCardComponents(QStringView text)
{
    QList<QStringList> components;
    for (const QStringView component : splitRaw(text, QLatin1Char(';')))
        components << splitVCardValue(component, QLatin1Char(','));
    return components;
}

QByteArray decodeQuotedPrintable(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 2 < value.size()) {
            const int high = hex(value.at(i + 1));
            const int low = hex(value.at(i + 2));
            if (high >= 0 && low >= 0) {
                out += char(high * 16 + low);
                i += 2;
                continue;
            }
        }
        // A lone "=" is what is left of a soft line break: it stands for nothing.
    }
    return out;
}

} // namespace foothold::legacy

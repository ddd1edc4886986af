#include "core/formats/VCardHeader.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VCard", text);
}

bool validNameChar(char16_t u)
{
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '/';
}

bool validName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name)
        if (!validNameChar(static_cast<unsigned char>(c)))
            return false;
    return true;
}

bool validName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name)
        if (!validNameChar(c.unicode()))
            return false;
    return true;
}

QString nameError(const QString &name)
{
    return name.isEmpty() ? tr("a property without a name") : tr("“%1” is not a property name").arg(name.left(40));
}

const QByteArrayView typeName("TYPE");
const QByteArrayView encodingName("ENCODING");

QByteArrayView bareParamName(QByteArrayView value)
{
    if (equalsAsciiUpper(value, "QUOTED-PRINTABLE") || equalsAsciiUpper(value, "BASE64") || equalsAsciiUpper(value, "B")
        || equalsAsciiUpper(value, "8BIT") || equalsAsciiUpper(value, "7BIT"))
        return encodingName;
    return typeName;
}

// RFC 6868: ^n newline, ^' double quote, ^^ caret. A value with none stays a view.
QByteArrayView decodeCaret(QByteArrayView value, QList<QByteArray> &buffers)
{
    if (!value.contains('^'))
        return value;
    QByteArray out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '^' && i + 1 < value.size()) {
            const char next = value.at(i + 1);
            if (next == 'n' || next == 'N') {
                out += '\n';
                ++i;
                continue;
            }
            if (next == '\'') {
                out += '"';
                ++i;
                continue;
            }
            if (next == '^') {
                out += '^';
                ++i;
                continue;
            }
        }
        out += c;
    }
    buffers.append(std::move(out));
    return QByteArrayView(buffers.last());
}

// Token bounds of `text` split at `separator` outside double quotes (a quote anywhere toggles).
void splitOutsideQuotes(QByteArrayView text, char separator, std::vector<qsizetype> &bounds)
{
    bounds.clear();
    bool inQuotes = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '"')
            inQuotes = !inQuotes;
        else if (c == separator && !inQuotes) {
            bounds.push_back(start);
            bounds.push_back(i);
            start = i + 1;
        }
    }
    bounds.push_back(start);
    bounds.push_back(text.size());
}

// An ASCII header with parameters, in bytes: the same steps as the general path below, which
// works on text (its trimming and case mapping differ from ASCII's only outside ASCII).
QString parseAsciiHeader(QByteArrayView header, VCardProperty &property, std::vector<VCardParam> &params, QList<QByteArray> &buffers,
                         HeaderScratch &scratch)
{
    std::vector<qsizetype> &bounds = scratch.bounds;
    splitOutsideQuotes(header, ';', bounds);
    const bool carets = header.contains('^'); // RFC 6868 escapes are rare: look once
    QByteArrayView fullName = trimmedAscii(header.sliced(bounds[0], bounds[1] - bounds[0]));
    const qsizetype dot = fullName.lastIndexOf('.');
    if (dot >= 0) {
        property.group = fullName.first(dot);
        fullName = fullName.sliced(dot + 1);
    }
    if (!validName(fullName))
        return nameError(QString::fromLatin1(fullName));
    property.name = fullName;
    const std::size_t tokens = bounds.size() / 2;
    for (std::size_t t = 1; t < tokens; ++t) {
        const QByteArrayView token = trimmedAscii(header.sliced(scratch.bounds[2 * t], scratch.bounds[2 * t + 1] - scratch.bounds[2 * t]));
        if (token.isEmpty())
            return tr("%1 has an empty parameter (“;;” or “;:”)").arg(property.upperName());
        const qsizetype eq = token.indexOf('=');
        const qsizetype quote = token.indexOf('"');
        const bool quotedBefore = quote >= 0 && quote < eq;
        QByteArrayView name;
        QByteArrayView valueText = token;
        if (eq >= 0 && !quotedBefore) {
            name = trimmedAscii(token.first(eq));
            valueText = token.sliced(eq + 1);
            if (!validName(name))
                return tr("%1 has a parameter without a valid name (“%2”)")
                    .arg(property.upperName(), QString::fromLatin1(token.first(qMin<qsizetype>(40, token.size()))));
        }
        // Values at ',' outside quotes (a fresh quote state per parameter).
        const std::size_t first = params.size();
        bool inQuotes = false;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= valueText.size(); ++i) {
            if (i < valueText.size()) {
                const char c = valueText.at(i);
                if (c == '"')
                    inQuotes = !inQuotes;
                if (c != ',' || inQuotes)
                    continue;
            }
            QByteArrayView value = trimmedAscii(valueText.sliced(start, i - start));
            start = i + 1;
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.sliced(1, value.size() - 2);
            else if (value.isEmpty())
                return tr("%1 has a parameter %2 with an empty value")
                    .arg(property.upperName(), name.isEmpty() ? QString::fromLatin1(token) : QString::fromLatin1(name).toUpper());
            params.push_back({name, carets ? decodeCaret(value, buffers) : value});
        }
        if (name.isEmpty()) {
            const QByteArrayView bare = bareParamName(params[first].value);
            for (std::size_t i = first; i < params.size(); ++i)
                params[i].name = bare;
        }
    }
    return {};
}

// The general path, on text: a header that is not ASCII (a parameter value in UTF-8, say).
// Trimming and case mapping are Unicode's here, as they always were.
QString decodeCaretText(const QString &value)
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

QStringList splitOutsideQuotesText(const QString &text, QChar separator)
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

QByteArrayView keep(QList<QByteArray> &buffers, QByteArray bytes)
{
    buffers.append(std::move(bytes));
    return QByteArrayView(buffers.last());
}

QString parseTextHeader(QByteArrayView headerBytes, VCardProperty &property, std::vector<VCardParam> &params, QList<QByteArray> &buffers)
{
    const QString header = QString::fromUtf8(headerBytes);
    const QStringList tokens = splitOutsideQuotesText(header, QLatin1Char(';'));
    QString fullName = tokens.first().trimmed();
    const qsizetype dot = fullName.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0) {
        property.group = keep(buffers, fullName.left(dot).toUtf8());
        fullName = fullName.mid(dot + 1);
    }
    if (!validName(fullName))
        return nameError(fullName);
    property.name = keep(buffers, fullName.toLatin1());
    const QString upperName = fullName.toUpper();
    for (qsizetype t = 1; t < tokens.size(); ++t) {
        const QString token = tokens.at(t).trimmed();
        if (token.isEmpty())
            return tr("%1 has an empty parameter (“;;” or “;:”)").arg(upperName);
        const qsizetype eq = token.indexOf(QLatin1Char('='));
        const bool quotedBefore = token.indexOf(QLatin1Char('"')) >= 0 && token.indexOf(QLatin1Char('"')) < eq;
        QString name;
        QString valueText;
        if (eq >= 0 && !quotedBefore) {
            name = token.left(eq).trimmed().toUpper();
            valueText = token.mid(eq + 1);
            if (!validName(name))
                return tr("%1 has a parameter without a valid name (“%2”)").arg(upperName, token.left(40));
        } else {
            valueText = token;
        }
        QStringList values;
        for (QString value : splitOutsideQuotesText(valueText, QLatin1Char(','))) {
            value = value.trimmed();
            if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            else if (value.isEmpty())
                return tr("%1 has a parameter %2 with an empty value").arg(upperName, name.isEmpty() ? token : name);
            values << decodeCaretText(value);
        }
        QByteArrayView nameView;
        if (!name.isEmpty()) {
            nameView = keep(buffers, name.toLatin1());
        } else {
            const QString bare = values.first().toUpper();
            nameView = bare == QLatin1String("QUOTED-PRINTABLE") || bare == QLatin1String("BASE64") || bare == QLatin1String("B")
                    || bare == QLatin1String("8BIT") || bare == QLatin1String("7BIT")
                ? encodingName
                : typeName;
        }
        for (const QString &value : values)
            params.push_back({nameView, keep(buffers, value.toUtf8())});
    }
    return {};
}

} // namespace

qsizetype vCardHeaderEnd(QByteArrayView text)
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

QString parseVCardHeader(QByteArrayView text, VCardProperty &property, std::vector<VCardParam> &params, QList<QByteArray> &buffers,
                         HeaderScratch &scratch, Diagnostics &warnings)
{
    // The common case in one pass: a plain ASCII name (with a group) and no parameters, up to the
    // first ':' (before a ';' a quote does not open a quoted value). Anything else is measured
    // again by vCardHeaderEnd() and read by the general paths.
    const char *data = text.data();
    const qsizetype size = text.size();
    qsizetype i = 0;
    qsizetype lastDot = -1;
    bool plain = true, quoteBefore = false;
    unsigned char bits = 0;
    for (; i < size; ++i) {
        const char c = data[i];
        if (c == ':')
            break;
        if (c == ';') {
            plain = false;
            break;
        }
        bits |= static_cast<unsigned char>(c);
        if (c == '.')
            lastDot = i;
        else if (c == '"' || c == ' ' || c == '\t')
            plain = false;
        quoteBefore = quoteBefore || c == '"';
    }
    if (!plain && i < size && data[i] == ';') {
        // Parameters: without any quote the header ends at the first ':' and splits plainly at
        // ';' and ',', which is what the general path then finds too.
        qsizetype j = i;
        bool quote = quoteBefore;
        for (; j < size && data[j] != ':'; ++j) {
            bits |= static_cast<unsigned char>(data[j]);
            quote = quote || data[j] == '"';
        }
        if (!quote && j < size && bits < 0x80) {
            property.rawValue = text.sliced(j + 1);
            return parseAsciiHeader(text.first(j), property, params, buffers, scratch);
        }
    }
    if (plain && i < size && i > 0 && bits < 0x80) {
        property.rawValue = text.sliced(i + 1);
        const QByteArrayView header = text.first(i);
        const QByteArrayView name = header.sliced(lastDot + 1);
        if (lastDot >= 0)
            property.group = header.first(lastDot);
        if (!validName(name))
            return nameError(QString::fromLatin1(name));
        property.name = name;
        return {};
    }
    qsizetype colon = vCardHeaderEnd(text);
    if (colon < 0) {
        colon = text.size();
        warnings << Diagnostic{property.line, tr("a line without “:”, read as a property with an empty value")};
    }
    property.rawValue = colon < text.size() ? text.sliced(colon + 1) : QByteArrayView();
    const QByteArrayView header = text.first(colon);
    bool ascii = true;
    plain = true;
    for (const char c : header) {
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        plain = plain && c != ';' && c != '"' && c != ' ' && c != '\t';
    }
    if (ascii && plain && !header.isEmpty()) {
        const qsizetype dot = header.lastIndexOf('.');
        const QByteArrayView name = dot >= 0 ? header.sliced(dot + 1) : header;
        if (dot >= 0)
            property.group = header.first(dot);
        if (!validName(name))
            return nameError(QString::fromLatin1(name));
        property.name = name;
        return {};
    }
    if (ascii)
        return parseAsciiHeader(header, property, params, buffers, scratch);
    return parseTextHeader(header, property, params, buffers);
}

} // namespace foothold

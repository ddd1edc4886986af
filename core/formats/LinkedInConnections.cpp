#include "core/formats/LinkedInConnections.h"

#include "core/domain/Validation.h"
#include "core/formats/Csv.h"
#include "core/formats/TextDecoding.h"

#include <QCoreApplication>
#include <QUrl>

#include <array>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LinkedInConnections", text);
}

enum Column { FirstName, LastName, Url, Email, CompanyCol, PositionCol, ConnectedOn, ColumnCount };

// Header names as LinkedIn writes them, and the spellings older exports and tools use.
int columnOf(const QString &header)
{
    const QString h = header.simplified().toLower();
    if (h == QLatin1String("first name"))
        return FirstName;
    if (h == QLatin1String("last name"))
        return LastName;
    if (h == QLatin1String("url") || h == QLatin1String("profile url"))
        return Url;
    if (h == QLatin1String("email address") || h == QLatin1String("e-mail address") || h == QLatin1String("email"))
        return Email;
    if (h == QLatin1String("company"))
        return CompanyCol;
    if (h == QLatin1String("position") || h == QLatin1String("title"))
        return PositionCol;
    if (h == QLatin1String("connected on"))
        return ConnectedOn;
    return -1;
}

// Column positions when `fields` is the header, or nullopt when it is not.
std::optional<std::array<int, ColumnCount>> headerColumns(const QStringList &fields)
{
    std::array<int, ColumnCount> columns;
    columns.fill(-1);
    int found = 0;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const int column = columnOf(fields.at(i));
        if (column >= 0 && columns[size_t(column)] < 0) {
            columns[size_t(column)] = int(i);
            ++found;
        }
    }
    if (columns[FirstName] < 0 || columns[LastName] < 0 || found < 3)
        return std::nullopt;
    return columns;
}

QString absoluteUrl(const QString &url, bool &added)
{
    added = false;
    if (url.isEmpty() || url.contains(QLatin1String("://")))
        return url;
    const QString lower = url.toLower();
    if (lower.startsWith(QLatin1String("www.")) || lower.startsWith(QLatin1String("linkedin.com/"))
        || lower.contains(QLatin1String(".linkedin.com/"))) {
        added = true;
        return QStringLiteral("https://") + url;
    }
    return url;
}

} // namespace

std::optional<QDate> parseLinkedInDate(QStringView text)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString trimmed = text.trimmed().toString();
    if (trimmed.size() == 10 && trimmed.at(4) == QLatin1Char('-')) {
        const QDate iso = QDate::fromString(trimmed, Qt::ISODate);
        return iso.isValid() ? std::optional<QDate>(iso) : std::nullopt;
    }
    const QStringList parts = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 3)
        return std::nullopt;
    bool dayOk = false, yearOk = false;
    const int day = parts.at(0).toInt(&dayOk);
    const int year = parts.at(2).toInt(&yearOk);
    if (!dayOk || !yearOk || parts.at(2).size() != 4)
        return std::nullopt;
    const QString monthName = parts.at(1).toLower().remove(QLatin1Char('.'));
    if (monthName.size() < 3)
        return std::nullopt;
    static const char *const fullNames[] = {"january", "february", "march", "april", "may", "june", "july",
                                            "august", "september", "october", "november", "december"};
    for (int m = 0; m < 12; ++m) {
        const QLatin1String full(fullNames[m]);
        if (monthName == QLatin1String(months[m]) || monthName == full || (monthName == QLatin1String("sept") && m == 8)) {
            const QDate date(year, m + 1, day);
            return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
        }
    }
    return std::nullopt;
}

QString profileUrlKey(const QString &url)
{
    QString text = url.trimmed();
    if (text.isEmpty())
        return {};
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        text = text.mid(scheme + 3);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('?') || text.at(i) == QLatin1Char('#')) {
            text.truncate(i);
            break;
        }
    }
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    QString host = (slash < 0 ? text : text.left(slash)).toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    // Country subdomains (de.linkedin.com) name the same profile as www.linkedin.com.
    if (host.endsWith(QLatin1String(".linkedin.com")))
        host = QStringLiteral("linkedin.com");
    QString path = slash < 0 ? QString() : text.mid(slash);
    if (host == QLatin1String("linkedin.com"))
        path = (path.contains(QLatin1Char('%')) ? QUrl::fromPercentEncoding(path.toUtf8()) : path).toLower();
    return host + path;
}

LinkedInConnectionsFile parseLinkedInConnections(const QByteArray &bytes)
{
    LinkedInConnectionsFile file;
    const DecodedText decoded = decodeText(bytes);
    if (decoded.error) {
        file.errors << *decoded.error;
        return file;
    }
    file.encoding = decoded.encoding;
    const QString &text = decoded.text;

    // Find the header among the first lines; everything before it is LinkedIn's preamble and is
    // never read as CSV (a stray quote in it must not swallow the file).
    qsizetype pos = 0;
    int line = 1;
    std::optional<std::array<int, ColumnCount>> columns;
    int headerFields = 0;
    while (pos < text.size() && line <= 200) {
        qsizetype end = pos;
        while (end < text.size() && text.at(end) != QLatin1Char('\n') && text.at(end) != QLatin1Char('\r'))
            ++end;
        const QStringView lineText = QStringView(text).mid(pos, end - pos);
        qsizetype next = end;
        if (next < text.size() && text.at(next) == QLatin1Char('\r'))
            ++next;
        if (next < text.size() && text.at(next) == QLatin1Char('\n') && (next == end || text.at(end) == QLatin1Char('\r')))
            ++next;
        if (!lineText.trimmed().isEmpty()) {
            const QStringList fields = splitCsvLine(lineText);
            columns = headerColumns(fields);
            if (columns) {
                file.headerLine = line;
                headerFields = int(fields.size());
                pos = next;
                ++line;
                break;
            }
        }
        pos = next;
        ++line;
    }
    if (!columns) {
        file.errors << Diagnostic{0, tr("no header row with First Name, Last Name, URL, … was found: this is not a LinkedIn "
                                        "Connections.csv")};
        return file;
    }

    CsvReader reader(QStringView(text).mid(pos), QLatin1Char(','), line);
    CsvRecord record;
    const auto &col = *columns;
    auto cell = [&](Column c) -> QString {
        const int index = col[size_t(c)];
        QString value = index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed() : QString();
        // A line break inside a quoted field comes as the file's line end, CRLF from LinkedIn
        // (RFC 4180) or CR from old Macs; Foothold's text breaks lines with LF alone.
        if (value.contains(QLatin1Char('\r'))) {
            value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            value.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        }
        return value;
    };
    while (reader.next(record)) {
        bool blank = true;
        for (const QString &f : std::as_const(record.fields))
            if (!f.trimmed().isEmpty())
                blank = false;
        if (blank)
            continue;
        LinkedInConnection row;
        row.line = record.line;
        if (record.fields.size() != headerFields)
            row.errors << Diagnostic{record.line, tr("%1 fields where the header has %2").arg(record.fields.size()).arg(headerFields)};
        row.firstName = cell(FirstName);
        row.lastName = cell(LastName);
        bool schemeAdded = false;
        row.url = absoluteUrl(cell(Url), schemeAdded);
        if (schemeAdded)
            file.warnings << Diagnostic{record.line, tr("URL without https:// taken as %1").arg(row.url)};
        row.email = cell(Email);
        row.company = cell(CompanyCol);
        row.position = cell(PositionCol);
        const QString connected = cell(ConnectedOn);
        if (!connected.isEmpty()) {
            if (auto date = parseLinkedInDate(connected))
                row.connectedOn = *date;
            else
                row.errors << Diagnostic{record.line, tr("Connected On “%1” is not a date like 12 Mar 2024").arg(connected)};
        }
        if (!row.url.isEmpty() && !isValidWebUrl(row.url))
            row.errors << Diagnostic{record.line, tr("URL “%1” is not a web address").arg(row.url)};
        if (!row.email.isEmpty() && !isValidEmail(row.email))
            row.errors << Diagnostic{record.line, tr("“%1” is not an e-mail address").arg(row.email)};
        if (row.errors.isEmpty() && row.name().isEmpty())
            row.skipReason = tr("no name (LinkedIn leaves it out for some members)");
        file.rows.append(std::move(row));
    }
    if (reader.error())
        file.errors << *reader.error();
    return file;
}

} // namespace foothold

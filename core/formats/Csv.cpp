#include "core/formats/Csv.h"

#include <QCoreApplication>

namespace foothold {

CsvReader::CsvReader(QStringView text, QChar delimiter, int firstLine)
    : m_text(text), m_delimiter(delimiter), m_line(firstLine)
{
}

bool CsvReader::next(CsvRecord &record)
{
    record.fields.clear();
    if (m_error || m_pos >= m_text.size())
        return false;
    record.line = m_line;
    const QChar *data = m_text.data();
    const qsizetype n = m_text.size();
    const char16_t delimiter = m_delimiter.unicode();
    QString field;
    while (true) {
        field.clear();
        if (m_pos < n && data[m_pos] == u'"') {
            const int openedOn = m_line;
            ++m_pos;
            bool closed = false;
            while (m_pos < n) {
                const char16_t c = data[m_pos].unicode();
                if (c == u'"') {
                    if (m_pos + 1 < n && data[m_pos + 1] == u'"') {
                        field += QLatin1Char('"');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == u'\n' || (c == u'\r' && (m_pos + 1 >= n || data[m_pos + 1] != u'\n')))
                    ++m_line;
                // Take a run of ordinary characters at once.
                qsizetype end = m_pos + 1;
                while (end < n && data[end] != u'"' && data[end] != u'\n' && data[end] != u'\r')
                    ++end;
                field.append(data + m_pos, end - m_pos);
                m_pos = end;
            }
            if (!closed) {
                m_error = Diagnostic{openedOn, QCoreApplication::translate("Csv", "a quoted field starts here and never ends "
                                                                                  "(a missing closing quote)")};
                return false;
            }
            if (m_pos < n && data[m_pos] != delimiter && data[m_pos] != u'\n' && data[m_pos] != u'\r') {
                m_error = Diagnostic{m_line, QCoreApplication::translate("Csv", "text after the closing quote of a field "
                                                                                "(a quote inside a field must be doubled: \"\")")};
                return false;
            }
        } else {
            qsizetype end = m_pos;
            while (end < n && data[end] != delimiter && data[end] != u'\n' && data[end] != u'\r')
                ++end;
            field.append(data + m_pos, end - m_pos);
            m_pos = end;
        }
        record.fields.append(field);
        if (m_pos >= n)
            return true;
        const char16_t c = data[m_pos].unicode();
        ++m_pos;
        if (c == delimiter)
            continue;
        // A line end closes the record.
        if (c == u'\r' && m_pos < n && data[m_pos] == u'\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

QStringList splitCsvLine(QStringView line)
{
    CsvReader reader(line);
    CsvRecord record;
    if (reader.next(record))
        return record.fields;
    return {};
}

QString csvCell(const QString &value, bool neutralizeFormulas)
{
    QString cell = value;
    if (neutralizeFormulas && !cell.isEmpty()) {
        const QChar first = cell.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
            || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    bool quote = false;
    for (const QChar c : cell) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return cell;
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

CsvWriter::CsvWriter(CsvWriteOptions options) : m_options(options)
{
    if (m_options.byteOrderMark)
        m_data.append("\xEF\xBB\xBF");
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += csvCell(fields.at(i), m_options.neutralizeFormulas);
    }
    line += QLatin1String("\r\n");
    m_data.append(line.toUtf8());
}

} // namespace foothold

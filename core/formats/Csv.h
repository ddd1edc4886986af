#pragma once

#include "core/formats/Diagnostic.h"

#include <QByteArray>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace foothold {

struct CsvRecord {
    QStringList fields;
    int line = 0; // physical line the record starts on (a quoted field may span several)
};

// RFC 4180 records from decoded text (see decodeText()). Lenient where files in the wild are and
// nothing is lost: LF, CRLF or CR line ends, a quote inside an unquoted field kept as it is, no
// line end after the last record. Refused with the line: a quoted field that never ends, and text
// after a closing quote ("a"b,). Owns nothing: `text` must outlive the reader.
class CsvReader {
public:
    explicit CsvReader(QStringView text, QChar delimiter = QLatin1Char(','), int firstLine = 1);

    // The next record; false at the end of the text or on an error (see error()).
    bool next(CsvRecord &record);
    [[nodiscard]] const std::optional<Diagnostic> &error() const { return m_error; }
    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }

private:
    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    std::optional<Diagnostic> m_error;
};

// One line of text as CSV fields (for finding a header among preamble lines).
[[nodiscard]] QStringList splitCsvLine(QStringView line);

struct CsvWriteOptions {
    bool byteOrderMark = false;     // for spreadsheets that guess the encoding otherwise
    bool neutralizeFormulas = true; // see csvCell()
};

// An RFC 4180 field: quoted when it holds a comma, quote, CR or LF. With `neutralizeFormulas`,
// a cell that begins with = + - @ tab or CR gets a leading apostrophe, so that a spreadsheet
// shows it as text instead of running it as a formula (OWASP's advice against CSV injection).
[[nodiscard]] QString csvCell(const QString &value, bool neutralizeFormulas = true);

// Builds UTF-8 CSV with CRLF line ends.
class CsvWriter {
public:
    explicit CsvWriter(CsvWriteOptions options = {});
    void writeRow(const QStringList &fields);
    [[nodiscard]] const QByteArray &data() const { return m_data; }

private:
    CsvWriteOptions m_options;
    QByteArray m_data;
};

} // namespace foothold

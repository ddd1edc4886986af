#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace foothold {

// The search texts of every row of a list, case-folded, in one UTF-8 buffer (each row's text
// followed by a newline), so that a search is a few memmem() scans over contiguous memory rather
// than a substring search in each of 100,000 separately allocated strings. Measured on 100,000
// contacts: a word is found in all rows in 3–8 ms this way, 10–15 ms row by row with QString.
// Building it lower-cases plain-ASCII rows byte by byte straight into the buffer (other rows
// through QString::toCaseFolded), a fraction of calling toCaseFolded() on every row.
//
// Typing refines a search, so a search remembers its last few results: a search whose every word
// contains a word of an earlier one (typing "oka" after "ok", or another word after "okafor") only
// tests the rows the earlier one matched, and going back to an earlier search (Backspace) reuses
// its result. Each row also keeps a mask of the letters and digits in it: a one-letter word is
// answered from the masks alone, and a longer one skips the rows lacking one of its letters.
// Measured on 100,000 contacts, typing and deleting words one key at a time: a keystroke's median
// went from 9.2 to about 4 ms of CPU, most of which is now the repaint (docs/PERFORMANCE.md).
//
// Rows are numbered like the model's. An updated row's old text stays in the buffer, marked dead,
// until dead text is more than half of it; then the buffer is compacted. Any change of the rows
// forgets the remembered results.
class SearchIndex {
public:
    // Replaces everything with the texts of rows 0…rows-1 (any case).
    void reset(int rows, const std::function<QString(int row)> &textOf);
    // Adds the texts of rows rowCount()…until-1: reset() in steps, so that a big list can be
    // indexed a slice at a time while the application is idle (RecordTableModel).
    void appendRows(int until, const std::function<QString(int row)> &textOf);
    void clear();
    // Sets the text of `row`; row == rowCount() appends a row.
    void setRow(int row, const QString &text);
    // Removes `row`; the rows after it move up by one.
    void removeRow(int row);

    [[nodiscard]] int rowCount() const { return int(m_segmentOf.size()); }
    // One byte per row: 1 when the row's text contains every one of `words` (case-folded: QString::toCaseFolded).
    [[nodiscard]] std::vector<quint8> match(const QStringList &words) const;
    // Whether the text of `row` contains every one of `words` (case-folded: QString::toCaseFolded).
    [[nodiscard]] bool rowMatches(int row, const QStringList &words) const;

private:
    struct Remembered {
        QList<QByteArray> needles;
        std::vector<quint8> rows;
        qsizetype count = 0; // rows matched
    };

    static QByteArray prepare(const QString &text);
    static quint64 maskOf(const char *bytes, qsizetype size);
    void appendSegment(int owner, const QByteArray &bytes);
    void compact();
    void forget() const { m_remembered.clear(); }
    [[nodiscard]] qsizetype segmentEnd(size_t segment) const
    {
        return segment + 1 < m_starts.size() ? m_starts[segment + 1] : m_text.size();
    }
    // Narrows `rows` (1: still a candidate) to those containing `needle`; returns how many are left.
    qsizetype narrow(std::vector<quint8> &rows, qsizetype candidates, const QByteArray &needle) const;

    QByteArray m_text;               // lower-case UTF-8; every segment ends with '\n'
    std::vector<qsizetype> m_starts; // where each segment starts, increasing
    std::vector<int> m_owner;        // segment -> row; -1: dead (replaced or removed)
    std::vector<int> m_segmentOf;    // row -> segment
    std::vector<quint64> m_masks;    // segment -> the letters, digits and kinds of byte in it (maskOf)
    qsizetype m_deadBytes = 0;
    mutable std::vector<Remembered> m_remembered; // the latest last

};

} // namespace foothold

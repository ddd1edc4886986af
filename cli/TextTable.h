#pragma once

#include <QStringList>
#include <QTextStream>

namespace foothold::cli {

// A plain-text table for people reading a terminal: columns padded to their widest cell (capped,
// with an ellipsis), a header row, two spaces between columns.
class TextTable {
public:
    explicit TextTable(QStringList header) : m_header(std::move(header)) {}
    void addRow(QStringList cells) { m_rows << std::move(cells); }
    void print(QTextStream &out, int maxColumnWidth = 40) const;
    [[nodiscard]] qsizetype rowCount() const { return m_rows.size(); }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace foothold::cli

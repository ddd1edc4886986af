#include "cli/TextTable.h"

namespace foothold::cli {
namespace {

QString fit(const QString &cell, int width)
{
    QString oneLine = cell;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (oneLine.size() > width)
        return oneLine.left(width - 1) + QChar(0x2026);
    return oneLine;
}

} // namespace

void TextTable::print(QTextStream &out, int maxColumnWidth) const
{
    QList<int> widths;
    for (const auto &cell : m_header)
        widths << int(qMin<qsizetype>(cell.size(), maxColumnWidth));
    for (const auto &row : m_rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = int(qMax<qsizetype>(widths[i], qMin<qsizetype>(row.at(i).size(), maxColumnWidth)));
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = fit(i < row.size() ? row.at(i) : QString(), widths.at(i));
            line += i + 1 < widths.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        out << line.trimmed() << '\n';
    };
    printRow(m_header);
    for (const auto &row : m_rows)
        printRow(row);
    out.flush();
}

} // namespace foothold::cli

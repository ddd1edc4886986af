#pragma once

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

#include <initializer_list>
#include <utility>

namespace foothold {

// First-run column widths and hidden columns for a list page, used only while the user has no
// remembered layout of their own (ListPage keeps it under "pages/<key>/header"). A width never cuts
// the column's title.
inline void applyColumnDefaults(QTableView *view, const QString &settingsKey, std::initializer_list<std::pair<int, int>> widths,
                                std::initializer_list<int> hidden = {})
{
    if (QSettings().contains(QStringLiteral("pages/%1/header").arg(settingsKey)))
        return;
    QHeaderView *header = view->horizontalHeader();
    const QSignalBlocker block(header); // defaults are not the user's choice: do not remember them
    for (const auto &[column, width] : widths) {
        const QString title = view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        header->resizeSection(column, qMax(width, header->fontMetrics().horizontalAdvance(title) + 28));
    }
    for (const int column : hidden)
        header->setSectionHidden(column, true);
}

} // namespace foothold

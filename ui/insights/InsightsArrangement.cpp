#include "ui/insights/InsightsArrangement.h"

#include <QBoxLayout>
#include <QEvent>
#include <QGridLayout>
#include <QStyle>
#include <QWidget>

namespace foothold {

InsightsArrangement::InsightsArrangement(QWidget *page, QBoxLayout *topRow, QBoxLayout *secondRow, QWidget *filters,
                                         QGridLayout *grid, const QList<QWidget *> &paired, QWidget *wide)
    : QObject(page), m_page(page), m_topRow(topRow), m_secondRow(secondRow), m_filters(filters), m_grid(grid), m_paired(paired),
      m_wide(wide)
{
    page->installEventFilter(this);
    arrange(page->width());
}

bool InsightsArrangement::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Resize)
        arrange(m_page->width());
    return QObject::eventFilter(watched, event);
}

void InsightsArrangement::arrange(int width)
{
    // What the top row needs with the filters in it: everything's preferred width (the filters'
    // combo boxes shrink to a few letters before that, but then they read badly).
    const QMargins margins = m_page->layout() ? m_page->layout()->contentsMargins() : QMargins();
    const int inner = width - margins.left() - margins.right();
    int topRowNeeds = m_filters->sizeHint().width() + m_topRow->spacing();
    for (int i = 0; i < m_topRow->count(); ++i)
        if (QWidget *w = m_topRow->itemAt(i)->widget(); w && w != m_filters && !w->isHidden() &&
                                                         w->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored)
            topRowNeeds += w->sizeHint().width() + m_topRow->spacing();
    placeFilters(inner < topRowNeeds);
    // The charts' column: the page's inner width less the scroll bar that may show.
    const int scrollBar = m_page->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    placeCharts(inner - scrollBar >= 2 * kChartMinWidth + kChartSpacing ? 2 : 1);
}

void InsightsArrangement::placeFilters(bool below)
{
    if (m_filtersPlaced && below == m_filtersBelow)
        return;
    m_topRow->removeWidget(m_filters);
    m_secondRow->removeWidget(m_filters);
    // Beside the title the filters claim no minimum width: else the top row's minimum (title,
    // filters, buttons) would keep the window from getting narrow enough to move them below.
    // They are only there when their preferred width fits; below, their own minimum holds.
    m_filters->setMinimumWidth(below ? 0 : 1);
    if (below)
        m_secondRow->insertWidget(0, m_filters);
    else
        m_topRow->insertWidget(2, m_filters); // after the title and its spacing
    m_filtersPlaced = true;
    m_filtersBelow = below;
}

void InsightsArrangement::placeCharts(int columns)
{
    if (columns == m_columns)
        return;
    for (QWidget *chart : std::as_const(m_paired))
        m_grid->removeWidget(chart);
    m_grid->removeWidget(m_wide);
    for (int i = 0; i < m_paired.size(); ++i)
        m_grid->addWidget(m_paired.at(i), i / columns, i % columns);
    const int rows = int((m_paired.size() + columns - 1) / columns);
    m_grid->addWidget(m_wide, rows, 0, 1, columns);
    for (int column = 0; column < 2; ++column) {
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
        m_grid->setColumnMinimumWidth(column, column < columns ? kChartMinWidth : 0);
    }
    // Every row of charts (the wide one is row `rows`) keeps its minimum height; rows left over
    // from one column, when there are two, get none.
    const int mostRows = int(m_paired.size()) + 1;
    for (int row = 0; row < mostRows; ++row) {
        m_grid->setRowStretch(row, row <= rows ? 1 : 0);
        m_grid->setRowMinimumHeight(row, row <= rows ? kChartMinHeight : 0);
    }
    m_columns = columns;
}

} // namespace foothold

#pragma once

#include <QList>
#include <QObject>

class QBoxLayout;
class QGridLayout;
class QWidget;

namespace foothold {

// Lays the Insights page out for the width it has, so that it fits a narrow window instead of
// running off its right edge: the filters sit beside the title when the whole bar fits on one row,
// else on a row of their own; the charts go two to a row when two columns of kChartMinWidth fit,
// else one under the other (the wide Events chart always spans the row). Watches the page's
// resize events; owns nothing but itself (a child of the page), the widgets stay the page's.
class InsightsArrangement final : public QObject {
    Q_OBJECT

public:
    static constexpr int kChartMinWidth = 320;
    static constexpr int kChartMinHeight = 320;
    static constexpr int kChartSpacing = 12;

    // `topRow` holds the title and a spacing first; `filters` is inserted after them (or into
    // `secondRow`).
    // `paired` are the four charts laid two by two (row by row), `wide` the one below them.
    InsightsArrangement(QWidget *page, QBoxLayout *topRow, QBoxLayout *secondRow, QWidget *filters, QGridLayout *grid,
                        const QList<QWidget *> &paired, QWidget *wide);

    [[nodiscard]] int columns() const { return m_columns; }
    [[nodiscard]] bool filtersOnSecondRow() const { return m_filtersBelow; }
    // Arranges for a page `width` pixels wide (also called on every resize of the page).
    void arrange(int width);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeCharts(int columns);
    void placeFilters(bool below);

    QWidget *m_page;
    QBoxLayout *m_topRow;
    QBoxLayout *m_secondRow;
    QWidget *m_filters;
    QGridLayout *m_grid;
    QList<QWidget *> m_paired;
    QWidget *m_wide;
    int m_columns = 0; // 0: not arranged yet
    bool m_filtersPlaced = false;
    bool m_filtersBelow = false;
};

} // namespace foothold

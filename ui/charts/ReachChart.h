#pragma once

#include "core/analytics/Reach.h"

#include <QWidget>

class QChartView;

namespace foothold {

// Reach over time (docs/NETWORK.md, "Reach", by month): companies at 1st degree, at 2nd degree
// and targets covered, one line each, month by month. Colours from Palette.h; redrawn on a
// palette change so dark mode reads right.
class ReachChart final : public QWidget {
    Q_OBJECT
public:
    explicit ReachChart(QWidget *parent = nullptr);

    void setMonths(const QList<ReachMonth> &months);
    [[nodiscard]] int pointCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<ReachMonth> m_months;
    QChartView *m_view;
};

} // namespace foothold

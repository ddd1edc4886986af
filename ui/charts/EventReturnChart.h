#pragma once

#include "core/analytics/EventReturn.h"
#include "ui/charts/ChartFrame.h"

#include <QList>

namespace foothold {

class ReturnChart;

// The Insights page's Events chart: what each attended event cost against the new contacts met
// there and the conversations with them afterwards, a ring where a referral came of it. The plot
// is the planner's ReturnChart (same marks, same tooltips, built by ReturnChart::pointFor from
// core's computeEventReturn); this frame adds the title, legend, empty states and PNG/SVG export.
class EventReturnChart final : public ChartFrame {
    Q_OBJECT
public:
    explicit EventReturnChart(QWidget *parent = nullptr);

    // `events`: the attended events of the range with their return; `attendedAllTime` tells "no
    // data" from "nothing in this range"; costs are in `currency`.
    void setData(const QList<EventReturn> &events, qint64 attendedAllTime, const QString &currency);
    [[nodiscard]] ReturnChart *plot() const { return m_plot; }
    [[nodiscard]] int pointCount() const;
    [[nodiscard]] int referralCount() const; // events drawn with a referral ring

protected:
    void applyPalette() override;

private:
    ReturnChart *m_plot;
};

} // namespace foothold

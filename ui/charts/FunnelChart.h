#pragma once

#include "core/analytics/InsightsSeries.h"
#include "ui/charts/ChartFrame.h"

class QGridLayout;
class QLabel;

namespace foothold {

// The application funnel: applications by the furthest stage they reached (split referral / cold
// when every source is shown), and beneath, the conversions applied → interview → offer for
// referrals, cold applications and all of them, each rate with its counts ("50%, 2 of 4"). A rate
// with nothing to divide by is "—", never 0/0. docs/TALK.md ("The funnel").
class FunnelChart final : public ChartFrame {
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void setData(const Funnel &funnel, const InsightsFilter &filter, qint64 applicationsAllTime);
    // The bar values shown, stage by stage (saved … accepted), summed over the bar sets.
    [[nodiscard]] QList<qint64> stageCounts() const;
    // A conversion cell as shown: "50%\n2 of 4" or "—\n0 of 0". `row`: "all", "referral", "cold" or a
    // source key; `column`: 0 applied → interview, 1 interview → offer, 2 applied → offer.
    [[nodiscard]] QString conversionText(const QString &row, int column) const;

    // "50%" or "—" (no rate), and "2 of 4": how a rate is written everywhere on the page.
    static QString rateText(const FunnelRate &rate);
    static QString countText(const FunnelRate &rate);

protected:
    void applyPalette() override;

private:
    void rebuild();
    void rebuildTable();

    Funnel m_funnel;
    InsightsFilter m_filter;
    qint64 m_applicationsAllTime = 0;
    QWidget *m_table;
    QGridLayout *m_grid;
};

} // namespace foothold

#pragma once

#include "core/analytics/Activity.h"
#include "ui/charts/ChartFrame.h"

namespace foothold {

// Activity: conversations held and contacts made, week by week (ISO weeks, Monday to Sunday). Two
// scales: conversations on the left, new contacts on the right, because an import of a thousand
// LinkedIn connections would otherwise flatten every week of conversations.
class ActivityChart final : public ChartFrame {
    Q_OBJECT
public:
    explicit ActivityChart(QWidget *parent = nullptr);

    // `today`: a last week that has not ended yet is drawn dashed ("so far"), not as a fall.
    void setData(const QList<WeekActivity> &weeks, qint64 conversationsAllTime, qint64 contactsWithDate, QDate today);
    [[nodiscard]] const QList<WeekActivity> &data() const { return m_weeks; }

protected:
    void applyPalette() override;

private:
    void rebuild();
    [[nodiscard]] QString weekText(int index) const;

    QList<WeekActivity> m_weeks;
    qint64 m_conversationsAllTime = 0;
    qint64 m_contactsWithDate = 0;
    QDate m_today;
};

} // namespace foothold

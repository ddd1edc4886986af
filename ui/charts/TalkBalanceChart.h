#pragma once

#include "core/analytics/InsightsSeries.h"
#include "core/analytics/TalkTarget.h"
#include "ui/charts/ChartFrame.h"

#include <QHash>

class QScatterSeries;

namespace foothold {

// The 80/20 balance: each conversation with a share as a point (date, my share) coloured by kind,
// the target bands of networking and interviews (settings::NetworkingTalkTarget, InterviewTalkTarget,
// TalkTargetTolerance) and a rolling average per target. Clicking a point opens the conversation.
class TalkBalanceChart final : public ChartFrame {
    Q_OBJECT
public:
    explicit TalkBalanceChart(QWidget *parent = nullptr);

    // `from`..`to`: the range shown; `sharesAllTime` tells "no data" from "nothing in this range".
    void setData(const BalanceSeries &balance, QDate from, QDate to, qint64 sharesAllTime);
    [[nodiscard]] const BalanceSeries &data() const { return m_balance; }
    // The scatter series of `kind`, or null when no point of that kind is shown.
    [[nodiscard]] QScatterSeries *pointsOf(ConversationKind kind) const;
    // The conversation behind a point of `series` (the nearest point to `point`); 0 if none.
    [[nodiscard]] qint64 conversationAt(QScatterSeries *series, const QPointF &point) const;

signals:
    void conversationActivated(qint64 conversationId);

protected:
    void applyPalette() override;

private:
    void rebuild();
    [[nodiscard]] int indexAt(QScatterSeries *series, const QPointF &point) const;
    [[nodiscard]] QString pointText(QScatterSeries *series, int index) const;

    BalanceSeries m_balance;
    QDate m_from;
    QDate m_to;
    qint64 m_sharesAllTime = 0;
    // Each scatter series' points, in the order appended: what a click or hover points at.
    QHash<QScatterSeries *, QList<TalkSharePoint>> m_points;
    TalkTargetBand m_networkingBand;
    TalkTargetBand m_interviewBand;
};

} // namespace foothold

#pragma once

#include "core/analytics/InsightsSeries.h"
#include "core/analytics/TalkTarget.h"
#include "ui/charts/BalancePlotItem.h"
#include "ui/charts/ChartFrame.h"

#include <QPointer>

namespace foothold {

// The 80/20 balance: each conversation with a share as a point (date, my share) coloured by kind,
// the target bands of networking and interviews (settings::NetworkingTalkTarget, InterviewTalkTarget,
// TalkTargetTolerance) and a rolling average per target. Clicking a point opens the conversation
// (conversationActivated). The points and lines are one BalancePlotItem over the chart, so that
// 20,000 conversations draw in milliseconds.
class TalkBalanceChart final : public ChartFrame {
    Q_OBJECT
public:
    explicit TalkBalanceChart(QWidget *parent = nullptr);

    // `from`..`to`: the range shown; `sharesAllTime` tells "no data" from "nothing in this range".
    void setData(const BalanceSeries &balance, QDate from, QDate to, qint64 sharesAllTime);
    [[nodiscard]] const BalanceSeries &data() const { return m_balance; }
    // Points drawn, of one kind or all.
    [[nodiscard]] int pointCount(std::optional<ConversationKind> kind = std::nullopt) const;
    // Where the point of `conversation` is drawn, in the chart view's viewport (to click it); null
    // when it is not drawn.
    [[nodiscard]] std::optional<QPoint> viewPositionOf(ConversationId conversation) const;
    [[nodiscard]] BalancePlotItem *plot() const { return m_plot; }

signals:
    void conversationActivated(qint64 conversationId);

protected:
    void applyPalette() override;

private:
    void rebuild();
    void showHover(int point, QPair<int, int> linePoint, const QPoint &screenPos);
    [[nodiscard]] QString pointText(const TalkSharePoint &p) const;

    BalanceSeries m_balance;
    QDate m_from;
    QDate m_to;
    qint64 m_sharesAllTime = 0;
    QPointer<BalancePlotItem> m_plot;
    QList<QPair<QString, QList<RollingShare>>> m_lines; // name and values of each average drawn
    TalkTargetBand m_networkingBand;
    TalkTargetBand m_interviewBand;
};

} // namespace foothold

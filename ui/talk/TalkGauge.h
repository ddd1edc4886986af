#pragma once

#include "core/analytics/TalkTarget.h"

#include <QWidget>

#include <optional>

namespace foothold {

// My share of the speaking time on a 0–100% track, with the target band of the conversation's kind
// shaded and the target marked: green inside the band, amber outside. Without a share (nobody has
// spoken yet) the track is empty and says so, never "0%".
class TalkGauge final : public QWidget {
    Q_OBJECT
public:
    explicit TalkGauge(QWidget *parent = nullptr);

    void setBand(const TalkTargetBand &band);
    void setShare(std::optional<double> share);
    [[nodiscard]] std::optional<double> share() const { return m_share; }
    [[nodiscard]] TalkVerdict verdict() const { return judgeTalkShare(m_share, m_band); }
    // The sentence under the gauge: "23% — on target (10–30%)".
    [[nodiscard]] QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    TalkTargetBand m_band;
    std::optional<double> m_share;
};

} // namespace foothold

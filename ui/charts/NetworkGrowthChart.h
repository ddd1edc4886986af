#pragma once

#include "core/analytics/NetworkGrowth.h"
#include "ui/charts/ChartFrame.h"

class QComboBox;

namespace foothold {

// Network growth: contacts by the channel they came through, month by month. Two views of the same
// series: cumulative (stacked areas: how big the network is and what it is made of) and new per
// month (stacked bars: how fast it grows). docs/TALK.md ("Network growth by channel").
class NetworkGrowthChart final : public ChartFrame {
    Q_OBJECT
public:
    enum class Mode { Cumulative, PerMonth };

    explicit NetworkGrowthChart(QWidget *parent = nullptr);

    // `contactsWithDate`: all time, to tell "no data at all" from "nothing in this range".
    void setData(const QList<ChannelGrowth> &growth, qint64 contactsWithDate);
    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] const QList<ChannelGrowth> &data() const { return m_growth; }

protected:
    void applyPalette() override;

private:
    void rebuild();
    void buildCumulative(QChart *chart);
    void buildPerMonth(QChart *chart);
    [[nodiscard]] QString monthSummary(int monthIndex) const;

    QComboBox *m_modeBox;
    Mode m_mode = Mode::Cumulative;
    QList<ChannelGrowth> m_growth;
    qint64 m_contactsWithDate = 0;
};

} // namespace foothold

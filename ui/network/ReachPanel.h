#pragma once

#include "ui/network/NetworkSnapshot.h"

#include <QWidget>

class QLabel;

namespace foothold {

class Navigator;
class ReachChart;

// How far my network reaches (docs/NETWORK.md, "Reach"): people at 1st, 2nd and 3rd degree,
// companies at 1st and 2nd degree, target companies covered (each a link to the company), the
// brokers worth keeping warm (links to the people), and reach by month as a chart.
class ReachPanel final : public QWidget {
    Q_OBJECT
public:
    ReachPanel(Navigator &navigator, QWidget *parent = nullptr);

    void show(const NetworkSnapshot &snapshot);
    [[nodiscard]] QString text() const;
    [[nodiscard]] ReachChart *chart() const { return m_chart; }

private:
    Navigator &m_navigator;
    QLabel *m_summary;
    ReachChart *m_chart;
};

} // namespace foothold

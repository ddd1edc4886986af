#pragma once

#include "core/analytics/InsightsSeries.h"
#include "core/storage/ChangeNotifier.h"
#include "ui/insights/InsightsLoader.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;

namespace foothold {

class ActivityChart;
class EventReturnChart;
class FunnelChart;
class NetworkGrowthChart;
class TalkBalanceChart;
struct UiContext;

// The Insights page: network growth, the conversation balance, the application funnel, weekly
// activity and the return of the events attended, over a date range (last 3, 6, 12 months or all) and filtered by kind of conversation and
// source of application.
//
// Data flow: the aggregates (InsightsInput) are loaded off the UI thread by InsightsLoader when the
// page is built and when the data changes (ChangeNotifier, debounced; only while the page is
// visible, else when it is next shown); the charts of each half of the load (the Events chart; the
// other four) are drawn as soon as that half is in, so the UI thread draws while the other half is
// still read. A filter change recomputes the series from the loaded aggregates (computeInsights,
// pure) without any query. updated() follows every redraw of the whole page, and the last half of a load.
class InsightsPage final : public QWidget {
    Q_OBJECT
public:
    InsightsPage(UiContext &context, QWidget *parent = nullptr);
    ~InsightsPage() override;

    [[nodiscard]] InsightsFilter filter() const { return m_filter; }
    void setFilter(const InsightsFilter &filter);

    // Loads and redraws now, on this thread (benchmarks, and tests that need no event loop).
    void reloadNow();
    // Whether the charts show the data as it is (no change waiting, no load running).
    [[nodiscard]] bool isUpToDate() const;

    [[nodiscard]] NetworkGrowthChart *growthChart() const { return m_growth; }
    [[nodiscard]] TalkBalanceChart *balanceChart() const { return m_balance; }
    [[nodiscard]] FunnelChart *funnelChart() const { return m_funnel; }
    [[nodiscard]] ActivityChart *activityChart() const { return m_activity; }
    [[nodiscard]] EventReturnChart *eventsChart() const { return m_events; }

signals:
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onChanged(const ChangeSet &changes);
    void onPartLoaded(InsightsLoader::Part part, const InsightsInput &input);
    void onLoaded(const InsightsInput &input);
    void markLoaded();
    void readFilterWidgets();
    void redraw();
    void redrawPart(InsightsLoader::Part part);
    void drawAggregates(const InsightsSeries &s);
    void drawEvents(const InsightsSeries &s);

    UiContext &m_context;
    InsightsLoader *m_loader;
    QTimer *m_debounce;
    QComboBox *m_range;
    QComboBox *m_kind;
    QComboBox *m_source;
    QLabel *m_status;
    NetworkGrowthChart *m_growth;
    TalkBalanceChart *m_balance;
    FunnelChart *m_funnel;
    ActivityChart *m_activity;
    EventReturnChart *m_events;
    InsightsFilter m_filter;
    InsightsInput m_input;
    bool m_loaded = false;   // m_input holds a load
    bool m_partIn[2] = {false, false}; // m_input holds that part (InsightsLoader::Part) of a load
    QDate m_eventsTo;        // the range's end the Events chart was last drawn to (it depends on the other part)
    bool m_stale = true;     // the data changed since the last load
    bool m_settingFilter = false;
};

} // namespace foothold

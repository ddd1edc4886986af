// Budget (issue 5): the Insights page with 100k contacts and 20k conversations drawn in 200 ms or
// less. "Drawn" is everything between data on disk and pixels: the aggregate queries, the series,
// the four charts rebuilt, the page laid out and painted (grab()). Figures in docs/PERFORMANCE.md.
#include "core/services/sample/SampleData.h"
#include "core/storage/Database.h"
#include "ui/charts/ActivityChart.h"
#include "ui/charts/FunnelChart.h"
#include "ui/charts/NetworkGrowthChart.h"
#include "ui/charts/TalkBalanceChart.h"
#include "ui/insights/InsightsLoader.h"
#include "ui/models/NameDirectory.h"
#include "ui/pages/InsightsPage.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"

#include <QApplication>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUndoStack>

#include <benchmark/benchmark.h>

using namespace foothold;

namespace {

const FixedClock &benchClock()
{
    static const FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc()));
    return clock;
}

// Everything a page needs, on one database.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QUndoStack undo;
    std::unique_ptr<UndoableWriter> writer;
    Navigator navigator;
    std::unique_ptr<NameDirectory> names;
    std::unique_ptr<UiContext> context;
    std::unique_ptr<InsightsPage> page;

    explicit Fixture(int contacts)
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("insights.sqlite3")));
        if (!opened)
            qFatal("cannot open the benchmark database: %s", qPrintable(opened.error().toString()));
        db = std::move(opened).value();
        if (contacts > 0) {
            auto summary = generateSampleData(*db, SampleOptions{contacts, 2026}, benchClock());
            if (!summary)
                qFatal("sample: %s", qPrintable(summary.error().toString()));
        }
        writer = std::make_unique<UndoableWriter>(*db, &undo);
        names = std::make_unique<NameDirectory>(*db);
        context = std::make_unique<UiContext>(UiContext{*db, *writer, navigator, *names, benchClock()});
        QSettings().clear();
        page = std::make_unique<InsightsPage>(*context);
        // The page's share of a 1400 × 900 window beside the sidebar.
        page->resize(1190, 860);
    }
};

// 100k contacts, 20k conversations (the sample scales conversations at a fifth of the contacts).
Fixture &large()
{
    static Fixture fixture(100000);
    return fixture;
}

// The reference: the same page on an empty database (its widgets, layout and empty states).
Fixture &empty()
{
    static Fixture fixture(0);
    return fixture;
}

void drawPage(benchmark::State &state, Fixture &f, InsightsRange range)
{
    InsightsFilter filter;
    filter.range = range;
    f.page->setFilter(filter);
    f.page->show();
    QApplication::processEvents();
    for (auto _ : state) {
        f.page->reloadNow();           // queries, series, four charts rebuilt
        QApplication::processEvents(); // the charts' pending layout
        QPixmap pixels = f.page->grab(); // laid out and painted
        benchmark::DoNotOptimize(pixels);
    }
    state.counters["points"] = double(f.page->balanceChart()->data().points.size());
}

void BM_InsightsPageDraw_Last12Months(benchmark::State &state)
{
    drawPage(state, large(), InsightsRange::Last12Months);
}
BENCHMARK(BM_InsightsPageDraw_Last12Months)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2);

void BM_InsightsPageDraw_AllTime(benchmark::State &state)
{
    drawPage(state, large(), InsightsRange::All);
}
BENCHMARK(BM_InsightsPageDraw_AllTime)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2);

void BM_InsightsPageDraw_ReferenceEmptyDatabase(benchmark::State &state)
{
    drawPage(state, empty(), InsightsRange::Last12Months);
}
BENCHMARK(BM_InsightsPageDraw_ReferenceEmptyDatabase)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2);

// The parts of a draw, to see where the time goes.

void BM_InsightsLoad(benchmark::State &state)
{
    Fixture &f = large();
    for (auto _ : state) {
        auto input = InsightsLoader::load(*f.db);
        benchmark::DoNotOptimize(input);
    }
}
BENCHMARK(BM_InsightsLoad)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_InsightsCompute(benchmark::State &state)
{
    Fixture &f = large();
    const auto input = InsightsLoader::load(*f.db);
    InsightsFilter filter;
    filter.range = state.range(0) ? InsightsRange::All : InsightsRange::Last12Months;
    for (auto _ : state) {
        auto series = computeInsights(*input, filter, benchClock().today());
        benchmark::DoNotOptimize(series);
    }
}
BENCHMARK(BM_InsightsCompute)->Arg(0)->Arg(1)->ArgNames({"all"})->Unit(benchmark::kMillisecond)->UseRealTime();

// A filter change: no query, the series and charts again, then paint.
void BM_InsightsFilterChange(benchmark::State &state)
{
    Fixture &f = large();
    f.page->show();
    f.page->reloadNow();
    InsightsFilter a;
    InsightsFilter b;
    b.kind = ConversationKind::CoffeeChat;
    bool flip = false;
    for (auto _ : state) {
        f.page->setFilter((flip = !flip) ? b : a);
        QApplication::processEvents();
        QPixmap pixels = f.page->grab();
        benchmark::DoNotOptimize(pixels);
    }
}
BENCHMARK(BM_InsightsFilterChange)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2);

// Painting an already built page (what a window exposure costs).
void BM_InsightsPaintOnly(benchmark::State &state)
{
    Fixture &f = large();
    f.page->show();
    f.page->reloadNow();
    QApplication::processEvents();
    for (auto _ : state) {
        QPixmap pixels = f.page->grab();
        benchmark::DoNotOptimize(pixels);
    }
}
BENCHMARK(BM_InsightsPaintOnly)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

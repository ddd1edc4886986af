// Global search (Ctrl+K) and the Today agenda over 100,000 sample contacts (issue 3: "fast on
// 100k contacts"). $FOOTHOLD_BENCH_DB names an existing sample database to read (scripts/bench/ui.sh
// passes one); otherwise one is generated once into a temporary directory.
#include "core/services/GlobalSearch.h"
#include "core/services/TodayAgenda.h"
#include "core/services/sample/SampleData.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

using namespace foothold;

namespace {

Database &searchDatabase()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [] {
        QString path = qEnvironmentVariable("FOOTHOLD_BENCH_DB");
        const bool generate = path.isEmpty();
        if (generate)
            path = dir.filePath(QStringLiteral("search.sqlite3"));
        auto opened = Database::open(path);
        if (!opened)
            qFatal("cannot open the benchmark database: %s", qPrintable(opened.error().toString()));
        if (generate && !generateSampleData(**opened, SampleOptions{100000, 2026}, SystemClock::instance()))
            qFatal("cannot generate the sample");
        return std::move(opened).value();
    }();
    return *db;
}

// One search per iteration, as the palette runs it after a pause in typing.
void BM_GlobalSearch(benchmark::State &state, const char *text)
{
    Database &db = searchDatabase();
    const QString query = QString::fromUtf8(text);
    qsizetype found = 0;
    for (auto _ : state) {
        auto hits = searchEverything(db, query);
        if (!hits) {
            state.SkipWithError("the search failed");
            return;
        }
        found = hits->size();
    }
    state.counters["hits"] = double(found);
}
BENCHMARK_CAPTURE(BM_GlobalSearch, two_letters, "ok")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_GlobalSearch, surname, "okafor")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_GlobalSearch, common_word, "engineer")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_GlobalSearch, two_words, "ana lisbon")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_GlobalSearch, nothing, "zzqx")->Unit(benchmark::kMillisecond);

// Everything the Today page reads: counters, follow-ups, the next 14 days, lapsed contacts.
void BM_TodayAgenda(benchmark::State &state)
{
    Database &db = searchDatabase();
    qsizetype lapsed = 0;
    for (auto _ : state) {
        auto agenda = loadAgenda(db, SystemClock::instance());
        if (!agenda) {
            state.SkipWithError("the agenda failed");
            return;
        }
        lapsed = agenda->lapsed.size();
    }
    state.counters["lapsed"] = double(lapsed);
}
BENCHMARK(BM_TodayAgenda)->Unit(benchmark::kMillisecond);

} // namespace

// The main window's budgets with 100,000 contacts (issue 3): the contacts page on screen within
// 500 ms of the start, a keystroke in its search box re-filtering in 16 ms median or less, and the
// app under 300 MB resident. Results and how to read them: docs/PERFORMANCE.md, "Main window".
//
// The database: $FOOTHOLD_BENCH_DB if set (scripts/bench/ui.sh makes one with the CLI), else a
// 100,000-contact sample generated once into a temporary directory.
#include "core/services/sample/SampleData.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/ProcessMemory.h"
#include "ui/pages/ContactsPage.h"
#include "ui/shell/FirstPaintProbe.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace foothold;

namespace {

Database &benchDatabase()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [] {
        QString path = qEnvironmentVariable("FOOTHOLD_BENCH_DB");
        const bool generate = path.isEmpty();
        if (generate)
            path = dir.filePath(QStringLiteral("bench.sqlite3"));
        auto opened = Database::open(path);
        if (!opened) {
            fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.error().toString()));
            std::abort();
        }
        if (generate) {
            fprintf(stderr, "generating 100,000 sample contacts (set FOOTHOLD_BENCH_DB to reuse a database)…\n");
            if (!generateSampleData(**opened, SampleOptions{100000, 2026}, SystemClock::instance()))
                std::abort();
        }
        return std::move(opened).value();
    }();
    return *db;
}

// Waits (running the event loop) until the window has painted its first frame.
void waitForFirstPaint(const FirstPaintProbe &probe)
{
    while (!probe.hasPainted())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

std::unique_ptr<MainWindow> openOnContacts(qint64 *elapsedNs = nullptr, double *cpuMs = nullptr)
{
    QSettings().clear(); // the default layout, as on a first start
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuMs();
    auto window = std::make_unique<MainWindow>(benchDatabase(), SystemClock::instance());
    window->showPage(PageId::Contacts);
    FirstPaintProbe probe(window.get());
    window->show();
    waitForFirstPaint(probe);
    if (elapsedNs)
        *elapsedNs = timer.nsecsElapsed();
    if (cpuMs)
        *cpuMs = threadCpuMs() - cpuStart;
    return window;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// MainWindow construction (every model loaded: 100,000 contacts) until the contacts page has
// painted its first frame. The database is already open (opening it is a few milliseconds; the
// whole process is timed by scripts/bench/ui.sh).
void BM_MainWindowFirstPaint(benchmark::State &state)
{
    (void)benchDatabase();
    MemoryUse afterLoad;
    std::vector<double> cpu;
    for (auto _ : state) {
        qint64 ns = 0;
        double cpuMs = 0;
        auto window = openOnContacts(&ns, &cpuMs);
        state.SetIterationTime(double(ns) / 1e9);
        cpu.push_back(cpuMs);
        afterLoad = currentMemoryUse();
        auto *page = qobject_cast<ContactsPage *>(window->page(PageId::Contacts));
        if (!page || page->proxy()->rowCount() < 100000)
            state.SkipWithError("the contacts page did not show 100,000 contacts");
        state.PauseTiming();
        window.reset();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    state.counters["cpu_median_ms"] = median(cpu);
    state.counters["rss_MB"] = double(afterLoad.residentKb) / 1024.0;
    state.counters["peak_rss_MB"] = double(afterLoad.peakKb) / 1024.0;
}
BENCHMARK(BM_MainWindowFirstPaint)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);

// The contacts page's search box, focused as a user's click would; null when there is none.
QLineEdit *focusedSearchBox(MainWindow &window)
{
    auto *page = qobject_cast<ContactsPage *>(window.page(PageId::Contacts));
    for (QLineEdit *edit : page ? page->findChildren<QLineEdit *>() : QList<QLineEdit *>())
        if (edit->placeholderText().startsWith(QStringLiteral("Search contacts"))) {
            edit->setFocus();
            return edit;
        }
    return nullptr;
}

// Typing words into the contacts page's search box, and deleting them again, one key at a time:
// each keystroke's time runs from the key press through the re-filter of 100,000 rows to the
// repaint. The median is the budget's figure (16 ms: one frame); the slowest is reported too (the
// first keystroke builds the search index). Wall-clock and CPU medians both: on a machine shared
// with other work the wall clock also counts waiting for a core.
void BM_ContactsSearchKeystroke(benchmark::State &state)
{
    auto window = openOnContacts();
    QLineEdit *search = focusedSearchBox(*window);
    if (!search) {
        state.SkipWithError("no search box");
        return;
    }
    const QStringList words = {QStringLiteral("okafor"), QStringLiteral("lisbon"), QStringLiteral("data eng")};
    std::vector<double> typing;
    std::vector<double> deleting;
    std::vector<double> cpu;
    QElapsedTimer timer;
    for (auto _ : state) {
        for (const QString &word : words) {
            for (const QChar c : word) {
                timer.start();
                const double cpuStart = threadCpuMs();
                QTest::keyClick(search, c.toLatin1());
                QCoreApplication::processEvents();
                typing.push_back(double(timer.nsecsElapsed()) / 1e6);
                cpu.push_back(threadCpuMs() - cpuStart);
            }
            while (!search->text().isEmpty()) {
                timer.start();
                const double cpuStart = threadCpuMs();
                QTest::keyClick(search, Qt::Key_Backspace);
                QCoreApplication::processEvents();
                deleting.push_back(double(timer.nsecsElapsed()) / 1e6);
                cpu.push_back(threadCpuMs() - cpuStart);
            }
        }
    }
    std::vector<double> all = typing;
    all.insert(all.end(), deleting.begin(), deleting.end());
    state.counters["median_ms"] = median(all);
    state.counters["cpu_median_ms"] = median(cpu);
    state.counters["typing_median_ms"] = median(typing);
    state.counters["deleting_median_ms"] = median(deleting);
    state.counters["max_ms"] = all.empty() ? 0 : *std::max_element(all.begin(), all.end());
    state.counters["keystrokes"] = double(all.size());
}
BENCHMARK(BM_ContactsSearchKeystroke)->Unit(benchmark::kMillisecond)->Iterations(3);

// The first keystroke as a user usually makes it: a moment after the page appeared. The search
// index is built in idle slices from RecordTableModel::kIdleIndexDelayMs after the rows load, so
// by then the first keystroke only filters (BM_ContactsSearchKeystroke types at once, so its
// slowest keystroke still includes building the whole index).
void BM_ContactsFirstKeystrokeAfterIdle(benchmark::State &state)
{
    std::vector<double> first;
    for (auto _ : state) {
        state.PauseTiming();
        auto window = openOnContacts();
        QLineEdit *search = focusedSearchBox(*window);
        if (!search) {
            state.SkipWithError("no search box");
            return;
        }
        QTest::qWait(1500); // the user looks at the page
        QElapsedTimer timer;
        timer.start();
        state.ResumeTiming();
        QTest::keyClick(search, 'o');
        QCoreApplication::processEvents();
        first.push_back(double(timer.nsecsElapsed()) / 1e6);
        state.PauseTiming();
        window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        state.ResumeTiming();
    }
    state.counters["first_keystroke_ms"] = median(first);
}
BENCHMARK(BM_ContactsFirstKeystrokeAfterIdle)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

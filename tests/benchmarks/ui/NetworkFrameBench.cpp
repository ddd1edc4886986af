// The Network page's frames (issue 7: once laid out, pan and zoom frames in 33 ms or less for
// 30,000 contacts and 150,000 links). A synthetic network (seed 7, as the core benchmarks) is
// written to a temporary database and laid out once; then the real NetworkView paints it into
// a 1280×800 pixmap (QWidget::grab: the raster paint a frame costs, offscreen), at the zoom
// levels a person uses: everything (fit), a middle zoom, and close up, and while panning.
#include "core/services/NetworkLayoutService.h"
#include "core/services/SyntheticNetwork.h"
#include "ui/network/NetworkCanvas.h"
#include "ui/network/NetworkSnapshot.h"
#include "ui/network/NetworkView.h"
#include "tests/benchmarks/ui/UiBenchmarkSupport.h"

#include <QElapsedTimer>
#include <QThread>
#include <QPixmap>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>

using namespace foothold;

namespace {

struct Prepared {
    QTemporaryDir dir;
    std::shared_ptr<const NetworkSnapshot> snapshot;
    double layoutSeconds = 0;
    double loadSeconds = 0;
};

const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());

Prepared &prepared(int contacts, int links)
{
    static std::map<std::pair<int, int>, std::unique_ptr<Prepared>> cache;
    static const bool cleared = [] {
        // The views must go while the QApplication exists, not after main() returns.
        bench::onShutdown([] { cache.clear(); });
        return true;
    }();
    (void)cleared;
    auto &slot = cache[{contacts, links}];
    if (slot)
        return *slot;
    slot = std::make_unique<Prepared>();
    const QString path = slot->dir.filePath(QStringLiteral("network.sqlite3"));
    {
        auto db = Database::open(path);
        SyntheticNetworkSpec spec;
        spec.contacts = contacts;
        spec.links = links;
        spec.seed = 7;
        const FixedClock clock(kNow);
        if (!writeSyntheticNetwork(**db, generateSyntheticNetwork(spec), clock))
            std::abort();
        QElapsedTimer timer;
        timer.start();
        if (!NetworkLayoutService(**db, clock).run({}))
            std::abort();
        slot->layoutSeconds = timer.nsecsElapsed() / 1e9;
    }
    QElapsedTimer timer;
    timer.start();
    auto snapshot = loadNetworkSnapshot(path, kNow);
    if (!snapshot)
        std::abort();
    slot->loadSeconds = timer.nsecsElapsed() / 1e9;
    slot->snapshot = std::make_shared<const NetworkSnapshot>(std::move(*snapshot));
    return *slot;
}

enum Zoom { Fit = 0, Middle = 1, Close = 2 };

// `paced`: pan frames come one per 16.7 ms, as a drag's mouse moves do at 60 Hz (the time between
// frames is not measured); otherwise back to back, which gives frames painted ahead less time
// than a user ever would. Paced, the CPU column leaves out what pool threads paint ahead between
// frames: read its wall time and max_ms (the slowest frame, what a user would feel).
void frames(benchmark::State &state, bool pan, bool paced = false)
{
    Prepared &p = prepared(int(state.range(0)), int(state.range(1)));
    NetworkView view;
    view.resize(1280, 800);
    auto *canvas = new NetworkCanvas(p.snapshot);
    // Arg 3 = 1: painted on the GUI thread as before FrameRenderer, the comparison in the same run.
    canvas->setPaintOffThread(state.range(3) == 0);
    view.setCanvas(canvas);
    view.fitAll();
    if (state.range(2) == Middle)
        view.zoomBy(6.0);
    else if (state.range(2) == Close)
        view.centreOnNode(0); // people about 5 pixels across, names beside them
    view.grab(); // the first frame pays for fonts and caches
    int step = 0;
    double slowest = 0;
    QElapsedTimer timer;
    for (auto _ : state) {
        timer.start();
        if (pan) {
            auto *bar = view.horizontalScrollBar();
            bar->setValue(bar->value() + ((step++ / 20) % 2 == 0 ? 40 : -40));
        } else {
            canvas->forgetFrame(); // painted in full, as after a zoom step (not a copy of the last)
        }
        QPixmap frame = view.grab();
        benchmark::DoNotOptimize(frame);
        const double ms = timer.nsecsElapsed() / 1e6;
        slowest = std::max(slowest, ms);
        if (paced && ms < 1000.0 / 60) {
            state.PauseTiming();
            QThread::usleep(static_cast<unsigned long>((1000.0 / 60 - ms) * 1000));
            state.ResumeTiming();
        }
    }
    // Panning copies the kept frame most of the time: its slowest frame (wall) says what the
    // frames that paint afresh cost.
    state.counters["max_ms"] = slowest;
    state.counters["copied"] = canvas->frames().copiedFrames();
    state.counters["ahead"] = canvas->frames().aheadFrames();
    state.counters["pooled"] = canvas->frames().pooledFrames();
    state.counters["layout_s"] = p.layoutSeconds;
    state.counters["load_s"] = p.loadSeconds;
}

void BM_NetworkFrame(benchmark::State &state)
{
    frames(state, false);
}

void BM_NetworkPanFrame(benchmark::State &state)
{
    frames(state, true);
}

void BM_NetworkPanFrame60Hz(benchmark::State &state)
{
    frames(state, true, true);
}

} // namespace

// CPU is the whole process's (user + system of every thread): Qt's raster engine hands fills to
// its thread pool, and the frame is painted on a pool thread (FrameRenderer), so the benchmark
// thread's own CPU would leave most of the frame out.
BENCHMARK(BM_NetworkFrame)->ArgsProduct({{30000}, {150000}, {Fit, Middle, Close}, {0, 1}})
    ->Unit(benchmark::kMillisecond)->MinTime(2.0)->MeasureProcessCPUTime();
BENCHMARK(BM_NetworkPanFrame)->ArgsProduct({{30000}, {150000}, {Middle, Close}, {0, 1}})
    ->Unit(benchmark::kMillisecond)->MinTime(2.0)->MeasureProcessCPUTime();
BENCHMARK(BM_NetworkPanFrame60Hz)->ArgsProduct({{30000}, {150000}, {Middle, Close}, {0}})
    ->Unit(benchmark::kMillisecond)->Iterations(240)->MeasureProcessCPUTime();

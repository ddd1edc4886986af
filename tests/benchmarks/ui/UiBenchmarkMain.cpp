// main() for UI benchmark programs: an offscreen QApplication, then Google Benchmark.
#include "core/util/AppIdentity.h"
#include "tests/benchmarks/ui/UiBenchmarkSupport.h"

#include <QApplication>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

#include <functional>
#include <vector>

namespace {

std::vector<std::function<void()>> &cleanups()
{
    static std::vector<std::function<void()>> list;
    return list;
}

} // namespace

void foothold::bench::onShutdown(std::function<void()> cleanup)
{
    cleanups().push_back(std::move(cleanup));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    foothold::setApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true); // settings of a benchmark never touch the user's
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    for (auto it = cleanups().rbegin(); it != cleanups().rend(); ++it)
        (*it)();
    return 0;
}

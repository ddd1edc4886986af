// The main() of foothold_ui_benchmarks: widgets need a QApplication (run it offscreen:
// QT_QPA_PLATFORM=offscreen), which foothold_benchmarks (core only) does not have.
#include "core/util/AppIdentity.h"

#include <QApplication>

#include <benchmark/benchmark.h>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    foothold::setApplicationIdentity();
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}

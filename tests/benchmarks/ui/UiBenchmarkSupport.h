#pragma once

#include <functional>

namespace foothold::bench {

// Runs `cleanup` after the benchmarks, while the QApplication still exists: widgets held by a
// benchmark's static fixture must be destroyed before it, not after main() returns.
void onShutdown(std::function<void()> cleanup);

} // namespace foothold::bench

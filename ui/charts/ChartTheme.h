#pragma once

#include <QColor>
#include <QPalette>

class QAbstractAxis;
class QChart;

namespace foothold {

// Qt Charts draws with its own theme colours; these take them from the application's palette so
// that a chart reads the same as the widgets around it, light or dark. Series colours come from
// ui/widgets/Palette.h (categoryColor and friends), chosen by each chart.

// Background, plot area, title, legend and every attached axis. Call again on a palette change.
void styleChart(QChart *chart, const QPalette &palette);
void styleAxis(QAbstractAxis *axis, const QPalette &palette);

// The colour of grid lines: a faint mix of the text into the base.
[[nodiscard]] QColor gridColor(const QPalette &palette);
// A translucent version of `color` for filled bands and areas.
[[nodiscard]] QColor translucent(QColor color, int alpha);

} // namespace foothold

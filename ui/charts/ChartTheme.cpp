#include "ui/charts/ChartTheme.h"

#include "ui/widgets/Palette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace foothold {

QColor gridColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const int textPart = isDark(palette) ? 22 : 14; // percent of the text colour
    return QColor((text.red() * textPart + base.red() * (100 - textPart)) / 100,
                  (text.green() * textPart + base.green() * (100 - textPart)) / 100,
                  (text.blue() * textPart + base.blue() * (100 - textPart)) / 100);
}

QColor translucent(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    axis->setLabelsBrush(text);
    axis->setTitleBrush(mutedTextColor(palette));
    axis->setLinePen(QPen(gridColor(palette).darker(isDark(palette) ? 70 : 130), 1));
    axis->setGridLinePen(QPen(gridColor(palette), 1));
    axis->setMinorGridLinePen(QPen(gridColor(palette), 1, Qt::DotLine));
    axis->setShadesVisible(false);
    QFont title = axis->titleFont();
    title.setBold(false);
    axis->setTitleFont(title);
}

void styleChart(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    for (QAbstractAxis *axis : chart->axes())
        styleAxis(axis, palette);
}

} // namespace foothold

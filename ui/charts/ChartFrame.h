#pragma once

#include "core/util/Result.h"

#include <QColor>
#include <QWidget>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QMenu;
class QPainter;
class QStackedWidget;
class QToolButton;

namespace foothold {

class EmptyState;

// One entry of a chart's legend. The legend is a line of text under the chart that wraps, rather
// than Qt Charts' own, which cuts long names to "Linke…" when the chart is narrow.
struct LegendEntry {
    enum class Mark { Dot, Square, Line, DashedLine, Band, Ring };
    QString name;
    QColor color;
    Mark mark = Mark::Square;
};

// What the four Insights charts share: a title, a one-line explanation, the chart (or an empty state
// that says what to do), and export to PNG and SVG from the Export button or the context menu.
// Subclasses build their QChart in setData() and restyle it in applyPalette(), which runs again
// whenever the palette changes (light and dark themes).
class ChartFrame : public QWidget {
    Q_OBJECT
public:
    ChartFrame(const QString &title, const QString &subtitle, QWidget *parent = nullptr);
    ~ChartFrame() override;

    [[nodiscard]] QString title() const;
    [[nodiscard]] bool isEmpty() const;           // showing the empty state
    [[nodiscard]] EmptyState *emptyState() const { return m_empty; }
    // The widget the chart is painted in (for tests and benchmarks that click or count paints;
    // typed as a plain widget so that nothing outside ui/charts includes Qt Charts). Null before
    // the first chart.
    [[nodiscard]] QWidget *plotWidget() const;
    // The series drawn (0 while the empty state shows).
    [[nodiscard]] int seriesCount() const;

    // Shows an empty chart (its background, no axes) in place of the empty state, for a page whose
    // data is still being read: the view is made and laid out at its size now, so that the first
    // chart with data (which reuses the blank one, emptyChart()) is laid out once, at that size,
    // rather than first at the size of a new widget and again at its own.
    // `makeView` false: the blank area only, the view made by the first chart as usual (the funnel,
    // whose view's minimum height would otherwise come out taller).
    void showBlankChart(bool makeView = true);

    // Writes what is shown (title and chart, or the empty state) as a picture. Errors name the file.
    Status exportPng(const QString &path) const;
    Status exportSvg(const QString &path) const;

public slots:
    // Ask for a file name and export; `svg` picks the format.
    void exportWithDialog(bool svg);

protected:
    [[nodiscard]] QChartView *chartView() const { return m_view; }
    [[nodiscard]] QChart *chart() const;
    // The chart to fill: the one shown, emptied of its series and axes (reusing it spares the view a
    // new scene and a repaint), or a new one the first time.
    [[nodiscard]] QChart *emptyChart();
    // Shows `chart` (from emptyChart()) when there is data; `below` (optional) stands under it.
    void setChartContent(QChart *chart, QWidget *below = nullptr);
    // Shows `plot`, a widget that paints itself (not a QChart), in place of the chart; the frame
    // takes it (once) and gives it the title, legend, empty state and export like any chart.
    void setPlotContent(QWidget *plot);
    void showChart();
    void showEmpty(const QString &title, const QString &hint);
    // The legend under the chart (call from applyPalette(): the colours follow the palette).
    void setLegend(const QList<LegendEntry> &entries);
    // Controls of the chart's own (a mode switch) in the header, before the Export button.
    void addHeaderWidget(QWidget *widget);
    // Re-colour the chart from palette(); subclasses call the base first.
    virtual void applyPalette();

    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createView();
    void watchPlotArea(QChart *chart);
    void showExportMenu(const QPoint &globalPos);
    void render(QPainter &painter, const QSize &size) const;
    void fitLabels();
    [[nodiscard]] QSize exportSize() const;

    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_header;
    QToolButton *m_export;
    QMenu *m_exportMenu;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    QChartView *m_view = nullptr;
    QWidget *m_plot = nullptr;       // setPlotContent's widget, when not a QChart
    class LegendView *m_legend;
    bool m_styling = false;
    bool m_blank = false;      // the view shows showBlankChart()'s chart, not yet filled
    bool m_fitPending = false; // fitLabels() is queued
};

} // namespace foothold

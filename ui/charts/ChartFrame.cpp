#include "ui/charts/ChartFrame.h"

#include "ui/charts/ChartAxes.h"
#include "ui/charts/ChartTheme.h"
#include "ui/charts/LegendView.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/Palette.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QAbstractAxis>
#include <QImage>
#include <QLegend>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace foothold {
namespace {

constexpr int kExportTitleHeight = 36;

// The one-line explanation under a chart's title, wrapped. Its height for a width is asked at every
// layout pass of the page (the rows' heights depend on it) and QLabel works it out afresh each time
// by laying the text out; the text never changes, so the last answer is kept until the font or
// style does.
class SubtitleLabel final : public QLabel {
public:
    SubtitleLabel(const QString &text, QWidget *parent) : QLabel(text, parent) { setWordWrap(true); }

    int heightForWidth(int width) const override
    {
        if (width != m_width) {
            m_height = QLabel::heightForWidth(width);
            m_width = width;
        }
        return m_height;
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            m_width = -1;
        QLabel::changeEvent(event);
    }

private:
    mutable int m_width = -1;
    mutable int m_height = 0;
};

} // namespace

ChartFrame::ChartFrame(const QString &title, const QString &subtitle, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_subtitle(new SubtitleLabel(subtitle, this)), m_header(new QHBoxLayout),
      m_export(new QToolButton(this)), m_exportMenu(new QMenu(this)), m_stack(new QStackedWidget(this)), m_empty(new EmptyState(this)),
      m_content(new QWidget(this)), m_legend(new LegendView(this))
{
    setAccessibleName(title);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);

    m_exportMenu->addAction(tr("Export as PNG…"), this, [this] { exportWithDialog(false); });
    m_exportMenu->addAction(tr("Export as SVG…"), this, [this] { exportWithDialog(true); });
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save this chart as a PNG or SVG picture"));
    m_export->setAccessibleName(tr("Export %1").arg(title));
    m_export->setMenu(m_exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setAutoRaise(true);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_header->addLayout(titles, 1);
    m_header->addWidget(m_export, 0, Qt::AlignTop);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);
    m_legend->setAccessibleName(tr("Legend"));
    m_legend->hide();
    contentLayout->addWidget(m_legend);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(m_header);
    layout->addWidget(m_stack, 1);

    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) { showExportMenu(mapToGlobal(at)); });
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumHeight(300);
}

ChartFrame::~ChartFrame() = default;

QString ChartFrame::title() const
{
    return m_title->text();
}

bool ChartFrame::isEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

QWidget *ChartFrame::plotWidget() const
{
    return m_view ? m_view->viewport() : m_plot;
}

int ChartFrame::seriesCount() const
{
    return chart() && !isEmpty() ? int(chart()->series().size()) : 0;
}

QChart *ChartFrame::chart() const
{
    return m_view ? m_view->chart() : nullptr;
}

QChart *ChartFrame::emptyChart()
{
    QChart *c = chart();
    if (!c)
        return new QChart;
    c->removeAllSeries(); // deletes them, and their connections with them
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    return c;
}

void ChartFrame::createView()
{
    if (m_view)
        return;
    m_view = new QChartView(m_content);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) { showExportMenu(m_view->mapToGlobal(at)); });
    qobject_cast<QVBoxLayout *>(m_content->layout())->insertWidget(0, m_view, 1);
    m_view->installEventFilter(this); // to relabel the axes when it is resized
}

void ChartFrame::showBlankChart(bool makeView)
{
    if (!m_view && makeView) {
        createView();
        auto *blank = new QChart;
        // setChart() releases the chart a new view made for itself without deleting it.
        QChart *made = m_view->chart();
        m_view->setChart(blank); // the view owns it; emptyChart() hands it to the first setData()
        delete made;
        blank->legend()->hide();
        watchPlotArea(blank);
        m_blank = true;
        applyPalette();
    }
    showChart();
}

void ChartFrame::watchPlotArea(QChart *chart)
{
    // Labels are fitted to the plot area, which is known only once Qt Charts has laid the chart out
    // (and changes with the axes' own labels): fit them again then, after the layout has finished.
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        if (!m_fitPending) {
            m_fitPending = true;
            QTimer::singleShot(0, this, [this] {
                m_fitPending = false;
                fitLabels();
            });
        }
    });
}

void ChartFrame::setChartContent(QChart *chart, QWidget *below)
{
    createView();
    QChart *old = m_view->chart();
    if (old != chart) {
        m_view->setChart(chart); // the view owns the chart from now on
        watchPlotArea(chart);
        delete old;
    }
    if (below && below->parent() != m_content) {
        below->setParent(m_content);
        m_content->layout()->addWidget(below);
    }
    chart->legend()->hide(); // ours is under the chart (setLegend)
    applyPalette();
    fitLabels();
    // The legend (and `below`) may have taken room from the view: give it its size now, so that Qt
    // Charts lays the new chart out once, at that size, rather than at the old one first.
    if (isVisible())
        m_content->layout()->activate();
    m_blank = false;
}

void ChartFrame::setPlotContent(QWidget *plot)
{
    if (m_plot == plot)
        return;
    m_plot = plot;
    plot->setParent(m_content);
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot, &QWidget::customContextMenuRequested, this, [this, plot](const QPoint &at) { showExportMenu(plot->mapToGlobal(at)); });
    qobject_cast<QVBoxLayout *>(m_content->layout())->insertWidget(0, plot, 1);
    applyPalette();
}

void ChartFrame::fitLabels()
{
    QChart *c = chart();
    if (!c)
        return;
    // The plot area is known once the chart has been laid out; before that, guess from the view.
    // A blank chart's plot area has no axes beside it: too wide to go by.
    const qreal plot = m_blank ? 0 : c->plotArea().width();
    fitAxisLabels(c, plot > 50 ? plot : std::max(200, m_view->width() - 110));
}

void ChartFrame::setLegend(const QList<LegendEntry> &entries)
{
    m_legend->setEntries(entries);
    m_legend->setVisible(!entries.isEmpty());
}

bool ChartFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize) {
        // After the view has passed the new size to the chart, so the plot area is current.
        QTimer::singleShot(0, this, &ChartFrame::fitLabels);
    }
    return QWidget::eventFilter(watched, event);
}

void ChartFrame::showChart()
{
    m_stack->setCurrentWidget(m_content);
}

void ChartFrame::showEmpty(const QString &title, const QString &hint)
{
    m_empty->setTitle(title);
    m_empty->setHint(hint);
    m_stack->setCurrentWidget(m_empty);
}

void ChartFrame::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(m_header->count() - 1, widget, 0, Qt::AlignTop);
}

void ChartFrame::applyPalette()
{
    const QPalette p = palette();
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, mutedTextColor(p));
    m_subtitle->setPalette(muted);
    if (QChart *c = chart())
        styleChart(c, p);
    if (m_view)
        m_view->setBackgroundBrush(p.color(QPalette::Base));
}

void ChartFrame::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Styling sets palettes on children, which must not bring us back here.
    if (event->type() == QEvent::PaletteChange && !m_styling) {
        m_styling = true;
        applyPalette();
        m_styling = false;
    }
}

void ChartFrame::showExportMenu(const QPoint &globalPos)
{
    m_exportMenu->popup(globalPos);
}

QSize ChartFrame::exportSize() const
{
    const QWidget *shown = m_stack->currentWidget();
    const QSize size = shown->size().isValid() && !shown->size().isEmpty() ? shown->size() : QSize(800, 480);
    return {size.width(), size.height() + kExportTitleHeight};
}

void ChartFrame::render(QPainter &painter, const QSize &size) const
{
    const QPalette p = palette();
    painter.fillRect(QRect(QPoint(0, 0), size), p.color(QPalette::Base));
    painter.setPen(p.color(QPalette::Text));
    painter.setFont(m_title->font());
    painter.drawText(QRect(8, 0, size.width() - 16, kExportTitleHeight), Qt::AlignLeft | Qt::AlignVCenter, m_title->text());
    QWidget *shown = m_stack->currentWidget();
    // Not DrawWindowBackground: the base was painted above, in the picture's own colours.
    shown->render(&painter, QPoint(0, kExportTitleHeight), QRegion(), QWidget::DrawChildren);
}

Status ChartFrame::exportPng(const QString &path) const
{
    const QSize size = exportSize();
    const qreal scale = 2; // sharp on high-density screens and in print
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        render(painter, size);
    }
    if (!image.save(path, "PNG"))
        return Error::io(tr("could not write the picture %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status ChartFrame::exportSvg(const QString &path) const
{
    const QSize size = exportSize();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title());
    svg.setDescription(tr("Exported from Foothold"));
    {
        QPainter painter;
        if (!painter.begin(&svg))
            return Error::io(tr("could not write the picture %1").arg(QDir::toNativeSeparators(path)));
        painter.setRenderHint(QPainter::Antialiasing);
        render(painter, size);
    }
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error::io(tr("could not write the picture %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

void ChartFrame::exportWithDialog(bool svg)
{
    const QString extension = svg ? QStringLiteral("svg") : QStringLiteral("png");
    QString base = title().toLower();
    base.replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(folder).filePath(base + QLatin1Char('.') + extension);
    QString path = QFileDialog::getSaveFileName(this, svg ? tr("Export as SVG") : tr("Export as PNG"), suggested,
                                                svg ? tr("SVG pictures (*.svg)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    const Status done = svg ? exportSvg(path) : exportPng(path);
    if (!done)
        QMessageBox::warning(this, tr("Export"), done.error().toString());
}

} // namespace foothold

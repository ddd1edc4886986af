#include "ui/charts/LegendView.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace foothold {
namespace {

constexpr int kMarkGap = 4;    // between an entry's mark and its name
constexpr int kEntryGap = 14;  // between entries on a row

QString markText(LegendEntry::Mark mark)
{
    switch (mark) {
    case LegendEntry::Mark::Dot: return QStringLiteral("●");
    case LegendEntry::Mark::Square: return QStringLiteral("■");
    case LegendEntry::Mark::Line: return QStringLiteral("━━");
    case LegendEntry::Mark::DashedLine: return QStringLiteral("╍╍");
    case LegendEntry::Mark::Band: return QStringLiteral("▬");
    case LegendEntry::Mark::Ring: return QStringLiteral("◯");
    }
    return {};
}

} // namespace

LegendView::LegendView(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void LegendView::setEntries(const QList<LegendEntry> &entries)
{
    m_entries = entries;
    measure();
    setAccessibleDescription(text());
    updateGeometry();
    update();
}

QString LegendView::text() const
{
    QStringList names;
    for (const LegendEntry &e : m_entries)
        names << e.name;
    return names.join(QStringLiteral(", "));
}

void LegendView::measure()
{
    const QFontMetrics metrics(font());
    m_markWidths.clear();
    m_nameWidths.clear();
    for (const LegendEntry &e : std::as_const(m_entries)) {
        m_markWidths << metrics.horizontalAdvance(markText(e.mark));
        m_nameWidths << metrics.horizontalAdvance(e.name);
    }
    m_lineHeight = metrics.lineSpacing();
}

int LegendView::entryWidth(qsizetype i) const
{
    return m_markWidths.at(i) + kMarkGap + m_nameWidths.at(i);
}

QList<LegendView::Placed> LegendView::place(int width, int *rows) const
{
    QList<Placed> out;
    QList<int> rowWidths;
    int x = 0;
    int row = 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const int w = entryWidth(i);
        if (x > 0 && x + kEntryGap + w > width) { // a new row, unless the row is empty
            rowWidths << x;
            x = 0;
            ++row;
        }
        if (x > 0)
            x += kEntryGap;
        out.append({i, x, row});
        x += w;
    }
    rowWidths << x;
    for (Placed &p : out)
        p.x += std::max(0, (width - rowWidths.at(p.row)) / 2);
    if (rows)
        *rows = m_entries.isEmpty() ? 0 : row + 1;
    return out;
}

int LegendView::heightForWidth(int width) const
{
    int rows = 0;
    (void)place(width, &rows);
    return rows * m_lineHeight;
}

QSize LegendView::sizeHint() const
{
    // As narrow as the widest entry, like a word-wrapped label: the legend takes the chart's width
    // and never asks the window to grow to fit every entry on one line.
    const QSize least = minimumSizeHint();
    return {least.width(), heightForWidth(least.width())};
}

QSize LegendView::minimumSizeHint() const
{
    int widest = 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        widest = std::max(widest, entryWidth(i));
    return {widest, m_entries.isEmpty() ? 0 : m_lineHeight};
}

void LegendView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics(font());
    const QColor text = palette().color(QPalette::WindowText);
    for (const Placed &p : place(width(), nullptr)) {
        const LegendEntry &e = m_entries.at(p.entry);
        const int baseline = p.row * m_lineHeight + metrics.ascent();
        painter.setPen(e.color);
        painter.drawText(p.x, baseline, markText(e.mark));
        painter.setPen(text);
        painter.drawText(p.x + m_markWidths.at(p.entry) + kMarkGap, baseline, e.name);
    }
}

void LegendView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        measure();
        updateGeometry();
    }
}

} // namespace foothold

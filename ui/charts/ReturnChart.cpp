#include "ui/charts/ReturnChart.h"

#include "ui/widgets/Palette.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace foothold {
namespace {

constexpr qreal kHoverRadius = 9;
// Marks keep this far from the axes, so that a free event (cost 0) does not sit on the y axis.
constexpr qreal kInset = 10;
// Up to this many events, each is named beside its contacts mark (a picture is read without hovering).
constexpr int kMaxNamed = 20;

// A round step for the axis: 1, 2 or 5 times a power of ten, giving about four ticks up to `max`.
double niceStep(double max)
{
    const double raw = std::max(max, 1.0) / 4;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}

} // namespace

ReturnChart::ReturnChart(QWidget *parent) : QWidget(parent), m_costTitle(tr("Cost"))
{
    setMinimumHeight(180);
    setMouseTracking(true);
    setAccessibleName(tr("Cost against contacts and conversations"));
}

ReturnChart::Point ReturnChart::pointFor(const EventReturn &r, const QString &currency)
{
    const EventReturnFacts &f = r.facts;
    return {f.name, r.costTotal, f.newContacts, f.conversations, f.referrals > 0, {}, r, currency};
}

QString ReturnChart::tooltipOf(const Point &point)
{
    if (!point.tooltip.isEmpty())
        return point.tooltip;
    const QLocale locale;
    if (!point.source)
        return tr("<b>%1</b><br>Cost %2<br>%3 new contacts, %4 conversations")
            .arg(point.name.toHtmlEscaped(), locale.toString(point.cost, 'f', 2))
            .arg(point.contacts)
            .arg(point.conversations);
    const EventReturn &r = *point.source;
    const EventReturnFacts &f = r.facts;
    const QString &currency = point.currency;
    auto money = [&](double value) { return tr("%1 %2").arg(locale.toString(value, 'f', 2), currency); };
    QString text = tr("<b>%1</b>, %2").arg(f.name.toHtmlEscaped(), locale.toString(f.start.toUTC().date(), QLocale::ShortFormat));
    text += QStringLiteral("<br>") + tr("Cost %1").arg(money(r.costTotal));
    text += QStringLiteral("<br>") + tr("%n new contact(s)", nullptr, f.newContacts);
    if (r.costPerContact)
        text += tr(", %1 each").arg(money(*r.costPerContact));
    text += QStringLiteral("<br>") + tr("%n conversation(s) afterwards", nullptr, f.conversations);
    if (r.costPerConversation)
        text += tr(", %1 each").arg(money(*r.costPerConversation));
    if (f.interviews > 0)
        text += QStringLiteral("<br>") + tr("%n informational interview(s)", nullptr, f.interviews);
    if (f.applications > 0)
        text += QStringLiteral("<br>") + tr("%n application(s), %1", nullptr, f.applications).arg(tr("%n referral(s)", nullptr, f.referrals));
    return text;
}

void ReturnChart::setPoints(QList<Point> points)
{
    m_points = std::move(points);
    double cost = 0;
    int count = 1;
    for (const Point &pt : std::as_const(m_points)) {
        cost = std::max(cost, pt.cost);
        count = std::max({count, pt.contacts, pt.conversations});
    }
    const double costStep = niceStep(cost);
    m_maxCost = std::max(costStep, std::ceil(cost / costStep) * costStep);
    const int countStep = std::max(1, int(niceStep(count)));
    m_maxCount = std::max(countStep, (count + countStep - 1) / countStep * countStep);
    update();
}

void ReturnChart::setLegendDrawn(bool drawn)
{
    m_legendDrawn = drawn;
    update();
}

void ReturnChart::setCostTitle(const QString &title)
{
    m_costTitle = title;
    update();
}

QRectF ReturnChart::plotArea() const
{
    return QRectF(rect()).adjusted(56, 14, -20, -42);
}

QPointF ReturnChart::position(double cost, int count) const
{
    const QRectF area = plotArea().adjusted(kInset, kInset, 0, 0);
    return {area.left() + area.width() * cost / maxCost(), area.bottom() - kInset - (area.height() - kInset) * count / maxCount()};
}

QPointF ReturnChart::contactsMarkOf(int index) const
{
    const Point &pt = m_points.at(index);
    return position(pt.cost, pt.contacts);
}

QList<int> ReturnChart::pointsAt(const QPoint &pos) const
{
    QList<int> out;
    for (int i = 0; i < m_points.size(); ++i) {
        const Point &pt = m_points.at(i);
        for (const QPointF mark : {position(pt.cost, pt.contacts), position(pt.cost, pt.conversations)})
            if (QLineF(mark, QPointF(pos)).length() <= kHoverRadius) {
                out << i;
                break;
            }
    }
    return out;
}

bool ReturnChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QStringList texts;
        for (const int i : pointsAt(help->pos())) {
            texts << tooltipOf(m_points.at(i));
        }
        if (texts.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), texts.join(QStringLiteral("<hr>")), this);
        return true;
    }
    return QWidget::event(event);
}

void ReturnChart::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    // Marks and names outside the part to repaint are skipped: on the Insights page the chart is
    // often only partly scrolled into view, and a dotted, antialiased tie per event is not free.
    const QRectF exposed = QRectF(event->rect()).adjusted(-12, -12, 12, 12);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = mutedTextColor(pal);
    const QRectF area = plotArea();
    if (m_points.isEmpty() || area.width() < 40 || area.height() < 40) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter, tr("No events to compare yet"));
        return;
    }
    const double costMax = maxCost();
    const int countMax = maxCount();
    const QLocale locale;
    // Grid and tick labels at round steps on both axes.
    QColor grid = muted;
    grid.setAlpha(60);
    const double costStep = niceStep(costMax);
    for (double c = 0; c <= costMax + costStep / 2; c += costStep) {
        const qreal x = position(c, 0).x();
        p.setPen(grid);
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        p.setPen(muted);
        p.drawText(QRectF(x - 40, area.bottom() + 4, 80, 16), Qt::AlignHCenter, locale.toString(c, 'f', 0));
    }
    const int countStep = std::max(1, int(niceStep(countMax)));
    for (int n = 0; n <= countMax; n += countStep) {
        const qreal y = position(0, n).y();
        p.setPen(grid);
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(muted);
        p.drawText(QRectF(0, y - 8, area.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter, QString::number(n));
    }
    p.setPen(muted);
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.drawLine(area.bottomLeft(), area.topLeft());
    p.drawText(QRectF(area.left(), area.bottom() + 22, area.width(), 16), Qt::AlignHCenter, m_costTitle);

    const QColor contacts = categoryColor(0, pal);
    const QColor conversations = categoryColor(1, pal);
    for (const Point &pt : m_points) {
        const QPointF c = position(pt.cost, pt.contacts);
        const QPointF v = position(pt.cost, pt.conversations);
        if (!exposed.intersects(QRectF(c, v).normalized().adjusted(-10, -10, 10, 10)))
            continue;
        p.setPen(QPen(muted, 1, Qt::DotLine)); // ties the pair of one event
        p.drawLine(c, v);
        p.setPen(Qt::NoPen);
        p.setBrush(conversations);
        p.drawRect(QRectF(v.x() - 4, v.y() - 4, 8, 8));
        p.setBrush(contacts);
        p.drawEllipse(c, 5, 5);
        if (pt.referral) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(text, 1.5));
            p.drawEllipse(c, 9, 9);
        }
    }
    if (m_points.size() <= kMaxNamed) {
        const QFontMetrics metrics(p.font());
        p.setPen(muted);
        for (const Point &pt : m_points) {
            const QPointF c = position(pt.cost, pt.contacts);
            if (c.y() < exposed.top() || c.y() - 20 > exposed.bottom())
                continue;
            const QString name = metrics.elidedText(pt.name, Qt::ElideRight, 230);
            const qreal w = metrics.horizontalAdvance(name);
            const bool left = c.x() + 14 + w > area.right(); // near the right edge: the name goes before the mark
            p.drawText(QPointF(left ? c.x() - 14 - w : c.x() + 14, c.y() - 6), name);
        }
    }
    if (!m_legendDrawn)
        return;
    const QPointF legend(std::max(area.left() + 8, area.right() - 190), area.top() + 8); // top right: costly events with few contacts are rare there
    p.setPen(Qt::NoPen);
    p.setBrush(contacts);
    p.drawEllipse(legend, 5, 5);
    p.setBrush(conversations);
    p.drawRect(QRectF(legend.x() - 4, legend.y() + 16, 8, 8));
    p.setPen(text);
    p.drawText(legend + QPointF(12, 5), tr("new contacts"));
    p.drawText(legend + QPointF(12, 25), tr("conversations afterwards"));
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(text, 1.5));
    p.drawEllipse(legend + QPointF(0, 40), 7, 7);
    p.setPen(text);
    p.drawText(legend + QPointF(12, 45), tr("a referral came of it"));
}

} // namespace foothold

#include "ui/charts/BalancePlotItem.h"

#include <QChart>
#include <QCursor>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace foothold {
namespace {

// Both axis kinds used here (QCategoryAxis derives from QValueAxis) have a numeric range.
QPair<qreal, qreal> rangeOf(QAbstractAxis *axis)
{
    if (auto *value = qobject_cast<QValueAxis *>(axis))
        return {value->min(), value->max()};
    return {0, 1};
}

} // namespace

BalancePlotItem::BalancePlotItem(QChart *chart, QAbstractAxis *x, QAbstractAxis *y)
    : QGraphicsObject(chart), m_chart(chart), m_x(x), m_y(y)
{
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    // Over the series of the chart (the target bands), under nothing else that matters: the plot
    // area holds no labels.
    setZValue(100);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        update();
    });
}

void BalancePlotItem::setPoints(QList<TalkSharePoint> points)
{
    m_points = std::move(points);
    update();
}

void BalancePlotItem::setStyle(const QHash<ConversationKind, QColor> &colors, QColor border, qreal markerSize, bool dense)
{
    m_colors = colors;
    m_border = border;
    m_markerSize = markerSize;
    m_dense = dense;
    m_markers.clear();
    update();
}

void BalancePlotItem::setLines(const QList<Line> &lines)
{
    m_lines = lines;
    update();
}

QRectF BalancePlotItem::boundingRect() const
{
    // A marker's radius of room around the plot area, so dots on its edge are drawn whole.
    return m_chart->plotArea().adjusted(-m_markerSize, -m_markerSize, m_markerSize, m_markerSize);
}

BalancePlotItem::Mapping BalancePlotItem::mapping() const
{
    const auto [x0, x1] = rangeOf(m_x);
    const auto [y0, y1] = rangeOf(m_y);
    return {m_chart->plotArea(), x0, x1, y0, y1};
}

QPointF BalancePlotItem::Mapping::operator()(qreal x, qreal y) const
{
    const qreal px = x1 > x0 ? plot.left() + (x - x0) / (x1 - x0) * plot.width() : plot.left();
    const qreal py = y1 > y0 ? plot.bottom() - (y - y0) / (y1 - y0) * plot.height() : plot.bottom();
    return {px, py};
}

QPointF BalancePlotItem::map(qreal x, qreal y) const
{
    return mapping()(x, y);
}

QPointF BalancePlotItem::positionOf(int index) const
{
    if (index < 0 || index >= m_points.size())
        return {};
    const TalkSharePoint &p = m_points.at(index);
    return map(qreal(p.when.toMSecsSinceEpoch()), p.share * 100);
}

int BalancePlotItem::pointAt(const QPointF &pos, qreal radius) const
{
    int best = -1;
    qreal bestDistance = radius * radius;
    // The newest point drawn last is on top: prefer it on a tie.
    for (int i = int(m_points.size()) - 1; i >= 0; --i) {
        const QPointF d = positionOf(i) - pos;
        const qreal distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance && (best < 0 || distance < bestDistance)) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QPair<int, int> BalancePlotItem::linePointAt(const QPointF &pos, qreal radius) const
{
    QPair<int, int> best{-1, -1};
    qreal bestDistance = radius * radius;
    for (int l = 0; l < m_lines.size(); ++l) {
        const QList<QPointF> &values = m_lines.at(l).values;
        for (int i = 0; i < values.size(); ++i) {
            const QPointF d = map(values.at(i).x(), values.at(i).y()) - pos;
            const qreal distance = d.x() * d.x() + d.y() * d.y();
            if (distance <= bestDistance) {
                best = {l, i};
                bestDistance = distance;
            }
        }
    }
    return best;
}

void BalancePlotItem::updateMarkers()
{
    m_markers.clear();
    const int side = int(std::ceil(m_markerSize * m_markerRatio)) + 2;
    for (auto it = m_colors.constBegin(); it != m_colors.constEnd(); ++it) {
        QPixmap marker(side, side);
        marker.fill(Qt::transparent);
        QPainter p(&marker);
        p.setRenderHint(QPainter::Antialiasing);
        QColor fill = it.value();
        if (m_dense)
            fill.setAlpha(140);
        p.setBrush(fill);
        p.setPen(m_dense ? QPen(Qt::NoPen) : QPen(m_border, m_markerRatio));
        const qreal d = m_markerSize * m_markerRatio;
        p.drawEllipse(QRectF((side - d) / 2, (side - d) / 2, d, d));
        p.end();
        marker.setDevicePixelRatio(m_markerRatio);
        m_markers.insert(it.key(), marker);
    }
}

void BalancePlotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // The plot area and the axes' ranges once, not per point (20,000 of them).
    const Mapping toItem = mapping();
    painter->save();
    painter->setClipRect(boundingRect());
    // Markers drawn once and stamped on screen; an SVG export gets real circles instead of 20,000
    // embedded pictures.
    const bool vector = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::SVG;
    if (vector) {
        painter->setRenderHint(QPainter::Antialiasing);
        for (const TalkSharePoint &p : std::as_const(m_points)) {
            QColor fill = m_colors.value(p.kind);
            if (m_dense)
                fill.setAlpha(140);
            painter->setBrush(fill);
            painter->setPen(m_dense ? QPen(Qt::NoPen) : QPen(m_border, 1));
            painter->drawEllipse(toItem(qreal(p.when.toMSecsSinceEpoch()), p.share * 100), m_markerSize / 2, m_markerSize / 2);
        }
    } else {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1;
        if (m_markers.isEmpty() || ratio != m_markerRatio) {
            m_markerRatio = ratio;
            updateMarkers();
        }
        for (const TalkSharePoint &p : std::as_const(m_points)) {
            const QPixmap &marker = m_markers[p.kind];
            const QPointF at = toItem(qreal(p.when.toMSecsSinceEpoch()), p.share * 100);
            const qreal half = marker.width() / marker.devicePixelRatio() / 2;
            painter->drawPixmap(QPointF(at.x() - half, at.y() - half), marker);
        }
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    for (const Line &line : std::as_const(m_lines)) {
        QPolygonF polyline;
        polyline.reserve(line.values.size());
        for (const QPointF &v : line.values)
            polyline << toItem(v.x(), v.y());
        painter->setPen(line.pen);
        painter->drawPolyline(polyline);
    }
    painter->restore();
}

void BalancePlotItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int point = pointAt(event->pos(), std::max<qreal>(5, m_markerSize));
    const QPair<int, int> line = point < 0 ? linePointAt(event->pos(), 8) : QPair<int, int>{-1, -1};
    setCursor(point >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    emit hovered(point, line, event->screenPos());
}

void BalancePlotItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    emit hovered(-1, {-1, -1}, event->screenPos());
}

void BalancePlotItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressed = pointAt(event->pos(), std::max<qreal>(5, m_markerSize));
    if (m_pressed < 0)
        event->ignore(); // not on a point: the chart may have a use for it
}

void BalancePlotItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const int released = pointAt(event->pos(), std::max<qreal>(5, m_markerSize));
    if (released >= 0 && released == m_pressed)
        emit pointClicked(released);
    m_pressed = -1;
}

} // namespace foothold

#pragma once

#include "core/analytics/TalkTrend.h"

#include <QColor>
#include <QGraphicsObject>
#include <QHash>
#include <QPen>
#include <QPixmap>

class QAbstractAxis;
class QChart;

namespace foothold {

// The points and average lines of the conversation-balance chart, drawn in one item over the chart's
// plot area. Qt Charts' scatter series makes a graphics item per point, which takes seconds for the
// 20,000 conversations of a busy year; this item paints them all in one pass (pre-drawn markers on
// screen, vector circles in an SVG export) and finds the point under the pointer by a scan.
class BalancePlotItem final : public QGraphicsObject {
    Q_OBJECT
public:
    struct Line {
        QList<QPointF> values;  // (ms since the epoch, share in percent), in time order
        QPen pen;
    };

    // `x`, `y`: the chart's axes, which give the value ranges (x in ms since the epoch, y in percent).
    BalancePlotItem(QChart *chart, QAbstractAxis *x, QAbstractAxis *y);

    // In time order. Colours per kind; `markerSize` in pixels; `dense` draws translucent, borderless dots.
    void setPoints(QList<TalkSharePoint> points);
    void setStyle(const QHash<ConversationKind, QColor> &colors, QColor border, qreal markerSize, bool dense);
    void setLines(const QList<Line> &lines);

    [[nodiscard]] const QList<TalkSharePoint> &points() const { return m_points; }
    // Where point `index` is drawn, in the chart's coordinates.
    [[nodiscard]] QPointF positionOf(int index) const;
    // The point drawn nearest to `pos` (chart coordinates) within `radius` pixels, or -1.
    [[nodiscard]] int pointAt(const QPointF &pos, qreal radius) const;
    // The line and index of its point nearest to `pos` within `radius` pixels: {-1, -1} when none.
    [[nodiscard]] QPair<int, int> linePointAt(const QPointF &pos, qreal radius) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void pointClicked(int index);
    // The point (or -1) and line point ({-1, -1}) under the pointer, at `screenPos`.
    void hovered(int point, QPair<int, int> linePoint, const QPoint &screenPos);

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    // Chart values to item coordinates, for the plot area and axis ranges of the moment.
    struct Mapping {
        QRectF plot;
        qreal x0, x1, y0, y1;
        [[nodiscard]] QPointF operator()(qreal x, qreal y) const;
    };
    [[nodiscard]] Mapping mapping() const;
    [[nodiscard]] QPointF map(qreal x, qreal y) const;
    void updateMarkers();

    QChart *m_chart;
    QAbstractAxis *m_x;
    QAbstractAxis *m_y;
    QList<TalkSharePoint> m_points;
    QList<Line> m_lines;
    QHash<ConversationKind, QColor> m_colors;
    QHash<ConversationKind, QPixmap> m_markers;
    QColor m_border;
    qreal m_markerSize = 7;
    bool m_dense = false;
    int m_pressed = -1;
    qreal m_markerRatio = 1; // device pixel ratio the markers were drawn for
};

} // namespace foothold

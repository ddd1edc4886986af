#include "ui/pages/ReturnChart.h"

#include "ui/widgets/Palette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace foothold {

ReturnChart::ReturnChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(180);
    setAccessibleName(tr("Cost against contacts and conversations"));
}

void ReturnChart::setPoints(QList<Point> points)
{
    m_points = std::move(points);
    update();
}

void ReturnChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = mutedTextColor(pal);
    const QRectF area = QRectF(rect()).adjusted(48, 12, -16, -40);
    if (m_points.isEmpty() || area.width() < 40 || area.height() < 40) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter, tr("No events to compare yet"));
        return;
    }
    double maxCost = 1;
    int maxCount = 1;
    for (const Point &pt : m_points) {
        maxCost = std::max(maxCost, pt.cost);
        maxCount = std::max({maxCount, pt.contacts, pt.conversations});
    }
    p.setPen(muted);
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.drawLine(area.bottomLeft(), area.topLeft());
    p.drawText(QRectF(area.left(), area.bottom() + 4, area.width(), 16), Qt::AlignLeft, QStringLiteral("0"));
    p.drawText(QRectF(area.left(), area.bottom() + 4, area.width(), 16), Qt::AlignRight, QString::number(maxCost, 'f', 0));
    p.drawText(QRectF(area.left(), area.bottom() + 20, area.width(), 16), Qt::AlignHCenter, tr("Cost"));
    p.drawText(QRectF(0, area.top(), 44, 16), Qt::AlignRight, QString::number(maxCount));
    p.drawText(QRectF(0, area.bottom() - 16, 44, 16), Qt::AlignRight, QStringLiteral("0"));

    const QColor contacts = categoryColor(0, pal);
    const QColor conversations = categoryColor(1, pal);
    auto at = [&](double cost, int count) {
        return QPointF(area.left() + area.width() * cost / maxCost, area.bottom() - area.height() * count / maxCount);
    };
    for (const Point &pt : m_points) {
        const QPointF c = at(pt.cost, pt.contacts);
        const QPointF v = at(pt.cost, pt.conversations);
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
    // Legend.
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

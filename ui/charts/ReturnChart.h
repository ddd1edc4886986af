#pragma once

#include "core/analytics/EventReturn.h"

#include <QList>
#include <QWidget>

#include <optional>

namespace foothold {

// Cost against return, one mark pair per event: x = total cost, y = new contacts (filled
// circle) and conversations afterwards (square); an event with a referral gets a ring. Hovering a
// mark tells the event and its figures. Drawn with QPainter in palette colours, so it reads in
// light and dark themes. Used by the planner's Return tab and, framed, by the Insights page
// (EventReturnChart); both build their points with pointFor(), so the figures are the same.
class ReturnChart final : public QWidget {
    Q_OBJECT
public:
    struct Point {
        QString name;
        double cost = 0;
        int contacts = 0;
        int conversations = 0;
        bool referral = false;
        QString tooltip;   // rich text shown on hover; empty: from `source`, else the name and the figures above
        // What pointFor() made the point of: its tooltip is written from it when asked (tooltipOf), as
        // a page of a thousand events would otherwise format a thousand tooltips nobody reads.
        std::optional<EventReturn> source;
        QString currency;
    };

    explicit ReturnChart(QWidget *parent = nullptr);
    // The mark pair of one event's return, costs in `currency` (the home currency).
    [[nodiscard]] static Point pointFor(const EventReturn &r, const QString &currency);
    // The rich text shown when the point's mark is hovered.
    [[nodiscard]] static QString tooltipOf(const Point &point);

    void setPoints(QList<Point> points);
    [[nodiscard]] const QList<Point> &points() const { return m_points; }
    // The legend drawn in the plot (top right); off when a frame shows it beside the chart.
    void setLegendDrawn(bool drawn);
    void setCostTitle(const QString &title);
    // The points whose marks lie within a few pixels of `pos` (what the tooltip tells).
    [[nodiscard]] QList<int> pointsAt(const QPoint &pos) const;
    // Where the contacts mark of point `index` is drawn.
    [[nodiscard]] QPointF contactsMarkOf(int index) const;
    [[nodiscard]] QSize sizeHint() const override { return {480, 260}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] QRectF plotArea() const;
    [[nodiscard]] QPointF position(double cost, int count) const;
    [[nodiscard]] double maxCost() const { return m_maxCost; }
    [[nodiscard]] int maxCount() const { return m_maxCount; }

    QList<Point> m_points;
    // The axes' ends, worked out once per setPoints() (position() is asked for every mark).
    double m_maxCost = 0;
    int m_maxCount = 1;
    bool m_legendDrawn = true;
    QString m_costTitle;
};

} // namespace foothold

#pragma once

#include <QList>
#include <QWidget>

namespace foothold {

// Cost against return, one mark pair per event: x = total cost, y = new contacts (filled
// circle) and conversations afterwards (square); an event with a referral gets a ring. Drawn
// with QPainter in palette colours, so it reads in light and dark themes.
class ReturnChart final : public QWidget {
    Q_OBJECT
public:
    struct Point {
        QString name;
        double cost = 0;
        int contacts = 0;
        int conversations = 0;
        bool referral = false;
    };

    explicit ReturnChart(QWidget *parent = nullptr);
    void setPoints(QList<Point> points);
    [[nodiscard]] const QList<Point> &points() const { return m_points; }
    [[nodiscard]] QSize sizeHint() const override { return {480, 260}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Point> m_points;
};

} // namespace foothold

#pragma once

#include <QObject>

class QWidget;

namespace foothold {

// Tells when a window has been painted for the first time: the first paint event of any widget
// in it starts the first frame, and a zero timer after it fires once that frame is done. Used by
// FOOTHOLD_EXIT_AFTER_FIRST_PAINT (app/foothold/main.cpp) and the UI benchmarks.
class FirstPaintProbe final : public QObject {
    Q_OBJECT
public:
    explicit FirstPaintProbe(QWidget *window, QObject *parent = nullptr);
    [[nodiscard]] bool hasPainted() const { return m_done; }

signals:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    bool m_seen = false;
    bool m_done = false;
};

} // namespace foothold

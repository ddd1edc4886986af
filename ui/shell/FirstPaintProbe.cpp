#include "ui/shell/FirstPaintProbe.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace foothold {

FirstPaintProbe::FirstPaintProbe(QWidget *window, QObject *parent) : QObject(parent), m_window(window)
{
    qApp->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_seen = true;
        qApp->removeEventFilter(this);
        // Every dirty widget of the frame paints in the same pass; the timer runs after it.
        QTimer::singleShot(0, this, [this] {
            m_done = true;
            emit painted();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace foothold

#pragma once

#include <QApplication>
#include <QDeadlineTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace foothold::test {

// Runs the event loop until `done` says so or five seconds pass; returns whether it happened.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

// Answers the next message box that appears with `button` (the box runs its own event loop).
inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    // Owned by the application and given up after five seconds: a box that never comes must not
    // leak the timer, nor leave it to answer a later test's box.
    auto *timer = new QTimer(QCoreApplication::instance());
    timer->setInterval(10);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, ticks] {
        if (++*ticks > 500) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            if (QAbstractButton *b = box->button(button))
                b->click();
        }
    });
    timer->start();
}

} // namespace foothold::test

#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <utility>

namespace foothold {

// Runs `work` on a new thread and hands its result to `done` on `context`'s thread. If
// `context` is gone by then, the result is dropped (Qt deletes the queued call with it). The
// returned thread deletes itself when finished; the caller keeps a QPointer to wait for it
// (a page waits in its destructor, after asking the work to stop).
//
// `work` must not touch anything of the UI thread: it opens its own Database on the same path.
template <typename Result>
QThread *runOffThread(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
{
    QThread *thread = QThread::create([context = QPointer<QObject>(context), work = std::move(work), done = std::move(done)]() {
        auto result = std::make_shared<Result>(work());
        if (context)
            QMetaObject::invokeMethod(context.data(), [done, result]() { done(std::move(*result)); }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
    return thread;
}

} // namespace foothold

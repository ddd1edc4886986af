#pragma once

#include "core/util/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;
class QWidget;

namespace foothold {

class Database;

// Runs one piece of database work on a worker thread with that thread's own connection to the
// same file (Qt Sql connections belong to the thread that opened them), so that the window stays
// responsive. `finished()` is emitted on the thread that started it; status() is then the work's
// result. The destructor waits for a running work to end: set the work's cancel flag first.
class DatabaseWorker final : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Status(Database &)>;

    DatabaseWorker(QString path, Work work, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    void start();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] Status status() const;

    // Runs `work` behind a window-modal busy dialog (no cancel) and returns its status when done:
    // for short exports and the restore, where the user has nothing else to do meanwhile.
    static Status runBlocking(const QString &path, const Work &work, const QString &title, const QString &label, QWidget *parent);

signals:
    void finished();

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<QThread> m_thread;
};

} // namespace foothold

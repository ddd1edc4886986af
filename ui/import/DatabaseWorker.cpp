#include "ui/import/DatabaseWorker.h"

#include "core/storage/Database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <mutex>

namespace foothold {

// What the worker and the starting thread share: written by the worker, read after it ended.
struct DatabaseWorker::Shared {
    QString path;
    Work work;
    mutable std::mutex mutex;
    Status status;
};

DatabaseWorker::DatabaseWorker(QString path, Work work, QObject *parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->path = std::move(path);
    m_shared->work = std::move(work);
}

DatabaseWorker::~DatabaseWorker()
{
    if (m_thread)
        m_thread->wait();
}

void DatabaseWorker::start()
{
    Q_ASSERT(!m_thread);
    auto shared = m_shared;
    m_thread.reset(QThread::create([shared] {
        Database::Options options;
        options.create = false;
        options.backupBeforeMigration = false; // the UI's connection has already brought it up to date
        Status status;
        if (auto db = Database::open(shared->path, options); !db)
            status = db.error();
        else
            status = shared->work(**db);
        std::lock_guard lock(shared->mutex);
        shared->status = status;
    }));
    connect(m_thread.get(), &QThread::finished, this, &DatabaseWorker::finished);
    m_thread->start();
}

bool DatabaseWorker::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

Status DatabaseWorker::status() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->status;
}

Status DatabaseWorker::runBlocking(const QString &path, const Work &work, const QString &title, const QString &label, QWidget *parent)
{
    DatabaseWorker worker(path, work);
    QProgressDialog dialog(label, QString(), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setCancelButton(nullptr);
    dialog.setMinimumDuration(300); // a quick export does not flash a dialog
    QEventLoop loop;
    connect(&worker, &DatabaseWorker::finished, &loop, &QEventLoop::quit);
    worker.start();
    dialog.setValue(0);
    if (worker.isRunning())
        loop.exec();
    dialog.hide();
    return worker.status();
}

} // namespace foothold

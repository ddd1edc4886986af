#include "ui/import/ImportTask.h"

#include "core/services/CalendarImporter.h"
#include "core/services/LinkedInImporter.h"
#include "core/services/VCardImporter.h"
#include "core/storage/Changesets.h"
#include "ui/import/DatabaseWorker.h"

#include <atomic>

namespace foothold {

// Shared by the worker (writes while running) and the window (reads the atomics while running,
// the rest after finished()).
struct ImportTask::Shared {
    Request request;
    std::atomic_bool cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    ImportResult result;
    QByteArray changeset;
};

namespace {

ImportResult runImporter(Database &db, const Clock &clock, ImportFormat format, const QByteArray &bytes, const ImportOptions &options)
{
    switch (format) {
    case ImportFormat::LinkedIn: return LinkedInImporter(db, clock).import(bytes, options);
    case ImportFormat::VCard: return VCardImporter(db, clock).import(bytes, options);
    case ImportFormat::Calendar: return CalendarImporter(db, clock).import(bytes, options);
    default: break;
    }
    ImportResult unsupported;
    unsupported.failure = Error::invalid(QString(), QObject::tr("the wizard imports LinkedIn connections, vCards and iCalendar files"));
    return unsupported;
}

} // namespace

ImportTask::ImportTask(const QString &databasePath, const Clock &clock, Request request, QObject *parent)
    : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->request = std::move(request);
    auto shared = m_shared;
    const Clock *clockPtr = &clock;
    m_worker = new DatabaseWorker(databasePath, [shared, clockPtr](Database &db) -> Status {
        const Request &r = shared->request;
        ImportOptions options;
        options.sourceName = r.sourceName;
        options.dryRun = r.dryRun;
        options.skipInvalid = r.skipInvalid;
        options.listRecords = r.dryRun; // the preview lists every record; the import only what needs saying
        options.cancel = &shared->cancel;
        options.progress = [shared](qint64 done, qint64 total) {
            shared->total.store(total);
            shared->done.store(done);
        };
        options.calendar.now = clockPtr->nowUtc();
        if (r.dryRun) {
            shared->result = runImporter(db, *clockPtr, r.format, r.bytes, options);
            return {};
        }
        // The whole import inside one recorded transaction: the importer's own transaction joins it.
        auto recorded = recordChanges(db, [&]() -> Status {
            shared->result = runImporter(db, *clockPtr, r.format, r.bytes, options);
            if (shared->result.failure)
                return *shared->result.failure;
            return {};
        });
        if (recorded) {
            shared->changeset = *recorded;
        } else if (!shared->result.failure) {
            shared->result.failure = recorded.error(); // recording or COMMIT failed: nothing was kept
            shared->result.committed = false;
        } else {
            shared->result.committed = false;
        }
        return {};
    }, this);
    connect(m_worker, &DatabaseWorker::finished, this, &ImportTask::finished);
}

ImportTask::~ImportTask()
{
    m_shared->cancel.store(true);
    delete m_worker; // waits for the thread
}

void ImportTask::start()
{
    m_worker->start();
}

void ImportTask::cancel()
{
    m_shared->cancel.store(true);
}

bool ImportTask::isRunning() const
{
    return m_worker->isRunning();
}

bool ImportTask::isCancelled() const
{
    return m_shared->cancel.load();
}

qint64 ImportTask::done() const
{
    return m_shared->done.load();
}

qint64 ImportTask::total() const
{
    return m_shared->total.load();
}

const ImportResult &ImportTask::result() const
{
    return m_shared->result;
}

const QByteArray &ImportTask::changeset() const
{
    return m_shared->changeset;
}

const ImportTask::Request &ImportTask::request() const
{
    return m_shared->request;
}

} // namespace foothold

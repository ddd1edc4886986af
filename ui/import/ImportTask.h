#pragma once

#include "core/services/ImportTypes.h"
#include "ui/import/ImportFormat.h"

#include <QByteArray>
#include <QObject>

#include <memory>

namespace foothold {

class Clock;
class DatabaseWorker;

// One run of a core importer (LinkedInImporter, VCardImporter, CalendarImporter) on a worker
// thread with its own connection to the database file: the preview (the importer's dry run, every
// record listed) or the import itself. The import is recorded with recordChanges() on that
// connection, so that the window can push it as ONE undo step (UndoableWriter::pushRecorded).
// Cancel sets the importer's cancel flag: it stops and rolls back, the database as before.
class ImportTask final : public QObject {
    Q_OBJECT
public:
    struct Request {
        ImportFormat format = ImportFormat::Unknown;
        QByteArray bytes;
        QString sourceName; // how errors name the file: "Connections.csv"
        bool dryRun = false;
        bool skipInvalid = false;
    };

    // `clock` must outlive the task (the window's clock does).
    ImportTask(const QString &databasePath, const Clock &clock, Request request, QObject *parent = nullptr);
    ~ImportTask() override; // cancels and waits for the worker

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] bool isCancelled() const;
    // Progress as the importer reports it (records done of total; total 0 while reading).
    [[nodiscard]] qint64 done() const;
    [[nodiscard]] qint64 total() const;

    // After finished(): what the importer said, and (for a committed import) the changeset of
    // everything it wrote. A failure to record or commit is reported as the result's failure.
    [[nodiscard]] const ImportResult &result() const;
    [[nodiscard]] const QByteArray &changeset() const;
    [[nodiscard]] const Request &request() const;

signals:
    void finished();

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    DatabaseWorker *m_worker;
};

} // namespace foothold

#pragma once

#include "core/analytics/InsightsSeries.h"
#include "core/util/Result.h"

#include <QObject>

class QThread;

namespace foothold {

class Database;
class InsightsWorker;

// Loads what the Insights page draws (InsightsInput) off the UI thread: a worker thread with its own
// connection to the same database file (Qt Sql connections are per thread) runs the aggregate
// queries; loaded() arrives on the UI thread. Requests made while a load runs are merged into one
// more load after it, so a burst of changes costs at most two loads.
class InsightsLoader final : public QObject {
    Q_OBJECT
public:
    // `db`: the UI's database; only its path is used, and only from this thread.
    explicit InsightsLoader(Database &db, QObject *parent = nullptr);
    ~InsightsLoader() override;

    void request();
    [[nodiscard]] bool isLoading() const { return m_busy; }

    // The queries themselves, on `db` in the calling thread (the worker, benchmarks, and the fallback
    // when a second connection cannot be opened).
    static Result<InsightsInput> load(Database &db);

signals:
    void loaded(const foothold::InsightsInput &input);
    // One line for a person: what could not be read.
    void failed(const QString &message);

private:
    void start();
    void onLoaded(const foothold::Result<foothold::InsightsInput> &result);

    Database &m_db;
    QThread *m_thread = nullptr;
    InsightsWorker *m_worker = nullptr;
    bool m_busy = false;
    bool m_again = false;
};

} // namespace foothold

Q_DECLARE_METATYPE(foothold::InsightsInput)

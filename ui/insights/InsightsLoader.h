#pragma once

#include "core/analytics/InsightsSeries.h"
#include "core/util/Result.h"

#include <QObject>

class QThread;

namespace foothold {

class Database;
class InsightsWorker;

// Loads what the Insights page draws (InsightsInput) off the UI thread: two worker threads, each with
// its own connection to the same database file (Qt Sql connections are per thread), run the two
// halves of the queries at the same time (the aggregates of contacts, conversations and
// applications; the return of events), which roughly halves the wait on a machine with two cores
// (docs/PERFORMANCE.md, "Insights page"). partLoaded() arrives on the UI thread as each half comes in
// (so the page can draw its charts while the other half is still read), loaded() once both are in.
// Requests made while a load runs are merged into one more load after it, so a burst of changes
// costs at most two loads.
class InsightsLoader final : public QObject {
    Q_OBJECT
public:
    // `db`: the UI's database; only its path is used, and only from this thread.
    explicit InsightsLoader(Database &db, QObject *parent = nullptr);
    ~InsightsLoader() override;

    void request();
    [[nodiscard]] bool isLoading() const { return m_busy; }

    // The halves of a load; each fills its own members of InsightsInput.
    enum class Part { Aggregates, Events };

    // The queries themselves, on `db` in the calling thread (the workers, benchmarks, and the
    // fallback when a second connection cannot be opened): one part, or both.
    static Result<InsightsInput> load(Database &db, Part part);
    static Result<InsightsInput> load(Database &db);

signals:
    // One half of a load is in: `input` holds that part's members (the others are empty).
    void partLoaded(foothold::InsightsLoader::Part part, const foothold::InsightsInput &input);
    // Both halves are in (after their partLoaded()).
    void loaded(const foothold::InsightsInput &input);
    // One line for a person: what could not be read.
    void failed(const QString &message);

private:
    void start();
    void onPartLoaded(foothold::InsightsLoader::Part part, const foothold::Result<foothold::InsightsInput> &result);

    Database &m_db;
    QThread *m_threads[2] = {nullptr, nullptr};
    InsightsWorker *m_workers[2] = {nullptr, nullptr};
    int m_pending = 0;        // parts of the running load not yet in
    InsightsInput m_partial;  // the parts in so far
    QString m_partError;      // the first part that failed, if any
    bool m_busy = false;
    bool m_again = false;
};

} // namespace foothold

Q_DECLARE_METATYPE(foothold::InsightsInput)

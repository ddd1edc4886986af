#pragma once

#include "core/domain/JobApplication.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QList>

namespace foothold {

struct ApplicationQuery {
    QString search{};                          // role, company name, location, notes
    CompanyId company{};
    std::optional<ApplicationStage> stage{};
    std::optional<ApplicationSource> source{};
    ContactId involving{};                     // referred by, or interviewed by, this contact
    bool includeSample = true;
};

// Job applications with their dated stage history and interview rounds (with interviewers).
class ApplicationStore {
public:
    explicit ApplicationStore(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db), m_clock(clock) {}

    // A new application with an empty history starts its history at its stage, dated today.
    Result<ApplicationId> insert(JobApplication application);
    Status update(const JobApplication &application);
    // Moves to `stage` on `date` and records it in the history.
    Status moveTo(ApplicationId id, ApplicationStage stage, QDate date, const QString &note = {});
    Status remove(ApplicationId id);

    Result<JobApplication> get(ApplicationId id);
    QList<JobApplication> list(const ApplicationQuery &query = {});
    Result<qint64> count();

private:
    Status writeChildren(const JobApplication &application, bool replacing);
    void loadChildren(QList<JobApplication> &applications, qint64 onlyId);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold

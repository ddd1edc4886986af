#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace foothold {

// How many people and applications a company has: what a list row shows beside the company.
struct CompanyCounts {
    int people = 0;           // contacts whose current company it is (prospects included)
    int applications = 0;     // every application to it
    int openApplications = 0; // applications not in a final stage (accepted, rejected, withdrawn, no answer)

    bool operator==(const CompanyCounts &) const = default;
};

// What a list row shows of a company, read in one query with its counts and aliases.
struct CompanySummary {
    CompanyId id;
    QString name;
    QStringList aliases;
    QString website;
    QString industry;
    QString size;
    QString location;
    QStringList techStack;
    CompanyPriority priority = CompanyPriority::None;
    bool sample = false;
    CompanyCounts counts;
};

// A contact who worked at a company before (from their position history) and is not there now.
struct FormerEmployee {
    ContactId contact;
    QString title; // their title there, as recorded
    QDate from;
    QDate to;
};

// An event a company is expected at, with the role it has there.
struct CompanyAtEvent {
    EventId event;
    EventCompanyRole role = EventCompanyRole::Attending;
    QDateTime start; // UTC
};

// Read-only views of companies for lists and editors: summaries with counts, former employees, the
// events a company appears at. All SQL here, bound parameters only; a failed read returns what it
// has (an empty list) because these views are redrawn on the next change anyway.
class CompanySummaryStore {
public:
    explicit CompanySummaryStore(Database &db) : m_db(db) {}

    // Summaries of every company (or of `ids` only), in no particular order.
    QList<CompanySummary> summaries(const QList<CompanyId> &ids = {});
    // Counts of every company that has any (companies with none are left out), from the company
    // indexes alone: fast enough to redo after every change.
    QHash<qint64, CompanyCounts> counts();
    // company id -> contacts there I know of but have not met (prospects), for companies with any.
    // A scan of every contact (there is no index on `prospect`): ask only when it is needed.
    QHash<qint64, int> prospectCounts();
    // Contacts with a past position at `company` who do not work there now, by name; at most `limit`.
    QList<FormerEmployee> formerEmployees(CompanyId company, int limit = 100);
    // Events that expect `company`, by start (newest first).
    QList<CompanyAtEvent> events(CompanyId company);

private:
    Database &m_db;
};

} // namespace foothold

#pragma once

#include "core/domain/Enums.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace foothold {

struct RecordCounts {
    qint64 contacts = 0;
    qint64 companies = 0;
    qint64 events = 0;
    qint64 conversations = 0;
    qint64 informationalInterviews = 0;
    qint64 applications = 0;
    qint64 followUpsDue = 0;   // open and due on or before the given day
};

struct MonthCount {
    QDate month;   // the first day of the month
    qint64 count = 0;
};

// Aggregates computed in SQL, so that `stats` stays fast on a large database.
class StatsStore {
public:
    explicit StatsStore(Database &db) : m_db(db) {}

    Result<RecordCounts> counts(QDate today);
    // Every stage with its number of applications (stages with none included, as 0).
    Result<QMap<ApplicationStage, qint64>> applicationsByStage();
    // Contacts by the month they were connected, oldest first; contacts without a date are left out.
    Result<QList<MonthCount>> contactsConnectedPerMonth();

private:
    Database &m_db;
};

} // namespace foothold

#pragma once

#include "core/analytics/KeepInTouch.h"
#include "core/domain/Enums.h"
#include "core/domain/Ids.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QList>

namespace foothold {

// A follow-up as the Today page lists it.
struct AgendaFollowUp {
    FollowUpId id;
    QString title;
    QDate due;
    QDateTime doneAt;            // UTC; null while open
    ContactId contact;
    EventId event;
    ConversationId conversation;
    ApplicationId application;
};

struct AgendaEvent {
    EventId id;
    QString name;
    EventKind kind = EventKind::Meetup;
    EventStatus status = EventStatus::Considering;
    QDateTime start;             // UTC
    bool allDay = false;
    QString location;
};

// An interview round of a job application.
struct AgendaRound {
    ApplicationId application;
    QString name;                // "Phone screen"
    QDateTime at;                // UTC
    QString role;                // the application's role
    CompanyId company;
};

// A scheduled informational interview.
struct AgendaInterview {
    InterviewId id;
    ContactId contact;
    CompanyId company;
    QDateTime at;                // UTC
};

struct TodayCounts {
    qint64 contacts = 0;
    qint64 activeContacts = 0;   // with a conversation since the active window began
    qint64 openApplications = 0; // applied and not yet ended (saved postings and closed ones left out)
    qint64 followUpsDue = 0;     // open and due on or before today
    bool databaseEmpty = true;   // no record of any kind: the first run
};

// The reads behind the Today page, each one query, fast on 100,000 contacts. Read-only; errors
// come back as Result.
class AgendaStore {
public:
    explicit AgendaStore(Database &db) : m_db(db) {}

    // Open follow-ups due on or before `today` (oldest due first, at most `limit`), then those
    // done since `doneSinceUtc` (so that a follow-up ticked today stays on the page, ticked).
    Result<QList<AgendaFollowUp>> followUps(QDate today, const QDateTime &doneSinceUtc, int limit);
    // Events starting in [fromUtc, toUtc), or running then, that were not skipped; by start.
    Result<QList<AgendaEvent>> events(const QDateTime &fromUtc, const QDateTime &toUtc);
    // Interview rounds in [fromUtc, toUtc) of applications that are still open; by time.
    Result<QList<AgendaRound>> rounds(const QDateTime &fromUtc, const QDateTime &toUtc);
    // Informational interviews in the "scheduled" stage with a time in [fromUtc, toUtc); by time.
    Result<QList<AgendaInterview>> scheduledInterviews(const QDateTime &fromUtc, const QDateTime &toUtc);
    // Contacts the keep-in-touch rule may follow: not prospects, and with a cadence of their own,
    // or mentors, or a conversation since `activeSinceUtc`. Last conversations as local days.
    Result<QList<KeepInTouchInput>> keepInTouchCandidates(const QDateTime &activeSinceUtc);
    Result<TodayCounts> counts(QDate today, const QDateTime &activeSinceUtc);
    // id -> name of these contacts (the few the page shows), without reading all 100,000.
    Result<QHash<qint64, QString>> contactNames(const QList<qint64> &ids);

private:
    Database &m_db;
};

} // namespace foothold

#pragma once

#include "core/storage/ChangeNotifier.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace foothold {

// One record found by a search, with what a result list shows of it.
struct SearchRow {
    Entity entity = Entity::Contact;
    qint64 id = 0;
    QString title;     // contact, company, event name; application role; follow-up title;
                       // conversation participants; informational interview: the contact's name
    QString detail;    // headline, company, industry, location, notes… (plain text, may be empty)
    QString kindKey;   // stable key of the event kind, conversation kind, application or interview stage
    QDateTime when;    // UTC: event start, conversation time, interview scheduled; may be null
    QDate day;         // follow-ups: the due day
};

// The SQL of the global search: records of one kind whose searchable text contains every word
// (ignoring case). Contacts are matched through the fts_contacts trigram index (name, headline,
// location), so a search stays fast on 100,000 contacts; words of one or two letters, which a
// trigram cannot match, match the start of a word of the name instead. The other kinds are small
// tables scanned with LIKE; conversations are also found by their participants' names (words of
// three letters or more, through the same index). Read-only; errors come back as Result.
class SearchStore {
public:
    explicit SearchStore(Database &db) : m_db(db) {}

    // Contact, Company, Event, Conversation, InformationalInterview, Application or FollowUp;
    // at most `limit` rows, names that start with the first word first. Empty words: nothing.
    Result<QList<SearchRow>> find(Entity entity, const QStringList &words, int limit);

private:
    Result<QList<SearchRow>> contacts(const QStringList &words, int limit);
    Result<QList<SearchRow>> others(Entity entity, const QStringList &words, int limit);

    Database &m_db;
};

} // namespace foothold

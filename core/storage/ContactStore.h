#pragma once

#include "core/domain/Contact.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QList>

namespace foothold {

struct ContactQuery {
    QString search{};          // substring of name, headline, company, e-mails, location, tags, notes
    QString tag{};             // exact tag name, ignoring case
    CompanyId company{};
    std::optional<Channel> channel{};
    bool includeProspects = true;
    bool includeSample = true;
    bool withHistory = false; // also load each contact's history (one more query for all of them)
    int limit = -1;          // -1: all
};

// What a list row shows of a contact: read in one query without parsing JSON, so that 100,000
// rows load in a fraction of a second.
struct ContactSummary {
    ContactId id;
    QString name;
    QString headline;
    CompanyId company;
    QString email;            // the first one
    QString location;
    Channel channel = Channel::Other;
    ContactRole role = ContactRole::None;
    QDate connectedOn;
    int cadenceDays = 0;
    bool prospect = false;
    bool sample = false;
    QStringList tags;
    QDateTime lastConversation; // UTC; invalid when there was none
};

// Contacts with their tags, employment history and photo. Reads return values; writes validate
// first, run in one transaction, and report after commit through the database's notifier.
class ContactStore {
public:
    explicit ContactStore(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db), m_clock(clock) {}

    // Inserts with a new id, or with `contact.id` when set (undo of a delete, restore).
    Result<ContactId> insert(Contact contact);
    // Inserts all, in one transaction, assigning ids back into `contacts`. All or nothing.
    Status insertMany(QList<Contact> &contacts);
    Status update(const Contact &contact);
    // Deletes the contact with its tags, links, history and follow-ups; conversations that had
    // only this contact go too. Related records that only referred to it lose the reference.
    Status remove(ContactId id);
    Status removeMany(const QList<ContactId> &ids);

    // One contact, complete (history and photo included).
    Result<Contact> get(ContactId id);
    // Contacts matching `query`, ordered by name, with their tags; with their history only when
    // `query.withHistory`; never with the photo, which only get() loads.
    QList<Contact> list(const ContactQuery &query = {});
    Result<qint64> count();
    // Summaries of every contact (or of `ids` only), in id order (ContactSummaryReader).
    QList<ContactSummary> summaries(const QList<ContactId> &ids = {});

    // Lookups for resolving names and matching imports (exact, ignoring case).
    QList<ContactId> findByName(const QString &name);
    QList<ContactId> findByEmail(const QString &email);
    QList<ContactId> findByUrl(const QString &url);

    // id -> display name of every contact, in one query (for lists that show who is involved).
    QHash<qint64, QString> allNames();
    // The display name of one contact; empty when there is none with that id.
    QString nameOf(ContactId id);

private:
    Status writeChildren(const Contact &contact, class TagStore &tags, bool replacing);
    Status insertStaged(QList<Contact> &contacts, class TagStore &tags, const QString &now);
    Status insertOne(Contact &contact, QSqlQuery &insertQuery, class TagStore &tags, const QString &now);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold

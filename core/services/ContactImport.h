#pragma once

#include "core/services/CompanyResolver.h"
#include "core/services/ContactIndex.h"
#include "core/services/ImportRun.h"
#include "core/util/Clock.h"

namespace foothold {

// What LinkedIn and vCard imports share: matching people against the database and against the
// file's earlier records, updating matched contacts, gathering new ones for one bulk insert, and
// noting likely duplicates. Use inside ImportRun::run().
class ContactImport {
public:
    ContactImport(Database &db, const Clock &clock, ImportRun &run, ImportResult &result, const ImportOptions &options);

    // Indexes the contacts already in the database.
    void loadExisting();

    ContactIndex &index() { return m_index; }
    CompanyResolver &companies() { return m_companies; }

    // The contact `ref` stands for: the database's (complete, history and photo included) or
    // one this import adds.
    Result<Contact> current(ContactIndex::Ref ref);
    // Writes `after` over `before` (in the database now, or in the list of new contacts) and
    // reports the record as Updated, or as Unchanged when nothing differs.
    Status update(ContactIndex::Ref ref, const Contact &before, const Contact &after, int line, const QString &label);
    // A new contact, inserted by flush(); same-named contacts that may be the same person are
    // noted as likely duplicates.
    void add(Contact contact, int line, const QString &label);
    // Inserts the new contacts (one insertMany) and stores the likely duplicates.
    Status flush();

    // What changed between two versions of a contact, for the record's reason ("company, title").
    [[nodiscard]] static QStringList changes(const Contact &before, const Contact &after);

private:
    struct Pending {
        Contact contact;
        int line = 0;
        QString label;
    };
    struct Duplicate {
        ContactIndex::Ref imported;
        ContactIndex::Ref existing;
        int line;
        QString name;
        QString reason;
    };
    ContactId idOf(ContactIndex::Ref ref) const;

    Database &m_db;
    const Clock &m_clock;
    ImportRun &m_run;
    ImportResult &m_result;
    const ImportOptions &m_options;
    ContactIndex m_index;
    CompanyResolver m_companies;
    QList<Pending> m_new;
    QList<Duplicate> m_duplicates;
};

} // namespace foothold

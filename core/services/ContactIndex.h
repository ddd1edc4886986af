#pragma once

#include "core/domain/Contact.h"

#include <QHash>
#include <QList>

namespace foothold {

// Who is already there, for an import to match people against: by profile URL (profileUrlKey),
// by e-mail (ignoring case), by name (ignoring case and spacing) with the company. Holds the
// contacts of the database and those the import adds, as references: a database id (> 0) or
// -(1 + index) into the import's list of new contacts.
class ContactIndex {
public:
    using Ref = qint64;

    struct Entry {
        Ref ref = 0;
        CompanyId company;
        QStringList urlKeys;
        QStringList linkedInKeys; // the urlKeys on linkedin.com
        QStringList emails;
        QString name;
    };

    void add(Ref ref, const Contact &contact);
    // Replaces what is known of `ref` (after an update).
    void update(Ref ref, const Contact &contact);

    // The first of: a contact with one of these URLs, one of these e-mails, this name at this
    // company (unless both have LinkedIn profiles and they differ: then they are two people).
    // 0 when none.
    [[nodiscard]] Ref match(const QStringList &urls, const QStringList &emails, const QString &name, CompanyId company) const;
    // Others with this name who may be the same person: those without a LinkedIn profile that
    // says otherwise, and those at the same (known) company even with another profile, since
    // people make new profiles and match() cannot tell a new URL from a namesake colleague.
    [[nodiscard]] QList<Entry> sameName(const QString &name, const QStringList &urls, CompanyId company) const;
    // True when both have LinkedIn profiles and none is the same (arguments: linkedInKeys).
    [[nodiscard]] static bool differentProfiles(const QStringList &linkedInKeys, const QStringList &otherLinkedInKeys);
    // The LinkedIn profile keys among `urls`.
    [[nodiscard]] static QStringList linkedInKeysOf(const QStringList &urls);
    [[nodiscard]] const Entry *entry(Ref ref) const;

    [[nodiscard]] static QString nameKey(const QString &name);

private:
    void forget(Ref ref);

    QHash<Ref, Entry> m_entries;
    QHash<QString, Ref> m_byUrl;
    QHash<QString, Ref> m_byEmail;
    QHash<QString, QList<Ref>> m_byName;          // every contact with that name
    QHash<QString, QList<Ref>> m_byNameNoProfile; // those among them without a LinkedIn profile
    QHash<QString, QList<Ref>> m_byNameCompany;   // name + "\n" + company id
};

} // namespace foothold

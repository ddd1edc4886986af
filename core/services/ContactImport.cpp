#include "core/services/ContactImport.h"

#include "core/storage/ContactStore.h"
#include "core/storage/DuplicateStore.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

ContactIndex::Ref pendingRef(qsizetype index)
{
    return -(qint64(index) + 1);
}

} // namespace

ContactImport::ContactImport(Database &db, const Clock &clock, ImportRun &run, ImportResult &result, const ImportOptions &options)
    : m_db(db), m_clock(clock), m_run(run), m_result(result), m_options(options), m_companies(db, clock)
{
}

void ContactImport::loadExisting()
{
    for (const Contact &c : ContactStore(m_db, m_clock).list())
        m_index.add(c.id.value, c);
}

Result<Contact> ContactImport::current(ContactIndex::Ref ref)
{
    if (ref < 0)
        return m_new.at(-ref - 1).contact;
    return ContactStore(m_db, m_clock).get(ContactId(ref));
}

QStringList ContactImport::changes(const Contact &a, const Contact &b)
{
    QStringList out;
    auto differs = [&](bool changed, const char *what) {
        if (changed)
            out << QString::fromLatin1(what);
    };
    differs(a.name != b.name, "name");
    differs(a.headline != b.headline, "title");
    differs(a.company != b.company, "company");
    differs(a.emails != b.emails, "e-mails");
    differs(a.phones != b.phones, "phones");
    differs(a.urls != b.urls, "links");
    differs(a.addresses != b.addresses, "addresses");
    differs(a.location != b.location, "location");
    differs(a.channel != b.channel, "channel");
    differs(a.metAt != b.metAt, "met at");
    differs(a.introducedBy != b.introducedBy, "introduced by");
    differs(a.tags != b.tags, "tags");
    differs(a.role != b.role, "role");
    differs(a.connectedOn != b.connectedOn, "connected on");
    differs(a.cadenceDays != b.cadenceDays, "cadence");
    differs(a.strengthOverride != b.strengthOverride, "strength");
    differs(a.prospect != b.prospect, "prospect");
    differs(a.birthday != b.birthday, "birthday");
    differs(a.photo != b.photo || a.photoType != b.photoType, "photo");
    differs(a.notes != b.notes, "notes");
    differs(a.history != b.history, "history");
    return out;
}

Status ContactImport::update(ContactIndex::Ref ref, const Contact &before, const Contact &after, int line, const QString &label)
{
    const QStringList changed = changes(before, after);
    if (changed.isEmpty()) {
        m_run.record(line, ImportAction::Unchanged, label, ref > 0 ? ref : 0);
        return {};
    }
    if (ref < 0) {
        m_new[-ref - 1].contact = after;
    } else if (auto s = ContactStore(m_db, m_clock).update(after); !s) {
        Error error = s.error();
        error.location = m_options.sourceName + QLatin1Char(':') + QString::number(line);
        return error;
    }
    m_index.update(ref, after);
    m_run.record(line, ImportAction::Updated, label, ref > 0 ? ref : 0, changed.join(QStringLiteral(", ")));
    return {};
}

void ContactImport::add(Contact contact, int line, const QString &label)
{
    const ContactIndex::Ref ref = pendingRef(m_new.size());
    QStringList urls;
    for (const TypedValue &url : contact.urls)
        urls << url.value;
    const QStringList profiles = ContactIndex::linkedInKeysOf(urls);
    for (const ContactIndex::Entry &other : m_index.sameName(contact.name, urls, contact.company)) {
        QString reason;
        const bool otherProfile = ContactIndex::differentProfiles(other.linkedInKeys, profiles);
        // Within one file, two profiles are two people: an export lists each connection once. Only
        // someone already in the database may have made a new profile since.
        if (otherProfile && other.ref < 0)
            continue;
        if (otherProfile)
            reason = tr("same name at the same company (%1), another LinkedIn profile (%2 / %3)")
                         .arg(m_companies.nameOf(contact.company), other.linkedInKeys.join(QStringLiteral(", ")),
                              profiles.join(QStringLiteral(", ")));
        else if (other.company != contact.company)
            reason = tr("same name, another company (%1 / %2)")
                         .arg(m_companies.nameOf(other.company).isEmpty() ? tr("none") : m_companies.nameOf(other.company),
                              m_companies.nameOf(contact.company).isEmpty() ? tr("none") : m_companies.nameOf(contact.company));
        else
            reason = tr("same name, and nothing (profile URL, e-mail) to tell them apart");
        m_duplicates.append({ref, other.ref, line, contact.name, reason});
    }
    m_index.add(ref, contact);
    m_new.append({std::move(contact), line, label});
}

ContactId ContactImport::idOf(ContactIndex::Ref ref) const
{
    return ref > 0 ? ContactId(ref) : m_new.at(-ref - 1).contact.id;
}

Status ContactImport::flush()
{
    QList<Contact> contacts;
    contacts.reserve(m_new.size());
    for (Pending &p : m_new)
        contacts.append(std::move(p.contact)); // the new contacts are not read again, only their ids
    if (!contacts.isEmpty()) {
        if (auto s = ContactStore(m_db, m_clock).insertMany(contacts); !s)
            return s;
    }
    for (qsizetype i = 0; i < m_new.size(); ++i) {
        m_new[i].contact.id = contacts.at(i).id;
        m_run.record(m_new.at(i).line, ImportAction::Added, m_new.at(i).label, contacts.at(i).id.value);
    }
    DuplicateStore duplicates(m_db, m_clock);
    for (const Duplicate &d : std::as_const(m_duplicates)) {
        const ContactId imported = idOf(d.imported);
        const ContactId existing = idOf(d.existing);
        const QString source = m_options.sourceName + QLatin1Char(':') + QString::number(d.line);
        auto added = duplicates.add(imported, existing, d.reason, source);
        if (!added)
            return added.error();
        if (*added)
            m_result.duplicates.append({d.line, m_options.dryRun ? ContactId() : imported, existing, d.name, d.reason});
    }
    return {};
}

} // namespace foothold

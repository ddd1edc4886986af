#include "core/services/ContactIndex.h"

#include "core/formats/LinkedInConnections.h"

namespace foothold {

QString ContactIndex::nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

void ContactIndex::add(Ref ref, const Contact &contact)
{
    Entry entry;
    entry.ref = ref;
    entry.company = contact.company;
    entry.name = nameKey(contact.name);
    for (const TypedValue &url : contact.urls) {
        const QString key = profileUrlKey(url.value);
        if (!key.isEmpty()) {
            entry.urlKeys << key;
            m_byUrl.insert(key, ref); // the newest holder of a URL wins
        }
    }
    for (const TypedValue &email : contact.emails) {
        const QString key = email.value.trimmed().toLower();
        if (!key.isEmpty()) {
            entry.emails << key;
            if (!m_byEmail.contains(key))
                m_byEmail.insert(key, ref);
        }
    }
    m_byName[entry.name].append(ref);
    m_entries.insert(ref, std::move(entry));
}

void ContactIndex::forget(Ref ref)
{
    const auto it = m_entries.constFind(ref);
    if (it == m_entries.constEnd())
        return;
    for (const QString &key : it->urlKeys)
        if (m_byUrl.value(key) == ref)
            m_byUrl.remove(key);
    for (const QString &key : it->emails)
        if (m_byEmail.value(key) == ref)
            m_byEmail.remove(key);
    m_byName[it->name].removeAll(ref);
    m_entries.remove(ref);
}

void ContactIndex::update(Ref ref, const Contact &contact)
{
    forget(ref);
    add(ref, contact);
}

ContactIndex::Ref ContactIndex::match(const QStringList &urls, const QStringList &emails, const QString &name, CompanyId company) const
{
    for (const QString &url : urls)
        if (const Ref ref = m_byUrl.value(profileUrlKey(url)); ref != 0)
            return ref;
    for (const QString &email : emails)
        if (const Ref ref = m_byEmail.value(email.trimmed().toLower()); ref != 0)
            return ref;
    QStringList keys;
    for (const QString &url : urls)
        keys << profileUrlKey(url);
    for (const Ref ref : m_byName.value(nameKey(name))) {
        const Entry &entry = m_entries[ref];
        if (entry.company == company && !differentProfiles(entry.urlKeys, keys))
            return ref;
    }
    return 0;
}

bool ContactIndex::differentProfiles(const QStringList &urlKeys, const QStringList &otherKeys)
{
    auto linkedIn = [](const QStringList &keys) {
        QStringList out;
        for (const QString &key : keys)
            if (key.startsWith(QLatin1String("linkedin.com/")))
                out << key;
        return out;
    };
    const QStringList a = linkedIn(urlKeys);
    const QStringList b = linkedIn(otherKeys);
    if (a.isEmpty() || b.isEmpty())
        return false;
    for (const QString &key : a)
        if (b.contains(key))
            return false;
    return true;
}

QList<ContactIndex::Entry> ContactIndex::sameName(const QString &name, const QStringList &urls) const
{
    QStringList keys;
    for (const QString &url : urls)
        keys << profileUrlKey(url);
    QList<Entry> out;
    for (const Ref ref : m_byName.value(nameKey(name))) {
        const Entry &entry = m_entries[ref];
        if (!differentProfiles(entry.urlKeys, keys))
            out << entry;
    }
    return out;
}

const ContactIndex::Entry *ContactIndex::entry(Ref ref) const
{
    const auto it = m_entries.constFind(ref);
    return it == m_entries.constEnd() ? nullptr : &*it;
}

} // namespace foothold

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
            if (key.startsWith(QLatin1String("linkedin.com/")))
                entry.linkedInKeys << key;
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
    if (entry.linkedInKeys.isEmpty())
        m_byNameNoProfile[entry.name].append(ref);
    m_byNameCompany[entry.name + QLatin1Char('\n') + QString::number(entry.company.value)].append(ref);
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
    m_byNameNoProfile[it->name].removeAll(ref);
    m_byNameCompany[it->name + QLatin1Char('\n') + QString::number(it->company.value)].removeAll(ref);
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
    const auto named = m_byNameCompany.constFind(nameKey(name) + QLatin1Char('\n') + QString::number(company.value));
    if (named == m_byNameCompany.constEnd() || named->isEmpty())
        return 0;
    const QStringList keys = linkedInKeysOf(urls);
    for (const Ref ref : *named)
        if (!differentProfiles(m_entries.constFind(ref)->linkedInKeys, keys))
            return ref;
    return 0;
}

QStringList ContactIndex::linkedInKeysOf(const QStringList &urls)
{
    QStringList keys;
    for (const QString &url : urls) {
        const QString key = profileUrlKey(url);
        if (key.startsWith(QLatin1String("linkedin.com/")))
            keys << key;
    }
    return keys;
}

bool ContactIndex::differentProfiles(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    for (const QString &key : a)
        if (b.contains(key))
            return false;
    return true;
}

QList<ContactIndex::Entry> ContactIndex::sameName(const QString &name, const QStringList &urls, CompanyId company) const
{
    // With a LinkedIn profile, the same-named without one may be the same person (one with the
    // same profile would have matched). One with another profile is someone else, unless the
    // company is the same too: that is undecidable (a new profile URL, or a namesake colleague),
    // so it is added and listed for the user, never merged.
    QList<Entry> out;
    const QString key = nameKey(name);
    const QStringList keys = linkedInKeysOf(urls);
    const auto &index = keys.isEmpty() ? m_byName : m_byNameNoProfile;
    if (const auto named = index.constFind(key); named != index.constEnd())
        for (const Ref ref : *named)
            out << *m_entries.constFind(ref);
    if (keys.isEmpty() || !company.isValid())
        return out;
    const auto colleagues = m_byNameCompany.constFind(key + QLatin1Char('\n') + QString::number(company.value));
    if (colleagues == m_byNameCompany.constEnd())
        return out;
    for (const Ref ref : *colleagues)
        if (const Entry &other = *m_entries.constFind(ref); differentProfiles(other.linkedInKeys, keys))
            out << other;
    return out;
}

const ContactIndex::Entry *ContactIndex::entry(Ref ref) const
{
    const auto it = m_entries.constFind(ref);
    return it == m_entries.constEnd() ? nullptr : &*it;
}

} // namespace foothold

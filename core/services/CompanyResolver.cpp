#include "core/services/CompanyResolver.h"

#include "core/domain/CompanyName.h"
#include "core/storage/CompanyStore.h"

namespace foothold {

Result<CompanyId> CompanyResolver::resolve(const QString &name)
{
    const QString spelling = name.simplified();
    if (spelling.isEmpty())
        return CompanyId();
    if (auto it = m_bySpelling.constFind(spelling); it != m_bySpelling.constEnd())
        return *it;
    if (normalizeCompanyName(spelling).isEmpty())
        return CompanyId();
    auto id = CompanyStore(m_db, m_clock).findOrCreate(spelling);
    if (!id)
        return id.error();
    m_bySpelling.insert(spelling, *id);
    if (m_namesLoaded && !m_names.contains(id->value))
        m_names.insert(id->value, spelling);
    return *id;
}

CompanyId CompanyResolver::find(const QString &name)
{
    const QString spelling = name.simplified();
    if (spelling.isEmpty())
        return {};
    if (auto it = m_bySpelling.constFind(spelling); it != m_bySpelling.constEnd())
        return *it;
    auto found = CompanyStore(m_db, m_clock).find(spelling);
    return found && *found ? **found : CompanyId();
}

QString CompanyResolver::nameOf(CompanyId id)
{
    if (!id.isValid())
        return {};
    if (!m_namesLoaded) {
        m_names = CompanyStore(m_db, m_clock).allNames();
        m_namesLoaded = true;
    }
    return m_names.value(id.value);
}

} // namespace foothold

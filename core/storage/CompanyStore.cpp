#include "core/storage/CompanyStore.h"

#include "core/domain/CompanyName.h"
#include "core/domain/Validation.h"
#include "core/storage/SqlSupport.h"

#include <QCoreApplication>

namespace foothold {
namespace {

const QString kColumns = QStringLiteral(
    "id, name, website, industry, size, location, tech_stack, culture, priority, notes, sample, "
    "created_at, updated_at");

Company fromRow(const QSqlQuery &q)
{
    Company c;
    c.id = CompanyId(q.value(0).toLongLong());
    c.name = q.value(1).toString();
    c.website = q.value(2).toString();
    c.industry = q.value(3).toString();
    c.size = q.value(4).toString();
    c.location = q.value(5).toString();
    c.techStack = sql::stringListFromJson(q.value(6).toString());
    c.culture = q.value(7).toString();
    c.priority = static_cast<CompanyPriority>(q.value(8).toInt());
    c.notes = q.value(9).toString();
    c.sample = q.value(10).toBool();
    c.createdAt = sql::toDateTime(q.value(11));
    c.updatedAt = sql::toDateTime(q.value(12));
    return c;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("CompanyStore", text);
}

} // namespace

Result<std::optional<CompanyId>> CompanyStore::find(const QString &name)
{
    const QString key = normalizeCompanyName(name);
    if (key.isEmpty())
        return std::optional<CompanyId>();
    auto id = sql::scalar(m_db.connection(),
                          QStringLiteral("SELECT id FROM companies WHERE normalized_name = ? "
                                         "UNION ALL SELECT company_id FROM company_aliases WHERE normalized = ? "
                                         "LIMIT 1"),
                          {key, key});
    if (!id)
        return id.error();
    if (id->isNull())
        return std::optional<CompanyId>();
    return std::optional<CompanyId>(CompanyId(id->toLongLong()));
}

Result<CompanyId> CompanyStore::findOrCreate(const QString &name, bool sample)
{
    const QString display = name.simplified();
    auto found = find(display);
    if (!found)
        return found.error();
    if (*found) {
        const CompanyId id = **found;
        // Remember a new spelling so the user sees where a name came from.
        Status status = m_db.transaction([&]() -> Status {
            return sql::run(m_db.connection(),
                            QStringLiteral("INSERT INTO company_aliases(company_id, alias, normalized) "
                                           "SELECT ?, ?, ? WHERE ? <> (SELECT name FROM companies WHERE id = ?) "
                                           "ON CONFLICT DO NOTHING"),
                            {id.value, display, normalizeCompanyName(display), display, id.value});
        });
        if (!status)
            return status.error();
        return id;
    }
    Company company;
    company.name = display;
    company.sample = sample;
    return insert(company);
}

// Names the company that holds the name as it is stored, with its id (as the name resolver's
// errors do): "lumen inc" may have matched "Lumen, Inc." or one of its aliases.
QString CompanyStore::takenMessage(const QString &name, CompanyId holder, bool another)
{
    auto stored = sql::scalar(m_db.connection(), QStringLiteral("SELECT name FROM companies WHERE id = ?"), {holder.value});
    const QString holderName = stored ? stored->toString() : QString();
    if (holderName == name)
        return another ? tr("another company is already called “%1” (id %2)").arg(name).arg(holder.value)
                       : tr("a company called “%1” already exists (id %2)").arg(name).arg(holder.value);
    return another ? tr("“%1” names another company: “%2” (id %3)").arg(name, holderName).arg(holder.value)
                   : tr("“%1” names a company that already exists: “%2” (id %3)").arg(name, holderName).arg(holder.value);
}

Result<CompanyId> CompanyStore::insert(Company company)
{
    company.name = company.name.simplified();
    if (auto status = firstError(validate(company)); !status)
        return status.error();
    const QString key = normalizeCompanyName(company.name);
    if (key.isEmpty())
        return Error::invalid(QStringLiteral("name"), tr("needs at least one letter or digit"));
    CompanyId newId;
    Status status = m_db.transaction([&]() -> Status {
        auto existing = find(company.name);
        if (!existing)
            return existing.error();
        if (*existing)
            return Error{Error::Code::Conflict, takenMessage(company.name, **existing, false), QStringLiteral("name"), {}};
        const QString now = sql::isoUtc(m_clock.nowUtc());
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("INSERT INTO companies(id, name, normalized_name, website, industry, size, "
                                                 "location, tech_stack, culture, priority, notes, sample, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!query)
            return query.error();
        const QString created = company.createdAt.isValid() ? sql::isoUtc(company.createdAt) : now;
        if (auto s = sql::exec(*query, {sql::fromId(company.id.value), company.name, key, sql::fromText(company.website),
                                        sql::fromText(company.industry), sql::fromText(company.size),
                                        sql::fromText(company.location), sql::stringListToJson(company.techStack),
                                        sql::fromText(company.culture), int(company.priority), sql::fromText(company.notes),
                                        int(company.sample), created, now});
            !s)
            return s;
        newId = CompanyId(query->lastInsertId().toLongLong());
        if (auto s = writeAliases(newId, company.name, company.aliases); !s)
            return s;
        m_db.recordChange({Entity::Company, ChangeKind::Inserted, newId.value, {}});
        return {};
    });
    if (!status)
        return status.error();
    return newId;
}

Status CompanyStore::writeAliases(CompanyId id, const QString &displayName, const QStringList &aliases)
{
    auto &db = m_db.connection();
    if (auto s = sql::run(db, QStringLiteral("DELETE FROM company_aliases WHERE company_id = ?"), {id.value}); !s)
        return s;
    for (const QString &alias : aliases) {
        const QString clean = alias.simplified();
        if (clean.isEmpty() || clean == displayName)
            continue;
        if (auto s = sql::run(db, QStringLiteral("INSERT OR IGNORE INTO company_aliases(company_id, alias, normalized) VALUES (?, ?, ?)"),
                              {id.value, clean, normalizeCompanyName(clean)});
            !s)
            return s;
    }
    return {};
}

Status CompanyStore::update(const Company &company)
{
    if (!company.id.isValid())
        return Error::notFound(tr("the company has no id"));
    if (auto status = firstError(validate(company)); !status)
        return status;
    const QString name = company.name.simplified();
    const QString key = normalizeCompanyName(name);
    return m_db.transaction([&]() -> Status {
        auto existing = find(name);
        if (!existing)
            return existing.error();
        if (*existing && **existing != company.id)
            return Error{Error::Code::Conflict, takenMessage(name, **existing, true), QStringLiteral("name"), {}};
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("UPDATE companies SET name = ?, normalized_name = ?, website = ?, industry = ?, "
                                                 "size = ?, location = ?, tech_stack = ?, culture = ?, priority = ?, notes = ?, "
                                                 "sample = ?, updated_at = ? WHERE id = ?"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {name, key, sql::fromText(company.website), sql::fromText(company.industry),
                                        sql::fromText(company.size), sql::fromText(company.location),
                                        sql::stringListToJson(company.techStack), sql::fromText(company.culture),
                                        int(company.priority), sql::fromText(company.notes), int(company.sample),
                                        sql::isoUtc(m_clock.nowUtc()), company.id.value});
            !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("company %1 does not exist").arg(company.id.value));
        if (auto s = writeAliases(company.id, name, company.aliases); !s)
            return s;
        m_db.recordChange({Entity::Company, ChangeKind::Updated, company.id.value, {}});
        return {};
    });
}

Status CompanyStore::remove(CompanyId id)
{
    return m_db.transaction([&]() -> Status {
        auto applications = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM applications WHERE company_id = ?"),
                                        {id.value});
        if (!applications)
            return applications.error();
        if (applications->toInt() > 0)
            return Error::invalid(QStringLiteral("company"),
                                  QCoreApplication::translate("CompanyStore",
                                                              "%n application(s) belong to this company; delete or move them first",
                                                              nullptr, applications->toInt()));
        // Contacts keep existing without a company: note which ones change.
        auto affected = sql::prepare(m_db.connection(), QStringLiteral("SELECT id FROM contacts WHERE company_id = ?"));
        if (!affected)
            return affected.error();
        if (auto s = sql::exec(*affected, {id.value}); !s)
            return s;
        while (affected->next())
            m_db.recordChange({Entity::Contact, ChangeKind::Updated, affected->value(0).toLongLong(), {QStringLiteral("company")}});
        auto query = sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM companies WHERE id = ?"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {id.value}); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("company %1 does not exist").arg(id.value));
        m_db.recordChange({Entity::Company, ChangeKind::Removed, id.value, {}});
        return {};
    });
}

QStringList CompanyStore::aliasesOf(CompanyId id)
{
    QStringList aliases;
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT alias FROM company_aliases WHERE company_id = ? ORDER BY alias"));
    if (query && sql::exec(*query, {id.value}))
        while (query->next())
            aliases << query->value(0).toString();
    return aliases;
}

Result<Company> CompanyStore::get(CompanyId id)
{
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT %1 FROM companies WHERE id = ?").arg(kColumns));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query, {id.value}); !s)
        return s.error();
    if (!query->next())
        return Error::notFound(tr("company %1 does not exist").arg(id.value));
    Company company = fromRow(*query);
    company.aliases = aliasesOf(id);
    return company;
}

QList<Company> CompanyStore::list(const CompanyQuery &filter)
{
    sql::Filter where;
    if (!filter.search.trimmed().isEmpty()) {
        where.add(QStringLiteral("name LIKE %1 ESCAPE '\\' OR industry LIKE %1 ESCAPE '\\' OR location LIKE %1 ESCAPE '\\' "
                                 "OR tech_stack LIKE %1 ESCAPE '\\' OR id IN (SELECT company_id FROM company_aliases "
                                 "WHERE alias LIKE %1 ESCAPE '\\')"),
                  sql::likeContains(filter.search.trimmed()));
    }
    if (filter.targetsOnly)
        where.add(QStringLiteral("priority > 0"));
    if (!filter.includeSample)
        where.add(QStringLiteral("sample = 0"));
    QList<Company> out;
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT %1 FROM companies%2 ORDER BY name COLLATE NOCASE, id").arg(kColumns, where.where()));
    if (!query || !sql::exec(*query, where.values()))
        return out;
    while (query->next())
        out << fromRow(*query);
    // Aliases for all at once: one query, not one per company.
    QHash<qint64, QStringList> aliases;
    auto aliasQuery = sql::prepare(m_db.connection(), QStringLiteral("SELECT company_id, alias FROM company_aliases ORDER BY alias"));
    if (aliasQuery && sql::exec(*aliasQuery))
        while (aliasQuery->next())
            aliases[aliasQuery->value(0).toLongLong()] << aliasQuery->value(1).toString();
    for (auto &company : out)
        company.aliases = aliases.value(company.id.value);
    return out;
}

Result<qint64> CompanyStore::count()
{
    auto value = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM companies"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

Status CompanyStore::setPriority(CompanyId id, CompanyPriority priority)
{
    return m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(), QStringLiteral("UPDATE companies SET priority = ?, updated_at = ? WHERE id = ?"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {int(priority), sql::isoUtc(m_clock.nowUtc()), id.value}); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("company %1 does not exist").arg(id.value));
        m_db.recordChange({Entity::Company, ChangeKind::Updated, id.value, {QStringLiteral("priority")}});
        return {};
    });
}

QHash<qint64, QString> CompanyStore::allNames()
{
    QHash<qint64, QString> out;
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT id, name FROM companies"));
    if (query && sql::exec(*query))
        while (query->next())
            out.insert(query->value(0).toLongLong(), query->value(1).toString());
    return out;
}

} // namespace foothold

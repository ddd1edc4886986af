#include "core/services/NameResolver.h"

#include "core/storage/CompanyStore.h"
#include "core/storage/SqlSupport.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NameResolver", text);
}

bool isId(const QString &text, qint64 &id)
{
    bool ok = false;
    id = text.trimmed().toLongLong(&ok);
    return ok && id > 0;
}

// Resolves against `table`: rows whose `nameColumn` equals the text ignoring case; `describe` is a
// SELECT of (id, description) used to list candidates.
Result<qint64> resolve(Database &db, const QString &text, const QString &field, const QString &table,
                       const QString &kind, const QString &describe)
{
    qint64 id = 0;
    if (isId(text, id)) {
        auto exists = sql::scalar(db.connection(), QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
        if (!exists)
            return exists.error();
        if (exists->isNull())
            return Error{Error::Code::NotFound, tr("there is no %1 with id %2").arg(kind).arg(id), field, {}};
        return id;
    }
    const QString name = text.simplified();
    if (name.isEmpty())
        return Error::invalid(field, tr("is empty"));
    auto query = sql::prepare(db.connection(), describe);
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query, {name}); !s)
        return s.error();
    QList<qint64> ids;
    QStringList candidates;
    while (query->next()) {
        ids << query->value(0).toLongLong();
        candidates << QStringLiteral("%1 (id %2)").arg(query->value(1).toString()).arg(ids.last());
    }
    if (ids.isEmpty())
        return Error{Error::Code::NotFound, tr("no %1 is called “%2”").arg(kind, name), field, {}};
    if (ids.size() > 1)
        return Error{Error::Code::Ambiguous,
                     tr("“%1” matches %2 %3s: %4; give the id instead").arg(name).arg(ids.size()).arg(kind, candidates.join(QStringLiteral("; "))),
                     field, {}};
    return ids.first();
}

} // namespace

Result<ContactId> NameResolver::contact(const QString &nameOrId, const QString &field)
{
    auto id = resolve(m_db, nameOrId, field, QStringLiteral("contacts"), tr("contact"),
                      QStringLiteral("SELECT c.id, c.name || coalesce(' at ' || co.name, '') FROM contacts c "
                                     "LEFT JOIN companies co ON co.id = c.company_id WHERE c.name = ? COLLATE NOCASE ORDER BY c.id"));
    if (!id)
        return id.error();
    return ContactId(*id);
}

Result<EventId> NameResolver::event(const QString &nameOrId, const QString &field)
{
    auto id = resolve(m_db, nameOrId, field, QStringLiteral("events"), tr("event"),
                      QStringLiteral("SELECT id, name || ' on ' || substr(start_utc, 1, 10) FROM events "
                                     "WHERE name = ? COLLATE NOCASE ORDER BY start_utc"));
    if (!id)
        return id.error();
    return EventId(*id);
}

Result<CompanyId> NameResolver::company(const QString &nameOrId, const QString &field)
{
    qint64 id = 0;
    if (isId(nameOrId, id)) {
        auto exists = sql::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM companies WHERE id = ?"), {id});
        if (!exists)
            return exists.error();
        if (!exists->isNull())
            return CompanyId(id);
        // A company may be called "3M": fall through to the name.
    }
    CompanyStore companies(m_db);
    auto found = companies.find(nameOrId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{Error::Code::NotFound, tr("no company is called “%1”").arg(nameOrId.simplified()), field, {}};
    return **found;
}

Result<ApplicationId> NameResolver::application(const QString &text, const QString &field)
{
    qint64 id = 0;
    if (!isId(text, id))
        return Error::invalid(field, tr("give the application's id (see 'foothold-cli list applications')"));
    auto exists = sql::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM applications WHERE id = ?"), {id});
    if (!exists)
        return exists.error();
    if (exists->isNull())
        return Error{Error::Code::NotFound, tr("there is no application with id %1").arg(id), field, {}};
    return ApplicationId(id);
}

} // namespace foothold

#include "core/storage/LinkStore.h"

#include "core/domain/Validation.h"
#include "core/storage/SqlSupport.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LinkStore", text);
}

const QString kColumns = QStringLiteral("id, from_id, to_id, kind, strength, source, since, dismissed, note, sample");

Link fromRow(const QSqlQuery &q)
{
    Link l;
    l.id = LinkId(q.value(0).toLongLong());
    l.from = ContactId(q.value(1).toLongLong());
    l.to = ContactId(q.value(2).toLongLong());
    l.kind = fromKey<LinkKind>(q.value(3).toString()).value_or(LinkKind::Knows);
    l.strength = q.value(4).toDouble();
    l.source = fromKey<LinkSource>(q.value(5).toString()).value_or(LinkSource::Manual);
    l.since = sql::toDate(q.value(6));
    l.dismissed = q.value(7).toBool();
    l.note = q.value(8).toString();
    l.sample = q.value(9).toBool();
    return l;
}

Link canonical(Link link)
{
    if (isSymmetric(link.kind) && link.to < link.from)
        std::swap(link.from, link.to);
    return link;
}

QList<Link> select(Database &db, const QString &where, const QVariantList &values)
{
    QList<Link> out;
    auto query = sql::prepare(db.connection(), QStringLiteral("SELECT %1 FROM links %2 ORDER BY id").arg(kColumns, where));
    if (!query || !sql::exec(*query, values))
        return out;
    while (query->next())
        out << fromRow(*query);
    return out;
}

} // namespace

bool isSymmetric(LinkKind kind)
{
    return kind == LinkKind::Knows || kind == LinkKind::WorksWith;
}

Result<LinkId> LinkStore::insert(Link link)
{
    if (auto status = firstError(validate(link)); !status)
        return status.error();
    link = canonical(link);
    LinkId newId;
    Status status = m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("INSERT INTO links(id, from_id, to_id, kind, strength, source, since, dismissed, note, sample) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {sql::fromId(link.id.value), link.from.value, link.to.value, toKey(link.kind),
                                        link.strength, toKey(link.source), sql::fromDate(link.since), int(link.dismissed),
                                        sql::fromText(link.note), int(link.sample)});
            !s) {
            if (s.error().code == Error::Code::Conflict)
                return Error{Error::Code::Conflict, tr("these two people are already linked that way"), QStringLiteral("kind"), {}};
            return s;
        }
        newId = LinkId(query->lastInsertId().toLongLong());
        m_db.recordChange({Entity::Link, ChangeKind::Inserted, newId.value, {}});
        return {};
    });
    if (!status)
        return status.error();
    return newId;
}

Status LinkStore::insertMany(QList<Link> &links)
{
    for (qsizetype i = 0; i < links.size(); ++i) {
        if (auto status = firstError(validate(links.at(i))); !status) {
            Error error = status.error();
            error.message = tr("link %1: %2").arg(i + 1).arg(error.message);
            return error;
        }
    }
    QList<Link> working = links;
    // Past this many rows, listeners reload instead of applying a change per row.
    constexpr qsizetype kRowByRowLimit = 1000;
    Status status = m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("INSERT INTO links(id, from_id, to_id, kind, strength, source, since, dismissed, note, sample) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!query)
            return query.error();
        for (qsizetype i = 0; i < working.size(); ++i) {
            Link &link = working[i];
            link = canonical(link);
            if (auto s = sql::exec(*query, {sql::fromId(link.id.value), link.from.value, link.to.value, toKey(link.kind),
                                            link.strength, toKey(link.source), sql::fromDate(link.since), int(link.dismissed),
                                            sql::fromText(link.note), int(link.sample)});
                !s) {
                if (s.error().code == Error::Code::Conflict)
                    return Error{Error::Code::Conflict, tr("link %1: these two people are already linked that way").arg(i + 1),
                                 QStringLiteral("kind"), {}};
                return s;
            }
            link.id = LinkId(query->lastInsertId().toLongLong());
            if (working.size() <= kRowByRowLimit)
                m_db.recordChange({Entity::Link, ChangeKind::Inserted, link.id.value, {}});
        }
        if (working.size() > kRowByRowLimit)
            m_db.recordReset();
        return {};
    });
    if (status)
        links = std::move(working);
    return status;
}

Status LinkStore::update(const Link &original)
{
    if (auto status = firstError(validate(original)); !status)
        return status;
    const Link link = canonical(original);
    return m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("UPDATE links SET from_id = ?, to_id = ?, kind = ?, strength = ?, source = ?, since = ?, "
                                                 "dismissed = ?, note = ?, sample = ? WHERE id = ?"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {link.from.value, link.to.value, toKey(link.kind), link.strength, toKey(link.source),
                                        sql::fromDate(link.since), int(link.dismissed), sql::fromText(link.note),
                                        int(link.sample), link.id.value});
            !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("link %1 does not exist").arg(link.id.value));
        m_db.recordChange({Entity::Link, ChangeKind::Updated, link.id.value, {}});
        return {};
    });
}

Status LinkStore::remove(LinkId id)
{
    return m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM links WHERE id = ?"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {id.value}); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("link %1 does not exist").arg(id.value));
        m_db.recordChange({Entity::Link, ChangeKind::Removed, id.value, {}});
        return {};
    });
}

Status LinkStore::setDismissed(LinkId id, bool dismissed)
{
    return m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(), QStringLiteral("UPDATE links SET dismissed = ? WHERE id = ?"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {int(dismissed), id.value}); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("link %1 does not exist").arg(id.value));
        m_db.recordChange({Entity::Link, ChangeKind::Updated, id.value, {QStringLiteral("dismissed")}});
        return {};
    });
}

Result<Link> LinkStore::get(LinkId id)
{
    const auto found = select(m_db, QStringLiteral("WHERE id = ?"), {id.value});
    if (found.isEmpty())
        return Error::notFound(tr("link %1 does not exist").arg(id.value));
    return found.first();
}

QList<Link> LinkStore::list(bool includeDismissed)
{
    return select(m_db, includeDismissed ? QString() : QStringLiteral("WHERE dismissed = 0"), {});
}

QList<Link> LinkStore::linksOf(ContactId contact, bool includeDismissed)
{
    return select(m_db,
                  QStringLiteral("WHERE (from_id = ? OR to_id = ?)") + (includeDismissed ? QString() : QStringLiteral(" AND dismissed = 0")),
                  {contact.value, contact.value});
}

Result<qint64> LinkStore::count()
{
    auto value = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM links"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace foothold

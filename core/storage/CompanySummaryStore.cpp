#include "core/storage/CompanySummaryStore.h"

#include "core/storage/SqlSupport.h"

#include <algorithm>

namespace foothold {
namespace {

// The stages that end an application, bound as parameters of "stage <> ? AND …" (four of them).
QVariantList finalStageKeys()
{
    QVariantList keys;
    for (const auto stage : allValues<ApplicationStage>())
        if (isTerminal(stage))
            keys << toKey(stage);
    return keys;
}

QString notFinal(const QString &column, qsizetype count)
{
    QStringList parts;
    for (qsizetype i = 0; i < count; ++i)
        parts << column + QStringLiteral(" <> ?");
    return parts.join(QStringLiteral(" AND "));
}

} // namespace

QList<CompanySummary> CompanySummaryStore::summaries(const QList<CompanyId> &ids)
{
    QList<CompanySummary> out;
    QString where;
    QString counts;
    const QVariantList finals = finalStageKeys();
    QVariantList values;
    if (ids.isEmpty()) {
        counts = QStringLiteral("0, 0, 0"); // every company: from counts(), grouped in bulk
    } else {
        where = QStringLiteral(" WHERE c.id ") + QLatin1String(sql::kInIdArray);
        // A few companies: probes of the company indexes of contacts and applications.
        counts = QStringLiteral("(SELECT count(*) FROM contacts WHERE company_id = c.id), "
                                "(SELECT count(*) FROM applications WHERE company_id = c.id), "
                                "(SELECT count(*) FROM applications WHERE company_id = c.id AND %1)")
                     .arg(notFinal(QStringLiteral("stage"), finals.size()));
        values = finals;
        values << sql::idArray(ids); // the WHERE comes after the counts' parameters
    }
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT c.id, c.name, c.website, c.industry, c.size, c.location, "
                                             "(SELECT group_concat(value, char(31)) FROM json_each(c.tech_stack)), c.priority, "
                                             "c.sample, (SELECT group_concat(alias, char(31)) FROM company_aliases WHERE company_id = c.id), "
                                             "%1 FROM companies c%2")
                                  .arg(counts, where));
    if (!query || !sql::exec(*query, values))
        return out;
    const QHash<qint64, CompanyCounts> all = ids.isEmpty() ? this->counts() : QHash<qint64, CompanyCounts>();
    const QString separator(QChar(31)); // joins list values in one column: never typed by anyone
    while (query->next()) {
        CompanySummary s;
        s.id = CompanyId(query->value(0).toLongLong());
        s.name = query->value(1).toString();
        s.website = query->value(2).toString();
        s.industry = query->value(3).toString();
        s.size = query->value(4).toString();
        s.location = query->value(5).toString();
        // The stack comes joined by SQLite's JSON functions: no JSON parse per row here.
        if (const QString stack = query->value(6).toString(); !stack.isEmpty())
            s.techStack = stack.split(separator);
        s.priority = static_cast<CompanyPriority>(std::clamp(query->value(7).toInt(), 0, 3));
        s.sample = query->value(8).toBool();
        const QString aliases = query->value(9).toString();
        if (!aliases.isEmpty()) {
            s.aliases = aliases.split(separator);
            s.aliases.sort(Qt::CaseInsensitive);
        }
        if (ids.isEmpty()) {
            s.counts = all.value(s.id.value);
        } else {
            s.counts.people = query->value(10).toInt();
            s.counts.applications = query->value(11).toInt();
            s.counts.openApplications = query->value(12).toInt();
        }
        out << s;
    }
    return out;
}

QHash<qint64, CompanyCounts> CompanySummaryStore::counts()
{
    QHash<qint64, CompanyCounts> out;
    // Counted from the company index alone: no contact row is read.
    auto people = sql::prepare(m_db.connection(),
                               QStringLiteral("SELECT company_id, count(*) FROM contacts WHERE company_id IS NOT NULL GROUP BY company_id"));
    if (people && sql::exec(*people))
        while (people->next())
            out[people->value(0).toLongLong()].people = people->value(1).toInt();
    const QVariantList finals = finalStageKeys();
    auto applications = sql::prepare(m_db.connection(),
                                     QStringLiteral("SELECT company_id, count(*), sum(%1) FROM applications GROUP BY company_id")
                                         .arg(notFinal(QStringLiteral("stage"), finals.size())));
    if (applications && sql::exec(*applications, finals))
        while (applications->next()) {
            CompanyCounts &c = out[applications->value(0).toLongLong()];
            c.applications = applications->value(1).toInt();
            c.openApplications = applications->value(2).toInt();
        }
    return out;
}

QHash<qint64, int> CompanySummaryStore::prospectCounts()
{
    QHash<qint64, int> out;
    // One sequential scan: reading `prospect` through the company index would visit every
    // contact row in index order, several times slower on 100,000 contacts.
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT company_id, count(*) FROM contacts NOT INDEXED "
                                             "WHERE prospect = 1 AND company_id IS NOT NULL GROUP BY company_id"));
    if (query && sql::exec(*query))
        while (query->next())
            out.insert(query->value(0).toLongLong(), query->value(1).toInt());
    return out;
}

QList<FormerEmployee> CompanySummaryStore::formerEmployees(CompanyId company, int limit)
{
    QList<FormerEmployee> out;
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT p.contact_id, p.title, p.from_date, p.to_date FROM contact_positions p "
                                             "JOIN contacts c ON c.id = p.contact_id "
                                             "WHERE p.company_id = ? AND (c.company_id IS NULL OR c.company_id <> ?) "
                                             "ORDER BY c.name COLLATE NOCASE, c.id, p.position LIMIT ?"));
    if (!query || !sql::exec(*query, {company.value, company.value, limit}))
        return out;
    while (query->next()) {
        const ContactId contact(query->value(0).toLongLong());
        // One line per person: a second position at the same company adds nothing to the list.
        if (!out.isEmpty() && out.constLast().contact == contact)
            continue;
        out.append({contact, query->value(1).toString(), sql::toDate(query->value(2)), sql::toDate(query->value(3))});
    }
    return out;
}

QList<CompanyAtEvent> CompanySummaryStore::events(CompanyId company)
{
    QList<CompanyAtEvent> out;
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT ec.event_id, ec.role, e.start_utc FROM event_companies ec "
                                             "JOIN events e ON e.id = ec.event_id WHERE ec.company_id = ? "
                                             "ORDER BY e.start_utc DESC, e.id"));
    if (!query || !sql::exec(*query, {company.value}))
        return out;
    while (query->next())
        out.append({EventId(query->value(0).toLongLong()),
                    fromKey<EventCompanyRole>(query->value(1).toString()).value_or(EventCompanyRole::Attending),
                    sql::toDateTime(query->value(2))});
    return out;
}

} // namespace foothold

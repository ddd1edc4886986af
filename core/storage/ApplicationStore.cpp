#include "core/storage/ApplicationStore.h"

#include "core/domain/Validation.h"
#include "core/storage/SqlSupport.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApplicationStore", text);
}

const QString kColumns = QStringLiteral(
    "id, company_id, role, posting_url, source, referrer_id, event_id, stage, salary_min, salary_max, salary_currency, "
    "location, next_action, next_action_date, notes, sample, created_at, updated_at");

JobApplication fromRow(const QSqlQuery &q)
{
    JobApplication a;
    a.id = ApplicationId(q.value(0).toLongLong());
    a.company = CompanyId(q.value(1).toLongLong());
    a.role = q.value(2).toString();
    a.postingUrl = q.value(3).toString();
    a.source = fromKey<ApplicationSource>(q.value(4).toString()).value_or(ApplicationSource::Other);
    a.referrer = ContactId(q.value(5).toLongLong());
    a.event = EventId(q.value(6).toLongLong());
    a.stage = fromKey<ApplicationStage>(q.value(7).toString()).value_or(ApplicationStage::Saved);
    a.salaryMin = sql::toOptionalInt(q.value(8));
    a.salaryMax = sql::toOptionalInt(q.value(9));
    a.salaryCurrency = q.value(10).toString();
    a.location = q.value(11).toString();
    a.nextAction = q.value(12).toString();
    a.nextActionDate = sql::toDate(q.value(13));
    a.notes = q.value(14).toString();
    a.sample = q.value(15).toBool();
    a.createdAt = sql::toDateTime(q.value(16));
    a.updatedAt = sql::toDateTime(q.value(17));
    return a;
}

QVariantList rowValues(const JobApplication &a)
{
    return {a.company.value, a.role.simplified(), sql::fromText(a.postingUrl), toKey(a.source), sql::fromId(a.referrer.value),
            sql::fromId(a.event.value), toKey(a.stage), sql::fromOptional(a.salaryMin), sql::fromOptional(a.salaryMax),
            sql::fromText(a.salaryCurrency), sql::fromText(a.location), sql::fromText(a.nextAction),
            sql::fromDate(a.nextActionDate), sql::fromText(a.notes), int(a.sample)};
}

} // namespace

Status ApplicationStore::writeChildren(const JobApplication &a, bool replacing)
{
    auto &db = m_db.connection();
    const qint64 id = a.id.value;
    if (replacing) {
        // Interviewers go with their rounds (ON DELETE CASCADE).
        for (const char *table : {"application_stages", "interview_rounds"})
            if (auto s = sql::run(db, QStringLiteral("DELETE FROM %1 WHERE application_id = ?").arg(QLatin1String(table)), {id}); !s)
                return s;
    }
    for (qsizetype i = 0; i < a.history.size(); ++i) {
        const StageChange &c = a.history.at(i);
        if (auto s = sql::run(db, QStringLiteral("INSERT INTO application_stages(application_id, position, stage, date, note) VALUES (?, ?, ?, ?, ?)"),
                              {id, int(i), toKey(c.stage), sql::fromDate(c.date), sql::fromText(c.note)});
            !s)
            return s;
    }
    for (qsizetype i = 0; i < a.rounds.size(); ++i) {
        const InterviewRound &r = a.rounds.at(i);
        auto query = sql::prepare(db, QStringLiteral("INSERT INTO interview_rounds(application_id, position, name, at_utc, duration_minutes, "
                                                     "notes, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {id, int(i), sql::fromText(r.name), sql::fromDateTime(r.at), r.durationMinutes,
                                        sql::fromText(r.notes), sql::fromText(r.outcome)});
            !s)
            return s;
        const qint64 roundId = query->lastInsertId().toLongLong();
        for (const ContactId interviewer : r.interviewers)
            if (auto s = sql::run(db, QStringLiteral("INSERT OR IGNORE INTO round_interviewers(round_id, contact_id) VALUES (?, ?)"),
                                  {roundId, interviewer.value});
                !s)
                return s;
    }
    return {};
}

Result<ApplicationId> ApplicationStore::insert(JobApplication application)
{
    if (application.history.isEmpty())
        application.history.append({application.stage, m_clock.today(), {}});
    if (auto status = firstError(validate(application)); !status)
        return status.error();
    Status status = m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("INSERT INTO applications(id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(kColumns.mid(4)));
        if (!query)
            return query.error();
        const QString now = sql::isoUtc(m_clock.nowUtc());
        QVariantList values = rowValues(application);
        values.prepend(sql::fromId(application.id.value));
        values << (application.createdAt.isValid() ? sql::isoUtc(application.createdAt) : now) << now;
        if (auto s = sql::exec(*query, values); !s)
            return s;
        application.id = ApplicationId(query->lastInsertId().toLongLong());
        if (auto s = writeChildren(application, false); !s)
            return s;
        m_db.recordChange({Entity::Application, ChangeKind::Inserted, application.id.value, {}});
        return {};
    });
    if (!status)
        return status.error();
    return application.id;
}

Status ApplicationStore::update(const JobApplication &application)
{
    if (!application.id.isValid())
        return Error::notFound(tr("the application has no id"));
    if (auto status = firstError(validate(application)); !status)
        return status;
    return m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("UPDATE applications SET company_id = ?, role = ?, posting_url = ?, source = ?, referrer_id = ?, "
                                                 "event_id = ?, stage = ?, salary_min = ?, salary_max = ?, salary_currency = ?, location = ?, "
                                                 "next_action = ?, next_action_date = ?, notes = ?, sample = ?, updated_at = ? WHERE id = ?"));
        if (!query)
            return query.error();
        QVariantList values = rowValues(application);
        values << sql::isoUtc(m_clock.nowUtc()) << application.id.value;
        if (auto s = sql::exec(*query, values); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("application %1 does not exist").arg(application.id.value));
        if (auto s = writeChildren(application, true); !s)
            return s;
        m_db.recordChange({Entity::Application, ChangeKind::Updated, application.id.value, {}});
        return {};
    });
}

Status ApplicationStore::moveTo(ApplicationId id, ApplicationStage stage, QDate date, const QString &note)
{
    auto application = get(id);
    if (!application)
        return application.error();
    application->moveTo(stage, date.isValid() ? date : m_clock.today(), note);
    return update(*application);
}

Status ApplicationStore::remove(ApplicationId id)
{
    return m_db.transaction([&]() -> Status {
        for (const auto &[entity, kind, statement] :
             {std::tuple{Entity::FollowUp, ChangeKind::Removed, "SELECT id FROM follow_ups WHERE application_id = ?"},
              std::tuple{Entity::Conversation, ChangeKind::Updated, "SELECT id FROM conversations WHERE application_id = ?"}}) {
            auto query = sql::prepare(m_db.connection(), QString::fromLatin1(statement));
            if (!query)
                return query.error();
            if (auto s = sql::exec(*query, {id.value}); !s)
                return s;
            while (query->next())
                m_db.recordChange({entity, kind, query->value(0).toLongLong(), {}});
        }
        auto removed = sql::deleteRow(m_db.connection(), QStringLiteral("applications"), id.value);
        if (!removed)
            return removed.error();
        if (!*removed)
            return Error::notFound(tr("application %1 does not exist").arg(id.value));
        m_db.recordChange({Entity::Application, ChangeKind::Removed, id.value, {}});
        return {};
    });
}

void ApplicationStore::loadChildren(QList<JobApplication> &applications, qint64 onlyId)
{
    if (applications.isEmpty())
        return;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < applications.size(); ++i)
        index.insert(applications.at(i).id.value, i);
    auto &db = m_db.connection();
    // Children of one or a few applications are read by id; of many, in one pass over each table.
    constexpr qsizetype kById = 64;
    QString filter;
    QVariantList filterValues;
    if (onlyId > 0) {
        filter = QStringLiteral(" WHERE application_id = ?");
        filterValues << onlyId;
    } else if (applications.size() <= kById) {
        QList<qint64> ids;
        for (const auto &application : std::as_const(applications))
            ids << application.id.value;
        filter = QStringLiteral(" WHERE application_id ") + QLatin1String(sql::kInIdArray);
        filterValues << sql::idArray(ids);
    }

    auto stages = sql::prepare(db, QStringLiteral("SELECT application_id, stage, date, note FROM application_stages%1 "
                                                  "ORDER BY application_id, position").arg(filter));
    if (stages && sql::exec(*stages, filterValues))
        while (stages->next())
            if (auto it = index.constFind(stages->value(0).toLongLong()); it != index.constEnd())
                applications[*it].history.append({fromKey<ApplicationStage>(stages->value(1).toString()).value_or(ApplicationStage::Saved),
                                                  sql::toDate(stages->value(2)), stages->value(3).toString()});

    QHash<qint64, QPair<qsizetype, qsizetype>> rounds; // round id -> (application index, round index)
    auto roundQuery = sql::prepare(db, QStringLiteral("SELECT application_id, id, name, at_utc, duration_minutes, notes, outcome "
                                                      "FROM interview_rounds%1 ORDER BY application_id, position").arg(filter));
    if (roundQuery && sql::exec(*roundQuery, filterValues))
        while (roundQuery->next())
            if (auto it = index.constFind(roundQuery->value(0).toLongLong()); it != index.constEnd()) {
                auto &list = applications[*it].rounds;
                rounds.insert(roundQuery->value(1).toLongLong(), {*it, list.size()});
                list.append({roundQuery->value(2).toString(), sql::toDateTime(roundQuery->value(3)), roundQuery->value(4).toInt(),
                             {}, roundQuery->value(5).toString(), roundQuery->value(6).toString()});
            }
    if (rounds.isEmpty())
        return;
    QString roundFilter;
    QVariantList roundValues;
    if (rounds.size() <= kById) {
        roundFilter = QStringLiteral(" WHERE round_id ") + QLatin1String(sql::kInIdArray);
        roundValues << sql::idArray(rounds.keys());
    }
    auto interviewers = sql::prepare(
        db, QStringLiteral("SELECT round_id, contact_id FROM round_interviewers%1 ORDER BY round_id, contact_id").arg(roundFilter));
    if (interviewers && sql::exec(*interviewers, roundValues))
        while (interviewers->next())
            if (auto it = rounds.constFind(interviewers->value(0).toLongLong()); it != rounds.constEnd())
                applications[it->first].rounds[it->second].interviewers << ContactId(interviewers->value(1).toLongLong());
}

Result<JobApplication> ApplicationStore::get(ApplicationId id)
{
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT %1 FROM applications WHERE id = ?").arg(kColumns));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query, {id.value}); !s)
        return s.error();
    if (!query->next())
        return Error::notFound(tr("application %1 does not exist").arg(id.value));
    QList<JobApplication> one{fromRow(*query)};
    query->finish();
    loadChildren(one, id.value);
    return one.first();
}

QList<JobApplication> ApplicationStore::list(const ApplicationQuery &filter)
{
    sql::Filter where;
    if (!filter.search.trimmed().isEmpty()) {
        where.add(QStringLiteral("role LIKE %1 ESCAPE '\\' OR location LIKE %1 ESCAPE '\\' OR notes LIKE %1 ESCAPE '\\' OR "
                  "company_id IN (SELECT id FROM companies WHERE name LIKE %1 ESCAPE '\\')"),
                  sql::likeContains(filter.search.trimmed()));
    }
    if (filter.company.isValid())
        where.add(QStringLiteral("company_id = %1"), filter.company.value);
    if (filter.stage)
        where.add(QStringLiteral("stage = %1"), toKey(*filter.stage));
    if (filter.source)
        where.add(QStringLiteral("source = %1"), toKey(*filter.source));
    if (!filter.includeSample)
        where.add(QStringLiteral("sample = 0"));
    if (filter.involving.isValid()) {
        where.add(QStringLiteral("referrer_id = %1 OR id IN (SELECT r.application_id FROM interview_rounds r JOIN round_interviewers i "
                                 "ON i.round_id = r.id WHERE i.contact_id = %1)"),
                  filter.involving.value);
    }
    QList<JobApplication> out;
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT %1 FROM applications%2 ORDER BY updated_at DESC, id DESC").arg(kColumns, where.where()));
    if (!query || !sql::exec(*query, where.values()))
        return out;
    while (query->next())
        out << fromRow(*query);
    query->finish();
    loadChildren(out, 0);
    return out;
}

Result<qint64> ApplicationStore::count()
{
    return sql::countRows(m_db.connection(), QStringLiteral("applications"));
}

} // namespace foothold

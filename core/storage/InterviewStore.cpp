#include "core/storage/InterviewStore.h"

#include "core/domain/Validation.h"
#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InterviewStore", text);
}

const QString kColumns = QStringLiteral(
    "id, contact_id, company_id, stage, requested_on, scheduled_at, done_on, thanked_on, conversation_id, questions, "
    "insights, fit, notes, sample, created_at, updated_at");

QString questionsToJson(const QList<PlannedQuestion> &questions)
{
    QJsonArray array;
    for (const auto &q : questions)
        array.append(QJsonObject{{QStringLiteral("question"), q.question}, {QStringLiteral("answer"), q.answer}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<PlannedQuestion> questionsFromJson(const QString &json)
{
    QList<PlannedQuestion> out;
    for (const auto &item : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = item.toObject();
        out.append({o.value(QLatin1String("question")).toString(), o.value(QLatin1String("answer")).toString()});
    }
    return out;
}

InformationalInterview fromRow(const QSqlQuery &q)
{
    InformationalInterview i;
    i.id = InterviewId(q.value(0).toLongLong());
    i.contact = ContactId(q.value(1).toLongLong());
    i.company = CompanyId(q.value(2).toLongLong());
    i.stage = fromKey<InterviewStage>(q.value(3).toString()).value_or(InterviewStage::ToRequest);
    i.requestedOn = sql::toDate(q.value(4));
    i.scheduledAt = sql::toDateTime(q.value(5));
    i.doneOn = sql::toDate(q.value(6));
    i.thankedOn = sql::toDate(q.value(7));
    i.conversation = ConversationId(q.value(8).toLongLong());
    i.questions = questionsFromJson(q.value(9).toString());
    i.insights = q.value(10).toString();
    i.fit = fromKey<FitDecision>(q.value(11).toString()).value_or(FitDecision::Undecided);
    i.notes = q.value(12).toString();
    i.sample = q.value(13).toBool();
    i.createdAt = sql::toDateTime(q.value(14));
    i.updatedAt = sql::toDateTime(q.value(15));
    return i;
}

QVariantList rowValues(const InformationalInterview &i)
{
    return {i.contact.value, sql::fromId(i.company.value), toKey(i.stage), sql::fromDate(i.requestedOn),
            sql::fromDateTime(i.scheduledAt), sql::fromDate(i.doneOn), sql::fromDate(i.thankedOn),
            sql::fromId(i.conversation.value), questionsToJson(i.questions), sql::fromText(i.insights), toKey(i.fit),
            sql::fromText(i.notes), int(i.sample)};
}

} // namespace

Result<InterviewId> InterviewStore::insert(InformationalInterview interview)
{
    if (auto status = firstError(validate(interview)); !status)
        return status.error();
    Status status = m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("INSERT INTO informational_interviews(id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(kColumns.mid(4)));
        if (!query)
            return query.error();
        const QString now = sql::isoUtc(m_clock.nowUtc());
        QVariantList values = rowValues(interview);
        values.prepend(sql::fromId(interview.id.value));
        values << (interview.createdAt.isValid() ? sql::isoUtc(interview.createdAt) : now) << now;
        if (auto s = sql::exec(*query, values); !s)
            return s;
        interview.id = InterviewId(query->lastInsertId().toLongLong());
        m_db.recordChange({Entity::InformationalInterview, ChangeKind::Inserted, interview.id.value, {}});
        return {};
    });
    if (!status)
        return status.error();
    return interview.id;
}

Status InterviewStore::update(const InformationalInterview &interview)
{
    if (!interview.id.isValid())
        return Error::notFound(tr("the informational interview has no id"));
    if (auto status = firstError(validate(interview)); !status)
        return status;
    return m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("UPDATE informational_interviews SET contact_id = ?, company_id = ?, stage = ?, requested_on = ?, "
                                                 "scheduled_at = ?, done_on = ?, thanked_on = ?, conversation_id = ?, questions = ?, "
                                                 "insights = ?, fit = ?, notes = ?, sample = ?, updated_at = ? WHERE id = ?"));
        if (!query)
            return query.error();
        QVariantList values = rowValues(interview);
        values << sql::isoUtc(m_clock.nowUtc()) << interview.id.value;
        if (auto s = sql::exec(*query, values); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("informational interview %1 does not exist").arg(interview.id.value));
        m_db.recordChange({Entity::InformationalInterview, ChangeKind::Updated, interview.id.value, {}});
        return {};
    });
}

Status InterviewStore::remove(InterviewId id)
{
    return m_db.transaction([&]() -> Status {
        auto removed = sql::deleteRow(m_db.connection(), QStringLiteral("informational_interviews"), id.value);
        if (!removed)
            return removed.error();
        if (!*removed)
            return Error::notFound(tr("informational interview %1 does not exist").arg(id.value));
        m_db.recordChange({Entity::InformationalInterview, ChangeKind::Removed, id.value, {}});
        return {};
    });
}

Result<InformationalInterview> InterviewStore::get(InterviewId id)
{
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT %1 FROM informational_interviews WHERE id = ?").arg(kColumns));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query, {id.value}); !s)
        return s.error();
    if (!query->next())
        return Error::notFound(tr("informational interview %1 does not exist").arg(id.value));
    return fromRow(*query);
}

QList<InformationalInterview> InterviewStore::list(const InterviewQuery &filter)
{
    sql::Filter where;
    if (!filter.search.trimmed().isEmpty()) {
        where.add(QStringLiteral("i.insights LIKE %1 ESCAPE '\\' OR i.notes LIKE %1 ESCAPE '\\' OR i.questions LIKE %1 ESCAPE "
                  "'\\' OR i.contact_id IN (SELECT id FROM contacts WHERE name LIKE %1 ESCAPE '\\')"),
                  sql::likeContains(filter.search.trimmed()));
    }
    if (filter.contact.isValid())
        where.add(QStringLiteral("i.contact_id = %1"), filter.contact.value);
    if (filter.stage)
        where.add(QStringLiteral("i.stage = %1"), toKey(*filter.stage));
    if (!filter.includeSample)
        where.add(QStringLiteral("i.sample = 0"));
    QList<InformationalInterview> out;
    QString columns = kColumns;
    columns.replace(QStringLiteral(", "), QStringLiteral(", i.")).prepend(QStringLiteral("i."));
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT %1 FROM informational_interviews i%2 ORDER BY i.updated_at DESC, i.id DESC")
                                  .arg(columns, where.where()));
    if (!query || !sql::exec(*query, where.values()))
        return out;
    while (query->next())
        out << fromRow(*query);
    return out;
}

Result<qint64> InterviewStore::count()
{
    return sql::countRows(m_db.connection(), QStringLiteral("informational_interviews"));
}

QList<BankQuestion> QuestionBankStore::list()
{
    QList<BankQuestion> out;
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT id, text, category, position FROM question_bank ORDER BY position, id"));
    if (!query || !sql::exec(*query))
        return out;
    while (query->next())
        out.append({QuestionId(query->value(0).toLongLong()), query->value(1).toString(), query->value(2).toString(),
                    query->value(3).toInt()});
    return out;
}

Result<QuestionId> QuestionBankStore::insert(BankQuestion question)
{
    if (question.text.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("text"), tr("is required"));
    QuestionId id;
    Status status = m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("INSERT INTO question_bank(id, text, category, position) VALUES (?, ?, ?, "
                                                 "coalesce(?, (SELECT coalesce(max(position), 0) + 1 FROM question_bank)))"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {sql::fromId(question.id.value), question.text.trimmed(), sql::fromText(question.category),
                                        question.position > 0 ? QVariant(question.position) : QVariant(QMetaType(QMetaType::Int))});
            !s) {
            if (s.error().code == Error::Code::Conflict)
                return Error{Error::Code::Conflict, tr("the question is already in the bank"), QStringLiteral("text"), {}};
            return s;
        }
        id = QuestionId(query->lastInsertId().toLongLong());
        m_db.recordChange({Entity::Question, ChangeKind::Inserted, id.value, {}});
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Status QuestionBankStore::update(const BankQuestion &question)
{
    if (question.text.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("text"), tr("is required"));
    return m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(), QStringLiteral("UPDATE question_bank SET text = ?, category = ?, position = ? WHERE id = ?"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {question.text.trimmed(), sql::fromText(question.category), question.position, question.id.value}); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("question %1 does not exist").arg(question.id.value));
        m_db.recordChange({Entity::Question, ChangeKind::Updated, question.id.value, {}});
        return {};
    });
}

Status QuestionBankStore::remove(QuestionId id)
{
    return m_db.transaction([&]() -> Status {
        auto removed = sql::deleteRow(m_db.connection(), QStringLiteral("question_bank"), id.value);
        if (!removed)
            return removed.error();
        if (!*removed)
            return Error::notFound(tr("question %1 does not exist").arg(id.value));
        m_db.recordChange({Entity::Question, ChangeKind::Removed, id.value, {}});
        return {};
    });
}

} // namespace foothold

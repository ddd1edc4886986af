#include "core/formats/RecordJson.h"
#include "core/services/Export.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/InterviewStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace foothold {
namespace {

// A JSON value as one spreadsheet cell.
QString cell(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject o = item.toObject();
            if (item.isObject() && o.contains(QLatin1String("value")) && o.size() <= 2) {
                const QString type = o.value(QLatin1String("type")).toString();
                parts << (type.isEmpty() ? o.value(QLatin1String("value")).toString()
                                         : QStringLiteral("%1 (%2)").arg(o.value(QLatin1String("value")).toString(), type));
            } else if (item.isObject() || item.isArray()) {
                parts << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            } else {
                parts << cell(item);
            }
        }
        return parts.join(QStringLiteral("; "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

struct Table {
    QStringList columns;
    QList<QJsonObject> rows;
};

QString names(const QList<ContactId> &ids, const QHash<qint64, QString> &all)
{
    QStringList out;
    for (const ContactId id : ids)
        out << all.value(id.value);
    return out.join(QStringLiteral("; "));
}

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out << QString::fromLatin1(name);
    return out;
}

Table contactsTable(Database &db)
{
    Table t{columns({"id", "name", "headline", "company", "emails", "phones", "urls", "addresses", "location", "channel", "role", "tags",
                     "connected_on", "met_at", "introduced_by", "cadence_days", "strength_override", "prospect", "birthday", "notes",
                     "history", "created_at", "updated_at"}),
            {}};
    ContactStore contacts(db);
    const auto companies = CompanyStore(db).allNames();
    const auto people = contacts.allNames();
    QHash<qint64, QString> events;
    for (const Event &e : EventStore(db).list())
        events.insert(e.id.value, e.name);
    for (const Contact &listed : contacts.list()) {
        auto full = contacts.get(listed.id); // with the history
        const Contact &c = full ? *full : listed;
        QJsonObject o = json::toJson(c);
        o.insert(QStringLiteral("company"), companies.value(c.company.value));
        o.insert(QStringLiteral("met_at"), events.value(c.metAt.value));
        o.insert(QStringLiteral("introduced_by"), people.value(c.introducedBy.value));
        t.rows << o;
    }
    return t;
}

Table companiesTable(Database &db)
{
    Table t{columns({"id", "name", "aliases", "website", "industry", "size", "location", "tech_stack", "culture", "priority", "notes",
                     "created_at", "updated_at"}),
            {}};
    for (const Company &c : CompanyStore(db).list())
        t.rows << json::toJson(c);
    return t;
}

Table eventsTable(Database &db)
{
    Table t{columns({"id", "name", "kind", "status", "start", "end", "time_zone", "all_day", "location", "url", "tags", "goals",
                     "goal_contacts", "goal_conversations", "goal_interviews", "outcome", "costs", "companies", "people", "notes",
                     "created_at", "updated_at"}),
            {}};
    const auto companies = CompanyStore(db).allNames();
    const auto people = ContactStore(db).allNames();
    for (const Event &e : EventStore(db).list()) {
        QJsonObject o = json::toJson(e);
        QStringList costs, expectedCompanies, expectedPeople;
        for (const EventCost &c : e.costs)
            costs << QStringLiteral("%1 %2 %3").arg(toKey(c.category), QString::number(double(c.amountMinor) / 100.0, 'f', 2), c.currency);
        for (const EventCompany &c : e.companies)
            expectedCompanies << QStringLiteral("%1 (%2)").arg(companies.value(c.company.value), toKey(c.role));
        for (const EventPerson &p : e.people)
            expectedPeople << QStringLiteral("%1 (%2)").arg(people.value(p.contact.value), toKey(p.role));
        o.insert(QStringLiteral("costs"), costs.join(QStringLiteral("; ")));
        o.insert(QStringLiteral("companies"), expectedCompanies.join(QStringLiteral("; ")));
        o.insert(QStringLiteral("people"), expectedPeople.join(QStringLiteral("; ")));
        t.rows << o;
    }
    return t;
}

Table conversationsTable(Database &db)
{
    Table t{columns({"id", "when", "kind", "channel", "contacts", "duration_minutes", "talk_source", "my_share", "my_seconds",
                     "their_seconds", "questions_me", "questions_them", "longest_monologue_s", "switches_per_min", "notes",
                     "next_step", "event", "application_id", "created_at", "updated_at"}),
            {}};
    const auto people = ContactStore(db).allNames();
    QHash<qint64, QString> events;
    for (const Event &e : EventStore(db).list())
        events.insert(e.id.value, e.name);
    for (const Conversation &c : ConversationStore(db).list()) {
        QJsonObject o = json::toJson(c);
        o.insert(QStringLiteral("contacts"), names(c.contacts, people));
        o.insert(QStringLiteral("event"), events.value(c.event.value));
        t.rows << o;
    }
    return t;
}

Table applicationsTable(Database &db)
{
    Table t{columns({"id", "company", "role", "stage", "source", "referrer", "event", "posting_url", "history", "rounds", "salary_min",
                     "salary_max", "salary_currency", "location", "next_action", "next_action_date", "notes", "created_at",
                     "updated_at"}),
            {}};
    const auto companies = CompanyStore(db).allNames();
    const auto people = ContactStore(db).allNames();
    QHash<qint64, QString> events;
    for (const Event &e : EventStore(db).list())
        events.insert(e.id.value, e.name);
    for (const JobApplication &a : ApplicationStore(db).list()) {
        QJsonObject o = json::toJson(a);
        QStringList history, rounds;
        for (const StageChange &h : a.history)
            history << QStringLiteral("%1 %2").arg(h.date.toString(Qt::ISODate), toKey(h.stage));
        for (const InterviewRound &r : a.rounds)
            rounds << QStringLiteral("%1 %2 (%3)").arg(r.name, r.at.isValid() ? r.at.toUTC().toString(Qt::ISODate) : QString(),
                                                       names(r.interviewers, people).replace(QStringLiteral("; "), QStringLiteral(", ")));
        o.insert(QStringLiteral("company"), companies.value(a.company.value));
        o.insert(QStringLiteral("referrer"), people.value(a.referrer.value));
        o.insert(QStringLiteral("event"), events.value(a.event.value));
        o.insert(QStringLiteral("history"), history.join(QStringLiteral("; ")));
        o.insert(QStringLiteral("rounds"), rounds.join(QStringLiteral("; ")));
        t.rows << o;
    }
    return t;
}

Table followUpsTable(Database &db)
{
    Table t{columns({"id", "title", "due", "done_at", "contact", "event", "conversation_id", "application_id", "origin", "rule_key",
                     "notes", "created_at", "updated_at"}),
            {}};
    const auto people = ContactStore(db).allNames();
    QHash<qint64, QString> events;
    for (const Event &e : EventStore(db).list())
        events.insert(e.id.value, e.name);
    for (const FollowUp &f : FollowUpStore(db).list()) {
        QJsonObject o = json::toJson(f);
        o.insert(QStringLiteral("contact"), people.value(f.contact.value));
        o.insert(QStringLiteral("event"), events.value(f.event.value));
        t.rows << o;
    }
    return t;
}

Table interviewsTable(Database &db)
{
    Table t{columns({"id", "contact", "company", "stage", "requested_on", "scheduled_at", "done_on", "thanked_on", "conversation_id",
                     "questions", "insights", "fit", "notes", "created_at", "updated_at"}),
            {}};
    const auto companies = CompanyStore(db).allNames();
    const auto people = ContactStore(db).allNames();
    for (const InformationalInterview &i : InterviewStore(db).list()) {
        QJsonObject o = json::toJson(i);
        QStringList questions;
        for (const PlannedQuestion &q : i.questions)
            questions << (q.answer.isEmpty() ? q.question : QStringLiteral("%1 — %2").arg(q.question, q.answer));
        o.insert(QStringLiteral("contact"), people.value(i.contact.value));
        o.insert(QStringLiteral("company"), companies.value(i.company.value));
        o.insert(QStringLiteral("questions"), questions.join(QStringLiteral("; ")));
        t.rows << o;
    }
    return t;
}

struct Kind {
    const char *name;
    Table (*build)(Database &);
};

const Kind kKinds[] = {
    {"contacts", contactsTable},         {"companies", companiesTable},       {"events", eventsTable},
    {"conversations", conversationsTable}, {"applications", applicationsTable}, {"followups", followUpsTable},
    {"interviews", interviewsTable},
};

} // namespace

QStringList csvTables()
{
    QStringList out;
    for (const Kind &kind : kKinds)
        out << QString::fromLatin1(kind.name);
    return out;
}

Result<QByteArray> exportCsv(Database &db, const QString &table, const CsvWriteOptions &options)
{
    for (const Kind &kind : kKinds) {
        if (table != QLatin1String(kind.name))
            continue;
        const Table t = kind.build(db);
        CsvWriter writer(options);
        writer.writeRow(t.columns);
        for (const QJsonObject &row : t.rows) {
            QStringList cells;
            cells.reserve(t.columns.size());
            for (const QString &column : t.columns)
                cells << cell(row.value(column));
            writer.writeRow(cells);
        }
        return writer.data();
    }
    return Error::notFound(QCoreApplication::translate("Export", "no list called “%1” (one of: %2)")
                               .arg(table, csvTables().join(QStringLiteral(", "))));
}

} // namespace foothold

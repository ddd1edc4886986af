#include "core/formats/RecordJson.h"

#include "core/util/IsoTime.h"

#include <QJsonArray>

namespace foothold::json {
namespace {

QJsonArray typedValues(const TypedValues &values)
{
    QJsonArray array;
    for (const auto &v : values) {
        QJsonObject o{{QStringLiteral("value"), v.value}};
        o.insert(QStringLiteral("type"), v.type.isEmpty() ? QJsonValue() : QJsonValue(v.type));
        array.append(o);
    }
    return array;
}

template <typename T>
QJsonValue optionalValue(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QJsonArray idArray(const QList<ContactId> &ids)
{
    QJsonArray array;
    for (const auto id : ids)
        array.append(double(id.value));
    return array;
}

} // namespace

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue();
}

QJsonValue instantValue(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(isoUtc(when)) : QJsonValue();
}

QJsonValue idValue(qint64 id)
{
    return id > 0 ? QJsonValue(double(id)) : QJsonValue();
}

QJsonObject toJson(const Contact &c)
{
    QJsonArray history;
    for (const auto &p : c.history)
        history.append(QJsonObject{{QStringLiteral("company_id"), idValue(p.company.value)},
                                   {QStringLiteral("company_name"), p.companyName},
                                   {QStringLiteral("title"), p.title},
                                   {QStringLiteral("from"), dateValue(p.from)},
                                   {QStringLiteral("to"), dateValue(p.to)}});
    return {
        {QStringLiteral("id"), double(c.id.value)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("headline"), c.headline},
        {QStringLiteral("company_id"), idValue(c.company.value)},
        {QStringLiteral("emails"), typedValues(c.emails)},
        {QStringLiteral("phones"), typedValues(c.phones)},
        {QStringLiteral("urls"), typedValues(c.urls)},
        {QStringLiteral("addresses"), typedValues(c.addresses)},
        {QStringLiteral("location"), c.location},
        {QStringLiteral("channel"), toKey(c.channel)},
        {QStringLiteral("met_at_event_id"), idValue(c.metAt.value)},
        {QStringLiteral("introduced_by_id"), idValue(c.introducedBy.value)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("role"), toKey(c.role)},
        {QStringLiteral("connected_on"), dateValue(c.connectedOn)},
        {QStringLiteral("cadence_days"), c.cadenceDays},
        {QStringLiteral("strength_override"), optionalValue(c.strengthOverride)},
        {QStringLiteral("prospect"), c.prospect},
        {QStringLiteral("birthday"), dateValue(c.birthday)},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("history"), history},
        {QStringLiteral("sample"), c.sample},
        {QStringLiteral("created_at"), instantValue(c.createdAt)},
        {QStringLiteral("updated_at"), instantValue(c.updatedAt)},
    };
}

QJsonObject toJson(const Company &c)
{
    return {
        {QStringLiteral("id"), double(c.id.value)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(c.aliases)},
        {QStringLiteral("website"), c.website},
        {QStringLiteral("industry"), c.industry},
        {QStringLiteral("size"), c.size},
        {QStringLiteral("location"), c.location},
        {QStringLiteral("tech_stack"), QJsonArray::fromStringList(c.techStack)},
        {QStringLiteral("culture"), c.culture},
        {QStringLiteral("priority"), int(c.priority)},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("sample"), c.sample},
        {QStringLiteral("created_at"), instantValue(c.createdAt)},
        {QStringLiteral("updated_at"), instantValue(c.updatedAt)},
    };
}

QJsonObject toJson(const Link &l)
{
    return {
        {QStringLiteral("id"), double(l.id.value)},
        {QStringLiteral("from_id"), double(l.from.value)},
        {QStringLiteral("to_id"), double(l.to.value)},
        {QStringLiteral("kind"), toKey(l.kind)},
        {QStringLiteral("strength"), l.strength},
        {QStringLiteral("source"), toKey(l.source)},
        {QStringLiteral("since"), dateValue(l.since)},
        {QStringLiteral("dismissed"), l.dismissed},
        {QStringLiteral("note"), l.note},
        {QStringLiteral("sample"), l.sample},
    };
}

QJsonObject toJson(const Event &e)
{
    QJsonArray costs;
    for (const auto &c : e.costs)
        costs.append(QJsonObject{{QStringLiteral("category"), toKey(c.category)},
                                 {QStringLiteral("amount_minor"), double(c.amountMinor)},
                                 {QStringLiteral("currency"), c.currency},
                                 {QStringLiteral("rate"), c.rate},
                                 {QStringLiteral("note"), c.note}});
    QJsonArray companies;
    for (const auto &c : e.companies)
        companies.append(QJsonObject{{QStringLiteral("company_id"), double(c.company.value)},
                                     {QStringLiteral("role"), toKey(c.role)}});
    QJsonArray people;
    for (const auto &p : e.people)
        people.append(QJsonObject{{QStringLiteral("contact_id"), double(p.contact.value)},
                                  {QStringLiteral("role"), toKey(p.role)}});
    return {
        {QStringLiteral("id"), double(e.id.value)},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("kind"), toKey(e.kind)},
        {QStringLiteral("start"), instantValue(e.start)},
        {QStringLiteral("end"), instantValue(e.end)},
        {QStringLiteral("time_zone"), e.timeZone.isEmpty() ? QJsonValue() : QJsonValue(e.timeZone)},
        {QStringLiteral("all_day"), e.allDay},
        {QStringLiteral("location"), e.location},
        {QStringLiteral("url"), e.url},
        {QStringLiteral("status"), toKey(e.status)},
        {QStringLiteral("goals"), e.goals},
        {QStringLiteral("goal_contacts"), e.goalContacts},
        {QStringLiteral("goal_conversations"), e.goalConversations},
        {QStringLiteral("goal_interviews"), e.goalInterviews},
        {QStringLiteral("outcome"), e.outcome},
        {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
        {QStringLiteral("costs"), costs},
        {QStringLiteral("companies"), companies},
        {QStringLiteral("people"), people},
        {QStringLiteral("follow_up_rules"), e.followUpRules},
        {QStringLiteral("notes"), e.notes},
        {QStringLiteral("sample"), e.sample},
        {QStringLiteral("created_at"), instantValue(e.createdAt)},
        {QStringLiteral("updated_at"), instantValue(e.updatedAt)},
    };
}

QJsonObject toJson(const Conversation &c)
{
    return {
        {QStringLiteral("id"), double(c.id.value)},
        {QStringLiteral("when"), instantValue(c.when)},
        {QStringLiteral("channel"), toKey(c.channel)},
        {QStringLiteral("kind"), toKey(c.kind)},
        {QStringLiteral("contact_ids"), idArray(c.contacts)},
        {QStringLiteral("duration_minutes"), c.durationMinutes},
        {QStringLiteral("talk_source"), toKey(c.talk.source)},
        {QStringLiteral("my_share"), optionalValue(c.talk.myShare)},
        {QStringLiteral("my_seconds"), c.talk.mySeconds},
        {QStringLiteral("their_seconds"), c.talk.theirSeconds},
        {QStringLiteral("questions_me"), c.talk.questionsMe},
        {QStringLiteral("questions_them"), c.talk.questionsThem},
        {QStringLiteral("longest_monologue_s"), c.talk.longestMonologueSeconds},
        {QStringLiteral("switches_per_min"), c.talk.switchesPerMinute},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("next_step"), c.nextStep},
        {QStringLiteral("event_id"), idValue(c.event.value)},
        {QStringLiteral("application_id"), idValue(c.application.value)},
        {QStringLiteral("sample"), c.sample},
        {QStringLiteral("created_at"), instantValue(c.createdAt)},
        {QStringLiteral("updated_at"), instantValue(c.updatedAt)},
    };
}

QJsonObject toJson(const InformationalInterview &i)
{
    QJsonArray questions;
    for (const auto &q : i.questions)
        questions.append(QJsonObject{{QStringLiteral("question"), q.question}, {QStringLiteral("answer"), q.answer}});
    return {
        {QStringLiteral("id"), double(i.id.value)},
        {QStringLiteral("contact_id"), double(i.contact.value)},
        {QStringLiteral("company_id"), idValue(i.company.value)},
        {QStringLiteral("stage"), toKey(i.stage)},
        {QStringLiteral("requested_on"), dateValue(i.requestedOn)},
        {QStringLiteral("scheduled_at"), instantValue(i.scheduledAt)},
        {QStringLiteral("done_on"), dateValue(i.doneOn)},
        {QStringLiteral("thanked_on"), dateValue(i.thankedOn)},
        {QStringLiteral("conversation_id"), idValue(i.conversation.value)},
        {QStringLiteral("questions"), questions},
        {QStringLiteral("insights"), i.insights},
        {QStringLiteral("fit"), toKey(i.fit)},
        {QStringLiteral("notes"), i.notes},
        {QStringLiteral("sample"), i.sample},
        {QStringLiteral("created_at"), instantValue(i.createdAt)},
        {QStringLiteral("updated_at"), instantValue(i.updatedAt)},
    };
}

QJsonObject toJson(const JobApplication &a)
{
    QJsonArray history;
    for (const auto &h : a.history)
        history.append(QJsonObject{{QStringLiteral("stage"), toKey(h.stage)},
                                   {QStringLiteral("date"), dateValue(h.date)},
                                   {QStringLiteral("note"), h.note}});
    QJsonArray rounds;
    for (const auto &r : a.rounds)
        rounds.append(QJsonObject{{QStringLiteral("name"), r.name},
                                  {QStringLiteral("at"), instantValue(r.at)},
                                  {QStringLiteral("duration_minutes"), r.durationMinutes},
                                  {QStringLiteral("interviewer_ids"), idArray(r.interviewers)},
                                  {QStringLiteral("notes"), r.notes},
                                  {QStringLiteral("outcome"), r.outcome}});
    return {
        {QStringLiteral("id"), double(a.id.value)},
        {QStringLiteral("company_id"), double(a.company.value)},
        {QStringLiteral("role"), a.role},
        {QStringLiteral("posting_url"), a.postingUrl},
        {QStringLiteral("source"), toKey(a.source)},
        {QStringLiteral("referrer_id"), idValue(a.referrer.value)},
        {QStringLiteral("event_id"), idValue(a.event.value)},
        {QStringLiteral("stage"), toKey(a.stage)},
        {QStringLiteral("history"), history},
        {QStringLiteral("rounds"), rounds},
        {QStringLiteral("salary_min"), optionalValue(a.salaryMin)},
        {QStringLiteral("salary_max"), optionalValue(a.salaryMax)},
        {QStringLiteral("salary_currency"), a.salaryCurrency},
        {QStringLiteral("location"), a.location},
        {QStringLiteral("next_action"), a.nextAction},
        {QStringLiteral("next_action_date"), dateValue(a.nextActionDate)},
        {QStringLiteral("notes"), a.notes},
        {QStringLiteral("sample"), a.sample},
        {QStringLiteral("created_at"), instantValue(a.createdAt)},
        {QStringLiteral("updated_at"), instantValue(a.updatedAt)},
    };
}

QJsonObject toJson(const FollowUp &f)
{
    return {
        {QStringLiteral("id"), double(f.id.value)},
        {QStringLiteral("title"), f.title},
        {QStringLiteral("due"), dateValue(f.due)},
        {QStringLiteral("done_at"), instantValue(f.doneAt)},
        {QStringLiteral("contact_id"), idValue(f.contact.value)},
        {QStringLiteral("event_id"), idValue(f.event.value)},
        {QStringLiteral("conversation_id"), idValue(f.conversation.value)},
        {QStringLiteral("application_id"), idValue(f.application.value)},
        {QStringLiteral("origin"), toKey(f.origin)},
        {QStringLiteral("rule_key"), f.ruleKey.isEmpty() ? QJsonValue() : QJsonValue(f.ruleKey)},
        {QStringLiteral("notes"), f.notes},
        {QStringLiteral("sample"), f.sample},
        {QStringLiteral("created_at"), instantValue(f.createdAt)},
        {QStringLiteral("updated_at"), instantValue(f.updatedAt)},
    };
}

} // namespace foothold::json

#include "core/services/EventFollowUps.h"

#include "core/domain/TimeInput.h"
#include "core/storage/EventPlannerStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EventFollowUps", text);
}

// Within 48 hours of meeting: due two days after.
constexpr int kDueAfterDays = 2;

} // namespace

Result<int> EventFollowUps::apply(EventId eventId)
{
    int made = 0;
    Status status = m_db.transaction([&]() -> Status {
        auto event = EventStore(m_db, m_clock).get(eventId);
        if (!event)
            return event.error();
        if (!event->followUpRules)
            return {};
        const QTimeZone zone = event->timeZone.isEmpty() ? QTimeZone::utc() : zoneFromName(event->timeZone);
        const QDate firstDay = event->start.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
        EventPlannerStore planner(m_db);
        FollowUpStore followUps(m_db, m_clock);
        auto make = [&](const QString &key, const QString &title, ContactId contact, QDate met) -> Status {
            auto exists = planner.hasRuleKey(key);
            if (!exists)
                return exists.error();
            if (*exists)
                return {};
            FollowUp f;
            f.title = title;
            f.due = (met.isValid() ? met : firstDay).addDays(kDueAfterDays);
            f.contact = contact;
            f.event = eventId;
            f.origin = FollowUpOrigin::EventRule;
            f.ruleKey = key;
            auto id = followUps.insert(f);
            if (!id)
                return id.error();
            ++made;
            return {};
        };
        auto met = planner.peopleMetAt(eventId);
        if (!met)
            return met.error();
        for (const auto &p : *met)
            if (auto s = make(QStringLiteral("event:%1:follow-up:%2").arg(eventId.value).arg(p.contact.value),
                              tr("Follow up with %1 (met at %2)").arg(p.name, event->name), p.contact, p.date);
                !s)
                return s;
        auto speakers = planner.speakersTalkedTo(eventId);
        if (!speakers)
            return speakers.error();
        for (const auto &p : *speakers)
            if (auto s = make(QStringLiteral("event:%1:thank-speaker:%2").arg(eventId.value).arg(p.contact.value),
                              tr("Thank %1 for the talk at %2").arg(p.name, event->name), p.contact, p.date);
                !s)
                return s;
        return {};
    });
    if (!status)
        return status.error();
    return made;
}

Result<int> EventFollowUps::setEnabled(EventId eventId, bool enabled)
{
    int changed = 0;
    Status status = m_db.transaction([&]() -> Status {
        EventStore events(m_db, m_clock);
        auto event = events.get(eventId);
        if (!event)
            return event.error();
        if (event->followUpRules != enabled) {
            event->followUpRules = enabled;
            if (auto s = events.update(*event); !s)
                return s;
        }
        auto n = enabled ? apply(eventId) : EventPlannerStore(m_db).removeOpenRuleFollowUps(eventId);
        if (!n)
            return n.error();
        changed = *n;
        return {};
    });
    if (!status)
        return status.error();
    return changed;
}

} // namespace foothold

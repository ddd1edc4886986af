#include "core/services/QuickCapture.h"

#include "core/domain/AllDay.h"
#include "core/domain/TimeInput.h"
#include "core/services/EventFollowUps.h"
#include "core/services/LinkDerivation.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"

#include <QCoreApplication>

namespace foothold {

Result<CaptureResult> QuickCapture::capture(EventId eventId, const CapturedPerson &person)
{
    if (person.name.simplified().isEmpty())
        return Error::invalid(QStringLiteral("name"), QCoreApplication::translate("QuickCapture", "is required"));
    CaptureResult result;
    Status status = m_db.transaction([&]() -> Status {
        auto event = EventStore(m_db, m_clock).get(eventId);
        if (!event)
            return event.error();
        QTimeZone zone = event->timeZone.isEmpty() ? QTimeZone::utc() : zoneFromName(event->timeZone);
        if (!zone.isValid())
            zone = QTimeZone::utc();
        // An all-day event is dates (AllDay.h): "today" is the user's own, not UTC's.
        const QDate firstDay = firstDayIn(*event, zone);
        const QDate lastDay = lastDayIn(*event, zone);
        const QDate today = event->allDay ? m_clock.today() : m_clock.nowUtc().toTimeZone(zone).date();

        Contact contact;
        contact.name = person.name.simplified();
        contact.channel = Channel::Event;
        contact.metAt = eventId;
        contact.connectedOn = today >= firstDay && today <= lastDay ? today : firstDay;
        contact.notes = person.note.trimmed();
        if (!person.company.trimmed().isEmpty()) {
            auto company = CompanyStore(m_db, m_clock).findOrCreate(person.company.trimmed());
            if (!company)
                return Error{company.error().code, company.error().message, QStringLiteral("company"), {}};
            contact.company = *company;
        }
        auto id = ContactStore(m_db, m_clock).insert(contact);
        if (!id)
            return id.error();
        result.contact = *id;
        if (auto links = LinkDerivation(m_db).runFor(*id); !links)
            return links.error();
        auto made = EventFollowUps(m_db, m_clock).apply(eventId);
        if (!made)
            return made.error();
        result.followUpsMade = *made;
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

} // namespace foothold

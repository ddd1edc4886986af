#include "core/formats/ICalendarWriter.h"
#include "core/services/Export.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventSourceStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/InterviewStore.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Export", text);
}

} // namespace

Result<QByteArray> exportCalendar(Database &db, const Clock &clock)
{
    ICalendarWriter writer;
    EventSourceStore sources(db);
    for (const Event &e : EventStore(db).list()) {
        const QString uid = sources.uidOf(e.id);
        writer.addEvent(e, uid.isEmpty() ? QStringLiteral("foothold-event-%1@foothold").arg(e.id.value) : uid);
    }
    const auto companies = CompanyStore(db).allNames();
    const auto people = ContactStore(db).allNames();
    for (const JobApplication &a : ApplicationStore(db).list()) {
        for (qsizetype i = 0; i < a.rounds.size(); ++i) {
            const InterviewRound &round = a.rounds.at(i);
            if (!round.at.isValid())
                continue;
            QStringList interviewers;
            for (const ContactId id : round.interviewers)
                interviewers << people.value(id.value);
            QString description = tr("%1 at %2").arg(a.role, companies.value(a.company.value));
            if (!interviewers.isEmpty())
                description += QLatin1Char('\n') + tr("Interviewers: %1").arg(interviewers.join(QStringLiteral(", ")));
            if (!round.notes.isEmpty())
                description += QStringLiteral("\n\n") + round.notes;
            const QString name = round.name.isEmpty() ? tr("Interview") : round.name;
            writer.addAppointment({QStringLiteral("foothold-round-%1-%2@foothold").arg(a.id.value).arg(i),
                                   tr("%1: %2 at %3").arg(name, a.role, companies.value(a.company.value)), description, a.location,
                                   round.at, round.durationMinutes, QStringLiteral("interview-round")});
        }
    }
    for (const InformationalInterview &i : InterviewStore(db).list()) {
        if (!i.scheduledAt.isValid())
            continue;
        const QString company = companies.value(i.company.value);
        writer.addAppointment({QStringLiteral("foothold-interview-%1@foothold").arg(i.id.value),
                               company.isEmpty() ? tr("Informational interview with %1").arg(people.value(i.contact.value))
                                                 : tr("Informational interview with %1 (%2)").arg(people.value(i.contact.value), company),
                               i.notes, {}, i.scheduledAt, 0, QStringLiteral("interview")});
    }
    for (const FollowUp &f : FollowUpStore(db).list()) {
        QString description = f.notes;
        if (f.contact.isValid())
            description = tr("With %1").arg(people.value(f.contact.value)) + (description.isEmpty() ? QString() : QStringLiteral("\n\n") + description);
        writer.addTodo({QStringLiteral("foothold-followup-%1@foothold").arg(f.id.value), f.title, description, f.due, f.doneAt});
    }
    return writer.toBytes(clock.nowUtc());
}

} // namespace foothold

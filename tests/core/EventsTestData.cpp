#include "tests/core/EventsTestData.h"

#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/InterviewStore.h"
#include "core/storage/LinkStore.h"

#include <QTimeZone>
#include <gtest/gtest.h>

namespace foothold::test {
namespace {

QDateTime utc(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

EventCost cost(CostCategory category, qint64 minor, const char *currency, double rate)
{
    return EventCost{category, minor, QString::fromLatin1(currency), rate, {}};
}

} // namespace

EventsYear makeEventsYear(Database &db, const Clock &clock)
{
    EventsYear y;
    EventStore events(db, clock);
    auto addEvent = [&](const char *name, EventKind kind, QDateTime start, QDateTime end, EventStatus status, QList<EventCost> costs,
                        QStringList tags = {}) {
        Event e;
        e.name = QString::fromLatin1(name);
        e.kind = kind;
        e.start = start;
        e.end = end;
        e.status = status;
        e.costs = costs;
        e.tags = tags;
        auto id = events.insert(e);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toString().toStdString());
        return id.ok() ? id->value : 0;
    };
    // PyCon: 300 + 150 + 250.50 EUR and 100 USD at 0.9 = 790.50.
    y.pycon = addEvent("PyCon North", EventKind::Conference, utc(2026, 3, 10), utc(2026, 3, 12, 18), EventStatus::Attended,
                       {cost(CostCategory::Ticket, 30000, "EUR", 1), cost(CostCategory::Travel, 15000, "EUR", 1),
                        cost(CostCategory::Stay, 25050, "EUR", 1), cost(CostCategory::Other, 10000, "USD", 0.9)});
    y.meetup = addEvent("Local meetup", EventKind::Meetup, utc(2026, 4, 2, 18), utc(2026, 4, 2, 21), EventStatus::Attended, {});
    y.datafair = addEvent("DataFair", EventKind::CareerFair, utc(2026, 4, 20), {}, EventStatus::Skipped,
                          {cost(CostCategory::Ticket, 5000, "EUR", 1)});
    // RustConf: 200 GBP at 1.15 = 230.00.
    y.rustconf = addEvent("RustConf", EventKind::Conference, utc(2026, 5, 4), utc(2026, 5, 5, 18), EventStatus::Attended,
                          {cost(CostCategory::Ticket, 20000, "GBP", 1.15)});

    CompanyStore companies(db, clock);
    auto company = [&](const char *name, CompanyPriority priority) {
        Company c;
        c.name = QString::fromLatin1(name);
        c.priority = priority;
        return companies.insert(c).value();
    };
    const CompanyId lumen = company("Lumen", CompanyPriority::High);
    const CompanyId nordi = company("Nordi", CompanyPriority::None);
    const CompanyId orbit = company("Orbit", CompanyPriority::Medium);
    const CompanyId pax = company("Pax", CompanyPriority::None);

    ContactStore contacts(db, clock);
    auto contact = [&](const char *name, qint64 metAt, bool prospect = false) {
        Contact c;
        c.name = QString::fromLatin1(name);
        c.metAt = EventId(metAt);
        c.channel = metAt ? Channel::Event : Channel::Other;
        c.prospect = prospect;
        return contacts.insert(c).value();
    };
    const ContactId ana = contact("Ana", y.pycon), ben = contact("Ben", y.pycon), cleo = contact("Cleo", y.pycon),
                    dan = contact("Dan", y.pycon);
    const ContactId eva = contact("Eva", y.rustconf), finn = contact("Finn", y.rustconf);
    const ContactId gus = contact("Gus", y.meetup);
    const ContactId hana = contact("Hana", 0);
    const ContactId pia = contact("Pia", 0, true), quinn = contact("Quinn", 0, true);
    y.ana = ana.value, y.ben = ben.value, y.pia = pia.value;
    Link link;
    link.from = pia;
    link.to = ana;
    EXPECT_TRUE(LinkStore(db).insert(link).ok());

    ConversationStore conversations(db, clock);
    auto talk = [&](QDateTime when, QList<ContactId> with, qint64 event = 0) {
        Conversation v;
        v.when = when;
        v.contacts = with;
        v.event = EventId(event);
        EXPECT_TRUE(conversations.insert(v).ok());
    };
    talk(utc(2026, 3, 11), {ana}, y.pycon);   // at the event: not "afterwards"
    talk(utc(2026, 3, 20), {ana, ben});       // PyCon 1
    talk(utc(2026, 4, 1), {cleo});            // PyCon 2
    talk(utc(2026, 5, 10), {eva, gus});       // RustConf 1, meetup 1
    talk(utc(2026, 2, 1), {dan});             // before PyCon: not counted

    FollowUpStore followUps(db, clock);
    auto followUp = [&](const char *title, ContactId who, qint64 event, bool done) {
        FollowUp f;
        f.title = QString::fromLatin1(title);
        f.due = QDate(2026, 5, 1);
        f.contact = who;
        f.event = EventId(event);
        const auto id = followUps.insert(f).value();
        if (done) {
            EXPECT_TRUE(followUps.setDone(id, true).ok());
        }
    };
    followUp("Ana", ana, 0, true);       // PyCon, done
    followUp("Ben", ben, 0, false);      // PyCon, open
    followUp("Slides", {}, y.pycon, true); // PyCon, done: 2 of 3
    followUp("Eva", eva, 0, true);       // RustConf, done
    followUp("Hana", hana, y.rustconf, false); // RustConf, open: 1 of 2

    InterviewStore interviews(db, clock);
    auto interview = [&](ContactId who, InterviewStage stage) {
        InformationalInterview i;
        i.contact = who;
        i.stage = stage;
        if (stage != InterviewStage::ToRequest)
            i.requestedOn = QDate(2026, 4, 1);
        if (stage == InterviewStage::Done)
            i.doneOn = QDate(2026, 4, 10);
        auto id = interviews.insert(i);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toString().toStdString());
    };
    interview(ana, InterviewStage::Done);       // PyCon
    interview(ben, InterviewStage::ToRequest);  // not yet: not counted
    interview(eva, InterviewStage::Requested);  // RustConf

    ApplicationStore applications(db, clock);
    auto apply = [&](CompanyId at, ContactId referrer, qint64 event, QList<ContactId> interviewers = {}) {
        JobApplication a;
        a.company = at;
        a.role = QStringLiteral("Engineer");
        a.referrer = referrer;
        a.event = EventId(event);
        if (!interviewers.isEmpty())
            a.rounds << InterviewRound{QStringLiteral("Onsite"), utc(2026, 6, 1), 60, interviewers, {}, {}};
        auto id = applications.insert(a);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toString().toStdString());
    };
    apply(lumen, ana, 0);                  // PyCon: application and referral
    apply(nordi, {}, y.rustconf);          // RustConf: from the event
    apply(orbit, ben, 0, {finn});          // PyCon (referral) and RustConf (interviewer)
    apply(pax, hana, 0);                   // nobody met at an event

    // Upcoming. KubeCon: 30 days away, 600.00, Lumen (target 1) and Orbit (target 2) and Nordi
    // (not a target) attending, Ana (1st degree) and Pia (2nd, through Ana) and Quinn (nobody
    // knows her) expected, Pia to meet.
    y.kubecon = addEvent("KubeCon", EventKind::Conference, utc(2026, 7, 15), utc(2026, 7, 17, 18), EventStatus::Considering,
                         {cost(CostCategory::Ticket, 60000, "EUR", 1)}, {QStringLiteral("Kubernetes"), QStringLiteral("Go")});
    Event kube = events.get(EventId(y.kubecon)).value();
    kube.companies = {{lumen, EventCompanyRole::Sponsor}, {orbit, EventCompanyRole::Hiring}, {nordi, EventCompanyRole::Exhibitor},
                      {lumen, EventCompanyRole::Hiring}};
    kube.people = {{ana, EventPersonRole::Speaker}, {pia, EventPersonRole::Expected}, {quinn, EventPersonRole::Expected},
                   {pia, EventPersonRole::ToMeet}};
    EXPECT_TRUE(events.update(kube).ok());
    // RustFest: 90 days away, registered, 120.00, tag Rust.
    y.rustfest = addEvent("RustFest", EventKind::Conference, utc(2026, 9, 13), utc(2026, 9, 14, 18), EventStatus::Registered,
                          {cost(CostCategory::Ticket, 12000, "EUR", 1)}, {QStringLiteral("Rust")});
    // Neither ranked: over, or skipped.
    addEvent("Spring meetup", EventKind::Meetup, utc(2026, 5, 1), {}, EventStatus::Considering, {});
    addEvent("Skipped later", EventKind::Meetup, utc(2026, 8, 1), {}, EventStatus::Skipped, {});
    return y;
}

} // namespace foothold::test

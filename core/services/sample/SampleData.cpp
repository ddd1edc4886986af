#include "core/services/sample/SampleData.h"

#include "core/services/sample/SampleAgenda.h"
#include "core/services/sample/SampleDice.h"
#include "core/services/sample/SampleNames.h"
#include "core/services/sample/SampleNetwork.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/InterviewStore.h"
#include "core/storage/LinkStore.h"
#include "core/storage/SampleStore.h"
#include "core/util/Settings.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <random>

namespace foothold {
using sample::atNoon;
using sample::Dice;
using sample::slug;
namespace {

struct Generated {
    QList<CompanyId> companies;
    QList<QString> companyNames;
    QList<Contact> contacts;                      // with ids
    QHash<qint64, QList<qsizetype>> byCompany;    // company id -> contact indexes
    QList<Event> events;                          // with ids
    QSet<QPair<qint64, qint64>> linked;           // pairs with a link, lower id first
    QSet<qint64> talkedTo;                        // contacts with a conversation
};

class SampleGenerator {
public:
    SampleGenerator(Database &db, const SampleOptions &options, const Clock &clock)
        : m_db(db), m_options(options), m_clock(clock), m_today(clock.today()), m_dice(options.seed),
          m_currency(homeCurrency())
    {
    }

    Status run(SampleSummary &summary, const std::function<void(double)> &progress, const std::atomic_bool *cancel)
    {
        const int n = m_options.contacts;
        auto step = [&](double done) -> Status {
            if (progress)
                progress(done);
            if (cancel && cancel->load())
                return Error{Error::Code::Cancelled, QCoreApplication::translate("Sample", "cancelled"), {}, {}};
            return {};
        };
        const struct Phase {
            Status (SampleGenerator::*run)(SampleSummary &);
            double upTo;
        } phases[] = {
            {&SampleGenerator::makeCompanies, 0.05}, {&SampleGenerator::makeEvents, 0.08},
            {&SampleGenerator::makeContacts, 0.55},  {&SampleGenerator::makeLinks, 0.65},
            {&SampleGenerator::makeConversations, 0.8}, {&SampleGenerator::makeInterviews, 0.85},
            {&SampleGenerator::makeApplications, 0.9}, {&SampleGenerator::makeFollowUps, 0.93},
            {&SampleGenerator::makeNetworkStory, 1.0},
        };
        Q_UNUSED(n);
        if (auto s = step(0); !s)
            return s;
        for (const auto &phase : phases) {
            if (auto s = (this->*phase.run)(summary); !s)
                return s;
            if (auto s = step(phase.upTo); !s)
                return s;
        }
        return {};
    }

private:
    int scaled(double perContact, int low, int high) const
    {
        return std::clamp(int(std::lround(m_options.contacts * perContact)), low, high);
    }

    Status makeCompanies(SampleSummary &summary)
    {
        CompanyStore companies(m_db, m_clock);
        const int count = scaled(0.12, 12, 5000);
        for (int i = 0; i < count; ++i) {
            Company c;
            c.name = sample::companyNameAt(i);
            c.website = QStringLiteral("https://%1.example").arg(slug(c.name));
            c.industry = m_dice.pick(sample::industries());
            c.size = m_dice.weighted<QString>({{QStringLiteral("11-50"), 3}, {QStringLiteral("51-200"), 3},
                                               {QStringLiteral("201-1,000"), 2}, {QStringLiteral("1,000+"), 1}});
            c.location = m_dice.pick(sample::cities());
            for (int s = m_dice.between(2, 4); s > 0; --s) {
                const QString tech = m_dice.pick(sample::stacks());
                if (!c.techStack.contains(tech))
                    c.techStack << tech;
            }
            c.culture = m_dice.pick(QStringList{QStringLiteral("Remote-first, written culture, async reviews."),
                                                QStringLiteral("Pairing every day; mentors for juniors."),
                                                QStringLiteral("Fast-moving; values ownership and shipping."),
                                                QStringLiteral("Mission-driven; four-day week pilot.")});
            // A handful of targets, the first being the top ones.
            if (i < 8)
                c.priority = static_cast<CompanyPriority>(1 + i % 3);
            c.sample = true;
            auto id = companies.insert(c);
            if (!id) {
                if (id.error().code == Error::Code::Conflict)
                    continue; // a generated name that normalises like an earlier one
                return id.error();
            }
            m_out.companies << *id;
            m_out.companyNames << c.name;
        }
        summary.companies = m_out.companies.size();
        return {};
    }

    Status makeEvents(SampleSummary &summary)
    {
        EventStore events(m_db, m_clock);
        const int count = scaled(0.01, 12, 1000);
        for (int i = 0; i < count; ++i) {
            Event e;
            const QString base = sample::eventNames().at(i % sample::eventNames().size());
            e.kind = base.contains(QLatin1String("Fair"))       ? EventKind::CareerFair
                : base.contains(QLatin1String("Hack"))          ? EventKind::Hackathon
                : base.contains(QLatin1String("Webinar"))       ? EventKind::Webinar
                : base.contains(QLatin1String("Workshop"))      ? EventKind::Workshop
                : base.contains(QLatin1String("Meetup")) || base.contains(QLatin1String("Night")) ||
                        base.contains(QLatin1String("Evening")) || base.contains(QLatin1String("Mixer"))
                    ? EventKind::Meetup
                    : EventKind::Conference;
            const QString city = m_dice.pick(sample::cities());
            e.name = (e.kind == EventKind::Conference ? QStringLiteral("%1 %2").arg(base, city) : QStringLiteral("%1 %2").arg(city, base));
            if (i >= sample::eventNames().size())
                e.name += QStringLiteral(" #%1").arg(i / sample::eventNames().size() + 1);
            // From fifteen months ago to three months ahead.
            const QDate day = m_today.addDays(m_dice.between(-450, 90));
            e.start = atNoon(day, e.kind == EventKind::Meetup ? 17 : 8);
            e.end = e.kind == EventKind::Conference ? e.start.addDays(m_dice.between(1, 2)).addSecs(8 * 3600)
                                                    : e.start.addSecs(3 * 3600);
            e.timeZone = QStringLiteral("UTC");
            e.location = city;
            e.url = QStringLiteral("https://events.example/%1").arg(slug(e.name));
            if (day < m_today)
                e.status = m_dice.weighted<EventStatus>({{EventStatus::Attended, 7}, {EventStatus::Skipped, 2}, {EventStatus::Considering, 1}});
            else
                e.status = m_dice.weighted<EventStatus>({{EventStatus::Registered, 1}, {EventStatus::Considering, 2}});
            if (e.kind == EventKind::Conference) {
                e.costs << EventCost{CostCategory::Ticket, qint64(m_dice.between(150, 900)) * 100, m_currency, 1.0, {}};
                if (city != QLatin1String("Remote") && m_dice.chance(0.7)) {
                    e.costs << EventCost{CostCategory::Travel, qint64(m_dice.between(40, 450)) * 100, m_currency, 1.0, {}};
                    e.costs << EventCost{CostCategory::Stay, qint64(m_dice.between(90, 600)) * 100, m_currency, 1.0, {}};
                }
                e.goalContacts = m_dice.between(3, 8);
                e.goalConversations = m_dice.between(2, 5);
                e.goalInterviews = m_dice.between(0, 2);
                e.goals = QStringLiteral("Meet engineers from target companies; ask two for informational interviews.");
            } else if (e.kind == EventKind::CareerFair || e.kind == EventKind::Workshop) {
                e.costs << EventCost{CostCategory::Ticket, qint64(m_dice.between(0, 40)) * 100, m_currency, 1.0, {}};
            }
            for (int c = m_dice.between(1, 4); c > 0 && !m_out.companies.isEmpty(); --c) {
                const CompanyId company = m_out.companies.at(m_dice.skewed(int(m_out.companies.size())));
                const auto role = m_dice.weighted<EventCompanyRole>({{EventCompanyRole::Sponsor, 1}, {EventCompanyRole::Hiring, 2},
                                                                     {EventCompanyRole::Attending, 2}});
                if (std::none_of(e.companies.cbegin(), e.companies.cend(), [&](const EventCompany &x) { return x.company == company; }))
                    e.companies.append({company, role});
            }
            e.tags << m_dice.pick(sample::stacks()).toLower();
            e.sample = true;
            auto id = events.insert(e);
            if (!id)
                return id.error();
            e.id = *id;
            m_out.events << e;
        }
        summary.events = m_out.events.size();
        return addSampleAgenda(m_db, m_out.events, m_clock.nowUtc());
    }

    Status makeContacts(SampleSummary &summary)
    {
        const int n = m_options.contacts;
        QList<Contact> batch;
        batch.reserve(n);
        QList<const Event *> attended;
        for (const auto &e : m_out.events)
            if (e.status == EventStatus::Attended)
                attended << &e;
        for (int i = 0; i < n; ++i) {
            Contact c;
            const QString first = m_dice.pick(sample::firstNames());
            const QString last = m_dice.pick(sample::lastNames());
            c.name = first + QLatin1Char(' ') + last;
            c.prospect = m_dice.chance(0.03);
            if (!m_out.companies.isEmpty() && m_dice.chance(0.85)) {
                const int index = m_dice.skewed(int(m_out.companies.size()));
                c.company = m_out.companies.at(index);
                const QString domain = slug(m_out.companyNames.at(index)).remove(QLatin1Char('-')) + QStringLiteral(".example");
                c.emails << TypedValue{QStringLiteral("%1.%2%3@%4").arg(slug(first), slug(last)).arg(i).arg(domain), QStringLiteral("work")};
            }
            c.headline = m_dice.pick(sample::titles());
            c.location = m_dice.pick(sample::cities());
            c.urls << TypedValue{QStringLiteral("https://www.linkedin.com/in/%1-%2-%3").arg(slug(first), slug(last)).arg(i),
                                 QStringLiteral("linkedin")};
            c.channel = m_dice.weighted<Channel>({{Channel::LinkedIn, 45}, {Channel::Event, 15}, {Channel::Referral, 8},
                                                  {Channel::Alumni, 12}, {Channel::OnlineCommunity, 10},
                                                  {Channel::ColdOutreach, 5}, {Channel::Other, 5}});
            c.role = m_dice.weighted<ContactRole>({{ContactRole::Peer, 50}, {ContactRole::Recruiter, 8}, {ContactRole::HiringManager, 6},
                                                   {ContactRole::Mentor, 3}, {ContactRole::Alumni, 10},
                                                   {ContactRole::FormerColleague, 10}, {ContactRole::Speaker, 3}, {ContactRole::None, 10}});
            if (!c.prospect) {
                // More people recently than long ago: the network grows.
                c.connectedOn = m_today.addDays(-int(540 * (1.0 - std::sqrt(m_dice.uniform()))));
                if (c.channel == Channel::Event && !attended.isEmpty()) {
                    const Event *event = attended.at(m_dice.between(0, int(attended.size()) - 1));
                    c.metAt = event->id;
                    c.connectedOn = event->start.date();
                }
            }
            if (m_dice.chance(0.1))
                c.cadenceDays = m_dice.weighted<int>({{30, 1}, {60, 1}, {90, 2}});
            for (int t = m_dice.weighted<int>({{0, 5}, {1, 4}, {2, 1}}); t > 0; --t) {
                const QString tag = m_dice.pick(sample::tags());
                if (!c.tags.contains(tag))
                    c.tags << tag;
            }
            if (c.role == ContactRole::FormerColleague && m_out.companies.size() > 1) {
                const int old = m_dice.between(0, int(m_out.companies.size()) - 1);
                c.history << Position{m_out.companies.at(old), m_out.companyNames.at(old), m_dice.pick(sample::titles()),
                                      m_today.addYears(-4), m_today.addYears(-1)};
            }
            c.sample = true;
            batch << c;
        }
        ContactStore contacts(m_db, m_clock);
        if (auto s = contacts.insertMany(batch); !s)
            return s;
        // Introductions: some referral contacts were introduced by someone met earlier.
        for (qsizetype i = 1; i < batch.size(); ++i) {
            if (batch.at(i).channel == Channel::Referral && m_dice.chance(0.6)) {
                batch[i].introducedBy = batch.at(m_dice.between(0, int(i) - 1)).id;
                if (auto s = contacts.update(batch.at(i)); !s)
                    return s;
            }
        }
        m_out.contacts = std::move(batch);
        for (qsizetype i = 0; i < m_out.contacts.size(); ++i)
            if (m_out.contacts.at(i).company.isValid())
                m_out.byCompany[m_out.contacts.at(i).company.value] << i;
        summary.contacts = m_out.contacts.size();
        return {};
    }

    Status makeLinks(SampleSummary &summary)
    {
        LinkStore links(m_db);
        const auto &people = m_out.contacts;
        if (people.size() < 2)
            return {};
        const int count = std::min<int>(int(people.size()), 200000);
        QSet<QPair<qint64, qint64>> &seen = m_out.linked;
        for (int i = 0; i < count; ++i) {
            const Contact &a = people.at(m_dice.between(0, int(people.size()) - 1));
            const Contact *b = nullptr;
            LinkKind kind = LinkKind::Knows;
            const auto colleagues = m_out.byCompany.value(a.company.value);
            if (colleagues.size() > 1 && m_dice.chance(0.5)) {
                b = &people.at(colleagues.at(m_dice.between(0, int(colleagues.size()) - 1)));
                kind = LinkKind::WorksWith;
            } else {
                b = &people.at(m_dice.between(0, int(people.size()) - 1));
                if (a.role == ContactRole::Mentor && m_dice.chance(0.5))
                    kind = LinkKind::Mentor;
            }
            if (b->id == a.id)
                continue;
            const auto key = qMakePair(std::min(a.id.value, b->id.value), std::max(a.id.value, b->id.value));
            if (seen.contains(key))
                continue;
            seen.insert(key);
            Link link;
            link.from = a.id;
            link.to = b->id;
            link.kind = kind;
            link.strength = std::round(m_dice.normal(0.55, 0.18) * 100) / 100;
            link.strength = std::clamp(link.strength, 0.1, 1.0);
            link.since = std::max(a.connectedOn, b->connectedOn);
            link.sample = true;
            auto id = links.insert(link);
            if (!id)
                return id.error();
            ++summary.links;
        }
        return {};
    }

    QList<ContactId> someone(int howMany)
    {
        QList<ContactId> out;
        for (int i = 0; i < howMany && !m_out.contacts.isEmpty(); ++i) {
            const Contact &c = m_out.contacts.at(m_dice.between(0, int(m_out.contacts.size()) - 1));
            if (!c.prospect && !out.contains(c.id))
                out << c.id;
        }
        if (out.isEmpty() && !m_out.contacts.isEmpty())
            out << m_out.contacts.first().id;
        return out;
    }

    Status makeConversations(SampleSummary &summary)
    {
        ConversationStore conversations(m_db, m_clock);
        const int count = scaled(0.2, 40, 20000);
        for (int i = 0; i < count; ++i) {
            Conversation c;
            const int daysAgo = int(450 * (1.0 - std::sqrt(m_dice.uniform())));
            c.when = atNoon(m_today.addDays(-daysAgo), m_dice.between(8, 19));
            c.kind = m_dice.weighted<ConversationKind>({{ConversationKind::CoffeeChat, 35}, {ConversationKind::EventConversation, 15},
                                                        {ConversationKind::InformationalInterview, 15},
                                                        {ConversationKind::JobInterview, 15}, {ConversationKind::FollowUp, 10},
                                                        {ConversationKind::ReferralRequest, 5}, {ConversationKind::GivingValue, 5}});
            c.channel = m_dice.weighted<ConversationChannel>({{ConversationChannel::InPerson, 3}, {ConversationChannel::Video, 4},
                                                              {ConversationChannel::Phone, 2}, {ConversationChannel::Message, 1}});
            c.contacts = someone(m_dice.chance(0.1) ? 2 : 1);
            for (const ContactId id : std::as_const(c.contacts))
                m_out.talkedTo.insert(id.value);
            c.durationMinutes = m_dice.between(3, 12) * 5;
            // The user learns to listen: networking shares drift down towards 20% over the year.
            const double progress = 1.0 - daysAgo / 450.0;
            const bool interview = c.kind == ConversationKind::JobInterview;
            const double share = std::clamp(interview ? m_dice.normal(0.48, 0.08) : m_dice.normal(0.42 - 0.17 * progress, 0.08), 0.05, 0.9);
            c.talk.source = m_dice.weighted<TalkSource>({{TalkSource::Timer, 3}, {TalkSource::Transcript, 2},
                                                         {TalkSource::Estimate, 3}, {TalkSource::None, 1}});
            if (c.talk.source != TalkSource::None) {
                c.talk.myShare = std::round(share * 1000) / 1000;
                const double total = c.durationMinutes * 60.0 * 0.9;
                c.talk.mySeconds = std::round(total * share);
                c.talk.theirSeconds = std::round(total - c.talk.mySeconds);
                c.talk.questionsMe = m_dice.between(interview ? 2 : 4, interview ? 6 : 12);
                c.talk.questionsThem = m_dice.between(interview ? 6 : 1, interview ? 15 : 5);
                c.talk.longestMonologueSeconds = std::round(c.talk.mySeconds * m_dice.normal(0.25, 0.05));
                c.talk.switchesPerMinute = std::round(m_dice.normal(2.0, 0.5) * 10) / 10;
                c.talk.longestMonologueSeconds = std::max(0.0, c.talk.longestMonologueSeconds);
                c.talk.switchesPerMinute = std::max(0.0, c.talk.switchesPerMinute);
            }
            if (c.kind == ConversationKind::EventConversation && !m_out.events.isEmpty())
                c.event = m_out.events.at(m_dice.between(0, int(m_out.events.size()) - 1)).id;
            c.notes = m_dice.pick(QStringList{QStringLiteral("Talked about their team's migration and how they onboard juniors."),
                                              QStringLiteral("Good advice on my portfolio: show one project in depth."),
                                              QStringLiteral("They are hiring next quarter; asked me to send my CV."),
                                              QStringLiteral("Shared a meetup I might like; offered to review my talk.")});
            c.nextStep = m_dice.chance(0.4) ? QStringLiteral("Send a thank-you and the link I promised") : QString();
            c.sample = true;
            auto id = conversations.insert(c);
            if (!id)
                return id.error();
        }
        summary.conversations = count;
        return {};
    }

    Status makeInterviews(SampleSummary &summary)
    {
        InterviewStore interviews(m_db, m_clock);
        const QList<BankQuestion> bank = QuestionBankStore(m_db).list();
        const int count = scaled(0.02, 8, 2000);
        for (int i = 0; i < count; ++i) {
            InformationalInterview iv;
            iv.contact = someone(1).first();
            iv.stage = allValues<InterviewStage>().at(size_t(i) % 5);
            iv.requestedOn = m_today.addDays(-m_dice.between(5, 200));
            if (iv.stage >= InterviewStage::Scheduled)
                iv.scheduledAt = atNoon(iv.requestedOn.addDays(m_dice.between(3, 14)), 16);
            if (iv.stage == InterviewStage::Scheduled && iv.scheduledAt.date() < m_today)
                iv.scheduledAt = atNoon(m_today.addDays(m_dice.between(1, 10)), 16);
            if (iv.stage >= InterviewStage::Done)
                iv.doneOn = iv.scheduledAt.date();
            if (iv.stage == InterviewStage::ThankYouSent)
                iv.thankedOn = iv.doneOn.addDays(1);
            if (iv.stage < InterviewStage::Requested)
                iv.requestedOn = {};
            for (int q = 0; q < 3 && !bank.isEmpty(); ++q) {
                const QString text = bank.at((i + q * 4) % bank.size()).text;
                iv.questions.append({text, iv.stage >= InterviewStage::Done ? QStringLiteral("Noted in the call.") : QString()});
            }
            if (iv.stage >= InterviewStage::Done) {
                iv.insights = QStringLiteral("Small teams, lots of ownership; they value clear writing.");
                iv.fit = m_dice.chance(0.7) ? FitDecision::GoodFit : FitDecision::NotAFit;
            }
            iv.sample = true;
            if (auto id = interviews.insert(iv); !id)
                return id.error();
        }
        summary.interviews = count;
        return {};
    }

    Status makeApplications(SampleSummary &summary)
    {
        ApplicationStore applications(m_db, m_clock);
        const int count = scaled(0.02, 25, 2000);
        for (int i = 0; i < count; ++i) {
            JobApplication a;
            const int companyIndex = m_dice.chance(0.4) ? m_dice.between(0, std::min<int>(7, int(m_out.companies.size()) - 1))
                                                        : m_dice.between(0, int(m_out.companies.size()) - 1);
            a.company = m_out.companies.at(companyIndex);
            a.role = m_dice.pick(sample::roles());
            a.source = m_dice.weighted<ApplicationSource>({{ApplicationSource::JobBoard, 40}, {ApplicationSource::CompanySite, 20},
                                                           {ApplicationSource::Referral, 20}, {ApplicationSource::Recruiter, 10},
                                                           {ApplicationSource::Event, 5}, {ApplicationSource::Other, 5}});
            const auto insiders = m_out.byCompany.value(a.company.value);
            if (a.source == ApplicationSource::Referral)
                a.referrer = insiders.isEmpty() ? someone(1).first() : m_out.contacts.at(insiders.first()).id;
            if (a.source == ApplicationSource::Event && !m_out.events.isEmpty())
                a.event = m_out.events.at(m_dice.between(0, int(m_out.events.size()) - 1)).id;
            a.postingUrl = QStringLiteral("https://jobs.example/%1/%2").arg(slug(m_out.companyNames.at(companyIndex))).arg(1000 + i);
            a.location = m_dice.pick(sample::cities());
            a.salaryCurrency = m_currency;
            a.salaryMin = qint64(m_dice.between(40, 70)) * 1000;
            a.salaryMax = *a.salaryMin + qint64(m_dice.between(5, 20)) * 1000;
            // Walk the pipeline; a referral moves on more often than a cold application.
            const bool warm = a.source == ApplicationSource::Referral;
            QDate day = m_today.addDays(-m_dice.between(0, 365));
            a.history.append({ApplicationStage::Saved, day, {}});
            struct Step {
                ApplicationStage next;
                double warm;
                double cold;
            };
            const Step steps[] = {{ApplicationStage::Applied, 0.95, 0.9},   {ApplicationStage::Screening, 0.65, 0.3},
                                  {ApplicationStage::Interviewing, 0.65, 0.45}, {ApplicationStage::Offer, 0.45, 0.25},
                                  {ApplicationStage::Accepted, 0.5, 0.5}};
            // The first nine applications end in each stage once, so every column has a card.
            const bool forced = i < 9;
            const ApplicationStage forcedStage = allValues<ApplicationStage>().at(size_t(i % 9));
            if (forced)
                day = m_today.addDays(-m_dice.between(60, 120));
            for (const auto &s : steps) {
                const QDate nextDay = day.addDays(m_dice.between(2, 14));
                if (nextDay > m_today)
                    break;
                bool moves = m_dice.chance(warm ? s.warm : s.cold);
                if (forced) {
                    const int target = pipelineRank(forcedStage);
                    // A terminal stage other than accepted ends the walk at a random depth.
                    moves = target >= 0 ? pipelineRank(s.next) <= target : pipelineRank(s.next) <= 1 + i % 3;
                    if (!moves && target >= 0)
                        break;
                    if (!moves) {
                        a.history.append({forcedStage, nextDay, {}});
                        break;
                    }
                }
                if (!moves) {
                    const auto end = a.history.last().stage == ApplicationStage::Saved
                        ? ApplicationStage::Withdrawn
                        : m_dice.weighted<ApplicationStage>({{ApplicationStage::Rejected, 6}, {ApplicationStage::NoAnswer, 3},
                                                             {ApplicationStage::Withdrawn, 1}});
                    if (m_dice.chance(0.8))
                        a.history.append({end, nextDay, {}});
                    break;
                }
                day = nextDay;
                a.history.append({s.next, day, {}});
                if (s.next == ApplicationStage::Interviewing) {
                    for (int r = 1; r <= m_dice.between(1, 3); ++r) {
                        InterviewRound round;
                        round.name = r == 1 ? QStringLiteral("Technical interview") : QStringLiteral("Round %1").arg(r);
                        round.at = atNoon(day.addDays(r * 3), 10);
                        round.durationMinutes = 60;
                        if (!insiders.isEmpty())
                            round.interviewers << m_out.contacts.at(insiders.at(m_dice.between(0, int(insiders.size()) - 1))).id;
                        a.rounds << round;
                    }
                }
            }
            a.stage = a.history.last().stage;
            if (!isTerminal(a.stage)) {
                a.nextAction = QStringLiteral("Follow up with the recruiter");
                a.nextActionDate = m_today.addDays(m_dice.between(-3, 10));
            }
            a.sample = true;
            if (auto id = applications.insert(a); !id)
                return id.error();
        }
        summary.applications = count;
        return {};
    }

    Status makeFollowUps(SampleSummary &summary)
    {
        FollowUpStore followUps(m_db, m_clock);
        const int count = scaled(0.05, 20, 5000);
        for (int i = 0; i < count; ++i) {
            FollowUp f;
            const Contact &c = m_out.contacts.at(m_dice.between(0, int(m_out.contacts.size()) - 1));
            f.contact = c.id;
            f.title = m_dice.pick(sample::followUpTitles()).arg(c.name.section(QLatin1Char(' '), 0, 0));
            f.due = m_today.addDays(m_dice.between(-40, 21));
            if (f.due < m_today.addDays(-3) && m_dice.chance(0.75))
                f.doneAt = atNoon(f.due.addDays(m_dice.between(-1, 2)), 18);
            if (c.metAt.isValid() && m_dice.chance(0.5)) {
                f.event = c.metAt;
                f.origin = FollowUpOrigin::EventRule;
            }
            f.sample = true;
            if (auto id = followUps.insert(f); !id)
                return id.error();
        }
        summary.followUps = count;
        return {};
    }

    // Last, with its own dice: everything above stays as it was before the network story existed.
    Status makeNetworkStory(SampleSummary &summary)
    {
        SampleNetworkInput input;
        input.contacts = &m_out.contacts;
        input.companies = &m_out.companies;
        input.companyNames = &m_out.companyNames;
        input.events = &m_out.events;
        input.linked = &m_out.linked;
        input.withConversations = m_out.talkedTo;
        return addSampleNetworkStory(m_db, m_clock, m_options.seed, input, summary);
    }

    Database &m_db;
    SampleOptions m_options;
    const Clock &m_clock;
    QDate m_today;
    Dice m_dice;
    // Amounts are made in the home currency (rate 1): a sample cost in another currency at rate 1
    // would be the silent mixing the planner refuses.
    QString m_currency;
    Generated m_out;
};

} // namespace

Result<SampleSummary> generateSampleData(Database &db, const SampleOptions &options, const Clock &clock,
                                         const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    if (options.contacts < 1 || options.contacts > 1'000'000)
        return Error::invalid(QStringLiteral("contacts"),
                              QCoreApplication::translate("Sample", "must be between 1 and 1,000,000"));
    SampleSummary summary;
    SampleGenerator generator(db, options, clock);
    Status status = db.transaction([&]() -> Status {
        if (auto s = generator.run(summary, progress, cancel); !s)
            return s;
        db.recordReset();
        return {};
    });
    if (!status)
        return status.error();
    return summary;
}

Status removeSampleData(Database &db)
{
    return SampleStore(db).removeAll();
}

Result<bool> hasSampleData(Database &db)
{
    return SampleStore(db).hasAny();
}

} // namespace foothold

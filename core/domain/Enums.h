#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string_view>
#include <tuple>

namespace foothold {

// Every enumeration of the domain has a stable key (stored in SQLite, printed by the CLI, written to
// backups: never change one) and a display label (translated through the "Enum" context).

enum class Channel { LinkedIn, Event, Referral, Alumni, OnlineCommunity, ColdOutreach, Other };
enum class ContactRole { None, Peer, Mentor, Recruiter, HiringManager, Alumni, FormerColleague, Speaker, Other };
enum class CompanyPriority { None = 0, High = 1, Medium = 2, Low = 3 };
enum class LinkKind { Knows, Introduced, WorksWith, Mentor };
enum class LinkSource { Manual, Introduction, InferredCompany, InferredEvent };
enum class EventKind { Conference, Meetup, Hackathon, CareerFair, Workshop, Webinar };
enum class EventStatus { Considering, Registered, Attended, Skipped };
enum class EventCompanyRole { Attending, Sponsor, Exhibitor, Hiring };
enum class EventPersonRole { Expected, Speaker, ToMeet };
enum class CostCategory { Ticket, Travel, Stay, Other };
enum class ConversationKind {
    CoffeeChat, InformationalInterview, EventConversation, JobInterview,
    FollowUp, ThankYou, ReferralRequest, GivingValue
};
enum class ConversationChannel { InPerson, Video, Phone, Message, Email };
enum class TalkSource { None, Timer, Transcript, Estimate };
enum class InterviewStage { ToRequest, Requested, Scheduled, Done, ThankYouSent };
enum class FitDecision { Undecided, GoodFit, NotAFit };
enum class ApplicationStage {
    Saved, Applied, Screening, Interviewing, Offer, Accepted, Rejected, Withdrawn, NoAnswer
};
enum class ApplicationSource { Referral, Recruiter, JobBoard, CompanySite, Event, Other };
enum class FollowUpOrigin { Manual, ThankYouRule, EventRule, CadenceRule };

template <typename E>
struct EnumEntry {
    E value;
    std::string_view key;
    const char *label;
};

// Specialised once per enum in Enums.cpp's companion tables below.
template <typename E>
struct EnumTraits;

#define FOOTHOLD_ENUM_TRAITS(E, N)                                                                  \
    template <>                                                                                    \
    struct EnumTraits<E> {                                                                         \
        static const std::array<EnumEntry<E>, N> entries;                                          \
        static constexpr const char *name = #E;                                                    \
    };

FOOTHOLD_ENUM_TRAITS(Channel, 7)
FOOTHOLD_ENUM_TRAITS(ContactRole, 9)
FOOTHOLD_ENUM_TRAITS(CompanyPriority, 4)
FOOTHOLD_ENUM_TRAITS(LinkKind, 4)
FOOTHOLD_ENUM_TRAITS(LinkSource, 4)
FOOTHOLD_ENUM_TRAITS(EventKind, 6)
FOOTHOLD_ENUM_TRAITS(EventStatus, 4)
FOOTHOLD_ENUM_TRAITS(EventCompanyRole, 4)
FOOTHOLD_ENUM_TRAITS(EventPersonRole, 3)
FOOTHOLD_ENUM_TRAITS(CostCategory, 4)
FOOTHOLD_ENUM_TRAITS(ConversationKind, 8)
FOOTHOLD_ENUM_TRAITS(ConversationChannel, 5)
FOOTHOLD_ENUM_TRAITS(TalkSource, 4)
FOOTHOLD_ENUM_TRAITS(InterviewStage, 5)
FOOTHOLD_ENUM_TRAITS(FitDecision, 3)
FOOTHOLD_ENUM_TRAITS(ApplicationStage, 9)
FOOTHOLD_ENUM_TRAITS(ApplicationSource, 6)
FOOTHOLD_ENUM_TRAITS(FollowUpOrigin, 4)
#undef FOOTHOLD_ENUM_TRAITS

// The stable key of a value, e.g. "online-community".
template <typename E>
QString toKey(E value)
{
    for (const auto &entry : EnumTraits<E>::entries)
        if (entry.value == value)
            return QString::fromLatin1(entry.key.data(), qsizetype(entry.key.size()));
    return {};
}

// Parses a key; case-insensitive, and '_' or ' ' are accepted for '-'. nullopt when unknown.
template <typename E>
std::optional<E> fromKey(QStringView text)
{
    QString wanted = text.trimmed().toString().toLower();
    wanted.replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));
    for (const auto &entry : EnumTraits<E>::entries)
        if (wanted == QLatin1String(entry.key.data(), qsizetype(entry.key.size())))
            return entry.value;
    return std::nullopt;
}

// The translated label for people, e.g. "Online community".
template <typename E>
QString label(E value)
{
    for (const auto &entry : EnumTraits<E>::entries)
        if (entry.value == value)
            return QCoreApplication::translate("Enum", entry.label);
    return {};
}

template <typename E>
QStringList allKeys()
{
    QStringList keys;
    for (const auto &entry : EnumTraits<E>::entries)
        keys << QString::fromLatin1(entry.key.data(), qsizetype(entry.key.size()));
    return keys;
}

// fromKey() with an error for people: "stage: unknown value “foo” (one of: saved, applied, …)".
template <typename E>
Result<E> parseKey(const QString &text, const QString &field)
{
    if (auto value = fromKey<E>(text))
        return *value;
    return Error::invalid(field, QCoreApplication::translate("Enum", "unknown value “%1” (one of: %2)")
                                     .arg(text, allKeys<E>().join(QStringLiteral(", "))));
}

template <typename E>
auto allValues()
{
    std::array<E, std::tuple_size_v<decltype(EnumTraits<E>::entries)>> values{};
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = EnumTraits<E>::entries[i].value;
    return values;
}

// Stage order helpers: the pipeline stages in the order an application moves through them, and
// whether a stage ends the application.
[[nodiscard]] bool isTerminal(ApplicationStage stage);
[[nodiscard]] int pipelineRank(ApplicationStage stage); // saved 0 … accepted 5; terminal-negative -1

// Kinds whose talk-share target is the networking one (listen 80%) rather than the interview one.
[[nodiscard]] bool isNetworkingKind(ConversationKind kind);

} // namespace foothold

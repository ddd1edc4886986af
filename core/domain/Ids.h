#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QtGlobal>

#include <compare>

namespace foothold {

// A strongly typed row id: a ContactId cannot be passed where an EventId is expected.
// 0 means "no record" (SQLite rowids start at 1).
template <typename Tag>
struct Id {
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v) : value(v) {}
    [[nodiscard]] constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const Id &) const = default;
};

template <typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

using ContactId = Id<struct ContactTag>;
using CompanyId = Id<struct CompanyTag>;
using LinkId = Id<struct LinkTag>;
using EventId = Id<struct EventTag>;
using ConversationId = Id<struct ConversationTag>;
using InterviewId = Id<struct InformationalInterviewTag>;
using ApplicationId = Id<struct ApplicationTag>;
using FollowUpId = Id<struct FollowUpTag>;
using QuestionId = Id<struct QuestionTag>;

} // namespace foothold

Q_DECLARE_METATYPE(foothold::ContactId)
Q_DECLARE_METATYPE(foothold::CompanyId)
Q_DECLARE_METATYPE(foothold::EventId)
Q_DECLARE_METATYPE(foothold::ConversationId)
Q_DECLARE_METATYPE(foothold::InterviewId)
Q_DECLARE_METATYPE(foothold::ApplicationId)
Q_DECLARE_METATYPE(foothold::FollowUpId)

#include "core/domain/Enums.h"

namespace foothold {

// Keys are stored and exported: they never change. Labels are for people and may.

const std::array<EnumEntry<Channel>, 7> EnumTraits<Channel>::entries{{
    {Channel::LinkedIn, "linkedin", QT_TRANSLATE_NOOP("Enum", "LinkedIn")},
    {Channel::Event, "event", QT_TRANSLATE_NOOP("Enum", "Event")},
    {Channel::Referral, "referral", QT_TRANSLATE_NOOP("Enum", "Referral")},
    {Channel::Alumni, "alumni", QT_TRANSLATE_NOOP("Enum", "Alumni")},
    {Channel::OnlineCommunity, "online-community", QT_TRANSLATE_NOOP("Enum", "Online community")},
    {Channel::ColdOutreach, "cold-outreach", QT_TRANSLATE_NOOP("Enum", "Cold outreach")},
    {Channel::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
}};

const std::array<EnumEntry<ContactRole>, 9> EnumTraits<ContactRole>::entries{{
    {ContactRole::None, "none", QT_TRANSLATE_NOOP("Enum", "—")},
    {ContactRole::Peer, "peer", QT_TRANSLATE_NOOP("Enum", "Peer")},
    {ContactRole::Mentor, "mentor", QT_TRANSLATE_NOOP("Enum", "Mentor")},
    {ContactRole::Recruiter, "recruiter", QT_TRANSLATE_NOOP("Enum", "Recruiter")},
    {ContactRole::HiringManager, "hiring-manager", QT_TRANSLATE_NOOP("Enum", "Hiring manager")},
    {ContactRole::Alumni, "alumni", QT_TRANSLATE_NOOP("Enum", "Alumni")},
    {ContactRole::FormerColleague, "former-colleague", QT_TRANSLATE_NOOP("Enum", "Former colleague")},
    {ContactRole::Speaker, "speaker", QT_TRANSLATE_NOOP("Enum", "Speaker")},
    {ContactRole::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
}};

const std::array<EnumEntry<CompanyPriority>, 4> EnumTraits<CompanyPriority>::entries{{
    {CompanyPriority::None, "none", QT_TRANSLATE_NOOP("Enum", "Not a target")},
    {CompanyPriority::High, "high", QT_TRANSLATE_NOOP("Enum", "Top target")},
    {CompanyPriority::Medium, "medium", QT_TRANSLATE_NOOP("Enum", "Target")},
    {CompanyPriority::Low, "low", QT_TRANSLATE_NOOP("Enum", "Maybe")},
}};

const std::array<EnumEntry<LinkKind>, 4> EnumTraits<LinkKind>::entries{{
    {LinkKind::Knows, "knows", QT_TRANSLATE_NOOP("Enum", "Knows")},
    {LinkKind::Introduced, "introduced", QT_TRANSLATE_NOOP("Enum", "Introduced")},
    {LinkKind::WorksWith, "works-with", QT_TRANSLATE_NOOP("Enum", "Works with")},
    {LinkKind::Mentor, "mentor", QT_TRANSLATE_NOOP("Enum", "Mentor of")},
}};

const std::array<EnumEntry<LinkSource>, 4> EnumTraits<LinkSource>::entries{{
    {LinkSource::Manual, "manual", QT_TRANSLATE_NOOP("Enum", "Entered")},
    {LinkSource::Introduction, "introduction", QT_TRANSLATE_NOOP("Enum", "Introduction")},
    {LinkSource::InferredCompany, "inferred-company", QT_TRANSLATE_NOOP("Enum", "Inferred: same company")},
    {LinkSource::InferredEvent, "inferred-event", QT_TRANSLATE_NOOP("Enum", "Inferred: same event")},
}};

const std::array<EnumEntry<EventKind>, 6> EnumTraits<EventKind>::entries{{
    {EventKind::Conference, "conference", QT_TRANSLATE_NOOP("Enum", "Conference")},
    {EventKind::Meetup, "meetup", QT_TRANSLATE_NOOP("Enum", "Meetup")},
    {EventKind::Hackathon, "hackathon", QT_TRANSLATE_NOOP("Enum", "Hackathon")},
    {EventKind::CareerFair, "career-fair", QT_TRANSLATE_NOOP("Enum", "Career fair")},
    {EventKind::Workshop, "workshop", QT_TRANSLATE_NOOP("Enum", "Workshop")},
    {EventKind::Webinar, "webinar", QT_TRANSLATE_NOOP("Enum", "Webinar")},
}};

const std::array<EnumEntry<EventStatus>, 4> EnumTraits<EventStatus>::entries{{
    {EventStatus::Considering, "considering", QT_TRANSLATE_NOOP("Enum", "Considering")},
    {EventStatus::Registered, "registered", QT_TRANSLATE_NOOP("Enum", "Registered")},
    {EventStatus::Attended, "attended", QT_TRANSLATE_NOOP("Enum", "Attended")},
    {EventStatus::Skipped, "skipped", QT_TRANSLATE_NOOP("Enum", "Skipped")},
}};

const std::array<EnumEntry<EventCompanyRole>, 4> EnumTraits<EventCompanyRole>::entries{{
    {EventCompanyRole::Attending, "attending", QT_TRANSLATE_NOOP("Enum", "Attending")},
    {EventCompanyRole::Sponsor, "sponsor", QT_TRANSLATE_NOOP("Enum", "Sponsor")},
    {EventCompanyRole::Exhibitor, "exhibitor", QT_TRANSLATE_NOOP("Enum", "Exhibitor")},
    {EventCompanyRole::Hiring, "hiring", QT_TRANSLATE_NOOP("Enum", "Hiring")},
}};

const std::array<EnumEntry<EventPersonRole>, 3> EnumTraits<EventPersonRole>::entries{{
    {EventPersonRole::Expected, "expected", QT_TRANSLATE_NOOP("Enum", "Expected")},
    {EventPersonRole::Speaker, "speaker", QT_TRANSLATE_NOOP("Enum", "Speaker")},
    {EventPersonRole::ToMeet, "to-meet", QT_TRANSLATE_NOOP("Enum", "To meet")},
}};

const std::array<EnumEntry<CostCategory>, 4> EnumTraits<CostCategory>::entries{{
    {CostCategory::Ticket, "ticket", QT_TRANSLATE_NOOP("Enum", "Ticket")},
    {CostCategory::Travel, "travel", QT_TRANSLATE_NOOP("Enum", "Travel")},
    {CostCategory::Stay, "stay", QT_TRANSLATE_NOOP("Enum", "Stay")},
    {CostCategory::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
}};

const std::array<EnumEntry<ConversationKind>, 8> EnumTraits<ConversationKind>::entries{{
    {ConversationKind::CoffeeChat, "coffee-chat", QT_TRANSLATE_NOOP("Enum", "Coffee chat")},
    {ConversationKind::InformationalInterview, "informational-interview", QT_TRANSLATE_NOOP("Enum", "Informational interview")},
    {ConversationKind::EventConversation, "event-conversation", QT_TRANSLATE_NOOP("Enum", "Event conversation")},
    {ConversationKind::JobInterview, "job-interview", QT_TRANSLATE_NOOP("Enum", "Job interview")},
    {ConversationKind::FollowUp, "follow-up", QT_TRANSLATE_NOOP("Enum", "Follow-up")},
    {ConversationKind::ThankYou, "thank-you", QT_TRANSLATE_NOOP("Enum", "Thank-you")},
    {ConversationKind::ReferralRequest, "referral-request", QT_TRANSLATE_NOOP("Enum", "Referral request")},
    {ConversationKind::GivingValue, "giving-value", QT_TRANSLATE_NOOP("Enum", "Giving value")},
}};

const std::array<EnumEntry<ConversationChannel>, 5> EnumTraits<ConversationChannel>::entries{{
    {ConversationChannel::InPerson, "in-person", QT_TRANSLATE_NOOP("Enum", "In person")},
    {ConversationChannel::Video, "video", QT_TRANSLATE_NOOP("Enum", "Video call")},
    {ConversationChannel::Phone, "phone", QT_TRANSLATE_NOOP("Enum", "Phone")},
    {ConversationChannel::Message, "message", QT_TRANSLATE_NOOP("Enum", "Message")},
    {ConversationChannel::Email, "email", QT_TRANSLATE_NOOP("Enum", "E-mail")},
}};

const std::array<EnumEntry<TalkSource>, 4> EnumTraits<TalkSource>::entries{{
    {TalkSource::None, "none", QT_TRANSLATE_NOOP("Enum", "Not measured")},
    {TalkSource::Timer, "timer", QT_TRANSLATE_NOOP("Enum", "Talk timer")},
    {TalkSource::Transcript, "transcript", QT_TRANSLATE_NOOP("Enum", "Transcript")},
    {TalkSource::Estimate, "estimate", QT_TRANSLATE_NOOP("Enum", "Estimate")},
}};

const std::array<EnumEntry<InterviewStage>, 5> EnumTraits<InterviewStage>::entries{{
    {InterviewStage::ToRequest, "to-request", QT_TRANSLATE_NOOP("Enum", "To request")},
    {InterviewStage::Requested, "requested", QT_TRANSLATE_NOOP("Enum", "Requested")},
    {InterviewStage::Scheduled, "scheduled", QT_TRANSLATE_NOOP("Enum", "Scheduled")},
    {InterviewStage::Done, "done", QT_TRANSLATE_NOOP("Enum", "Done")},
    {InterviewStage::ThankYouSent, "thank-you-sent", QT_TRANSLATE_NOOP("Enum", "Thank-you sent")},
}};

const std::array<EnumEntry<FitDecision>, 3> EnumTraits<FitDecision>::entries{{
    {FitDecision::Undecided, "undecided", QT_TRANSLATE_NOOP("Enum", "Undecided")},
    {FitDecision::GoodFit, "good-fit", QT_TRANSLATE_NOOP("Enum", "Good fit")},
    {FitDecision::NotAFit, "not-a-fit", QT_TRANSLATE_NOOP("Enum", "Not a fit")},
}};

const std::array<EnumEntry<ApplicationStage>, 9> EnumTraits<ApplicationStage>::entries{{
    {ApplicationStage::Saved, "saved", QT_TRANSLATE_NOOP("Enum", "Saved")},
    {ApplicationStage::Applied, "applied", QT_TRANSLATE_NOOP("Enum", "Applied")},
    {ApplicationStage::Screening, "screening", QT_TRANSLATE_NOOP("Enum", "Screening")},
    {ApplicationStage::Interviewing, "interviewing", QT_TRANSLATE_NOOP("Enum", "Interviewing")},
    {ApplicationStage::Offer, "offer", QT_TRANSLATE_NOOP("Enum", "Offer")},
    {ApplicationStage::Accepted, "accepted", QT_TRANSLATE_NOOP("Enum", "Accepted")},
    {ApplicationStage::Rejected, "rejected", QT_TRANSLATE_NOOP("Enum", "Rejected")},
    {ApplicationStage::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Enum", "Withdrawn")},
    {ApplicationStage::NoAnswer, "no-answer", QT_TRANSLATE_NOOP("Enum", "No answer")},
}};

const std::array<EnumEntry<ApplicationSource>, 6> EnumTraits<ApplicationSource>::entries{{
    {ApplicationSource::Referral, "referral", QT_TRANSLATE_NOOP("Enum", "Referral")},
    {ApplicationSource::Recruiter, "recruiter", QT_TRANSLATE_NOOP("Enum", "Recruiter")},
    {ApplicationSource::JobBoard, "job-board", QT_TRANSLATE_NOOP("Enum", "Job board")},
    {ApplicationSource::CompanySite, "company-site", QT_TRANSLATE_NOOP("Enum", "Company site")},
    {ApplicationSource::Event, "event", QT_TRANSLATE_NOOP("Enum", "Event")},
    {ApplicationSource::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
}};

const std::array<EnumEntry<FollowUpOrigin>, 4> EnumTraits<FollowUpOrigin>::entries{{
    {FollowUpOrigin::Manual, "manual", QT_TRANSLATE_NOOP("Enum", "By hand")},
    {FollowUpOrigin::ThankYouRule, "thank-you-rule", QT_TRANSLATE_NOOP("Enum", "Thank-you rule")},
    {FollowUpOrigin::EventRule, "event-rule", QT_TRANSLATE_NOOP("Enum", "Event rule")},
    {FollowUpOrigin::CadenceRule, "cadence-rule", QT_TRANSLATE_NOOP("Enum", "Keep-in-touch rule")},
}};

bool isTerminal(ApplicationStage stage)
{
    switch (stage) {
    case ApplicationStage::Accepted:
    case ApplicationStage::Rejected:
    case ApplicationStage::Withdrawn:
    case ApplicationStage::NoAnswer:
        return true;
    default:
        return false;
    }
}

int pipelineRank(ApplicationStage stage)
{
    switch (stage) {
    case ApplicationStage::Saved: return 0;
    case ApplicationStage::Applied: return 1;
    case ApplicationStage::Screening: return 2;
    case ApplicationStage::Interviewing: return 3;
    case ApplicationStage::Offer: return 4;
    case ApplicationStage::Accepted: return 5;
    default: return -1;
    }
}

bool isNetworkingKind(ConversationKind kind)
{
    return kind != ConversationKind::JobInterview; // everything but an interview: listen 80%
}

} // namespace foothold

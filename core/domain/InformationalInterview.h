#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace foothold {

struct PlannedQuestion {
    QString question;
    QString answer;
    bool operator==(const PlannedQuestion &) const = default;
};

// A conversation with its own lifecycle: to request → requested → scheduled → done → thank-you sent.
struct InformationalInterview {
    InterviewId id;
    ContactId contact;           // required: whom I ask
    CompanyId company;           // optional: about which company
    InterviewStage stage = InterviewStage::ToRequest;
    QDate requestedOn;
    QDateTime scheduledAt;       // UTC
    QDate doneOn;
    QDate thankedOn;
    ConversationId conversation; // the conversation it became, optional
    QList<PlannedQuestion> questions;
    QString insights;
    FitDecision fit = FitDecision::Undecided;
    QString notes;
    bool sample = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A question in the user's editable question bank.
struct BankQuestion {
    QuestionId id;
    QString text;
    QString category;
    int position = 0;
};

} // namespace foothold

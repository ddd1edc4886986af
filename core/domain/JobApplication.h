#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace foothold {

struct StageChange {
    ApplicationStage stage = ApplicationStage::Saved;
    QDate date;
    QString note;
    bool operator==(const StageChange &) const = default;
};

struct InterviewRound {
    QString name;                   // "Phone screen", "Technical 1", "Onsite"
    QDateTime at;                   // UTC, optional
    int durationMinutes = 0;
    QList<ContactId> interviewers;
    QString notes;
    QString outcome;
    bool operator==(const InterviewRound &) const = default;
};

struct JobApplication {
    ApplicationId id;
    CompanyId company;              // required
    QString role;                   // required
    QString postingUrl;
    ApplicationSource source = ApplicationSource::Other;
    ContactId referrer;             // who referred me, optional
    EventId event;                  // the event it came from, optional
    ApplicationStage stage = ApplicationStage::Saved; // current: the last of history
    QList<StageChange> history;     // dated, oldest first; never empty once stored
    QList<InterviewRound> rounds;
    std::optional<qint64> salaryMin;
    std::optional<qint64> salaryMax;
    QString salaryCurrency;
    QString location;
    QString nextAction;
    QDate nextActionDate;
    QString notes;
    bool sample = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The furthest pipeline stage ever reached (for the funnel), from the history.
    [[nodiscard]] ApplicationStage furthestStage() const;
    // Moves to `stage` on `date`, appending to the history.
    void moveTo(ApplicationStage newStage, QDate date, QString note = {});
};

} // namespace foothold

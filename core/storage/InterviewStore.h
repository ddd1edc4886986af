#pragma once

#include "core/domain/InformationalInterview.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QList>

namespace foothold {

struct InterviewQuery {
    QString search{};                       // contact name, insights, notes
    ContactId contact{};
    std::optional<InterviewStage> stage{};
    bool includeSample = true;
};

// Informational interviews, with their planned questions and answers.
class InterviewStore {
public:
    explicit InterviewStore(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db), m_clock(clock) {}

    Result<InterviewId> insert(InformationalInterview interview);
    Status update(const InformationalInterview &interview);
    Status remove(InterviewId id);
    Result<InformationalInterview> get(InterviewId id);
    QList<InformationalInterview> list(const InterviewQuery &query = {});
    Result<qint64> count();

private:
    Database &m_db;
    const Clock &m_clock;
};

// The user's question bank, seeded with good questions by the first migration.
class QuestionBankStore {
public:
    explicit QuestionBankStore(Database &db) : m_db(db) {}

    QList<BankQuestion> list();
    Result<QuestionId> insert(BankQuestion question);
    Status update(const BankQuestion &question);
    Status remove(QuestionId id);

private:
    Database &m_db;
};

} // namespace foothold

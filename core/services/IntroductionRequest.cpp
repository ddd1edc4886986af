#include "core/services/IntroductionRequest.h"

#include "core/domain/FollowUp.h"
#include "core/storage/FollowUpStore.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IntroductionRequest", text);
}

QString firstName(const QString &name)
{
    const QString simple = name.simplified();
    const qsizetype space = simple.indexOf(QLatin1Char(' '));
    return space > 0 ? simple.left(space) : simple;
}

} // namespace

IntroductionDraft draftIntroduction(const WarmPath &path, const QString &goal, bool goalIsCompany)
{
    IntroductionDraft draft;
    if (path.hops.isEmpty())
        return draft;
    const PathHop &ask = path.hops.first();
    draft.ask = ask.id;
    const QString hi = tr("Hi %1,").arg(firstName(ask.name));
    const QString where = ask.companyName.isEmpty() ? QString() : tr(" at %1").arg(ask.companyName);
    // Give first: something useful for them, named by the user before sending.
    const QString give = tr("I hope all is well%1. I came across something I think you will find useful: [an article, "
                            "an event, a job lead or a person who could help you; add it here]. Happy to share more if "
                            "it helps.")
                             .arg(where);
    const QString thanks = tr("Thank you either way!");
    QString ask_;

    if (path.hops.size() == 1) {
        if (goalIsCompany) {
            draft.title = tr("Ask %1 about %2").arg(ask.name, goal);
            ask_ = tr("I am exploring roles at %1 and would value your view from the inside. Would you have 20 minutes "
                      "in the next couple of weeks to tell me what working there is like?")
                       .arg(goal);
            draft.ruleKey = QStringLiteral("introduction:%1:company:%2").arg(ask.id.value).arg(goal.toCaseFolded());
        } else {
            draft.title = tr("Get in touch with %1").arg(ask.name);
            ask_ = tr("Would you have 20 minutes in the next couple of weeks for a short chat? I would love to hear "
                      "about your work.");
            draft.ruleKey = QStringLiteral("introduction:%1:direct").arg(ask.id.value);
        }
    } else {
        const PathHop &next = path.hops.at(1);
        draft.introduceTo = next.id;
        const bool nextIsGoal = goalIsCompany ? path.hops.size() == 2 : next.name == goal;
        draft.title = tr("Ask %1 for an introduction to %2").arg(ask.name, next.name);
        if (!nextIsGoal || goalIsCompany)
            draft.title += tr(" (towards %1)").arg(goal);
        if (goalIsCompany && path.hops.size() == 2)
            ask_ = tr("I am exploring roles at %1, and I believe you know %2 there. Would you be comfortable "
                      "introducing us? A short e-mail is plenty; I will keep it to 20 minutes and follow up myself.")
                       .arg(goal, next.name);
        else if (goalIsCompany)
            ask_ = tr("I am exploring roles at %1, and I believe %2 could point me to the right people there. Would "
                      "you be comfortable introducing us? A short e-mail is plenty; I will keep it to 20 minutes and "
                      "follow up myself.")
                       .arg(goal, next.name);
        else if (nextIsGoal)
            ask_ = tr("I would love to learn from %1 about their work. Would you be comfortable introducing us? A "
                      "short e-mail is plenty; I will keep it to 20 minutes and follow up myself.")
                       .arg(next.name);
        else
            ask_ = tr("I am hoping to reach %1, and I believe %2 knows them. Would you be comfortable introducing me "
                      "to %2? A short e-mail is plenty; I will keep it to 20 minutes and follow up myself.")
                       .arg(goal, next.name);
        draft.ruleKey = QStringLiteral("introduction:%1:%2").arg(ask.id.value).arg(next.id.value);
    }
    draft.message = hi + QStringLiteral("\n\n") + give + QStringLiteral("\n\n") + ask_ + QStringLiteral(" ")
                  + tr("No pressure at all if the timing is not right.") + QStringLiteral("\n\n") + thanks;
    return draft;
}

Result<FollowUpId> createIntroductionFollowUp(Database &db, const Clock &clock, const WarmPath &path, const QString &goal,
                                              bool goalIsCompany)
{
    if (path.hops.isEmpty())
        return Error::invalid(QStringLiteral("path"), tr("is empty"));
    const IntroductionDraft draft = draftIntroduction(path, goal, goalIsCompany);
    FollowUp followUp;
    followUp.title = draft.title;
    followUp.due = clock.today().addDays(1);
    followUp.contact = draft.ask;
    followUp.origin = FollowUpOrigin::Manual;
    followUp.ruleKey = draft.ruleKey;
    followUp.notes = draft.message;
    auto id = FollowUpStore(db, clock).insert(followUp);
    if (!id && id.error().code == Error::Code::Conflict)
        return Error{Error::Code::Conflict, tr("there is already a follow-up to %1").arg(draft.title.left(1).toLower() + draft.title.mid(1)),
                     {}, {}};
    return id;
}

} // namespace foothold

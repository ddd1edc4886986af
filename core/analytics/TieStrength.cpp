#include "core/analytics/TieStrength.h"

#include <QCoreApplication>

#include <cmath>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TieStrength", text);
}

double channelWeight(ConversationChannel channel, const TieParameters &p)
{
    switch (channel) {
    case ConversationChannel::InPerson: return p.inPerson;
    case ConversationChannel::Video:
    case ConversationChannel::Phone: return p.call;
    case ConversationChannel::Message:
    case ConversationChannel::Email: return p.written;
    }
    return p.written;
}

TieLevel levelOf(double value, const TieParameters &p)
{
    if (value >= p.strongAt)
        return TieLevel::Strong;
    if (value >= p.mediumAt)
        return TieLevel::Medium;
    return value > 0.0 ? TieLevel::Weak : TieLevel::None;
}

QString ago(int days)
{
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    if (days < 60)
        return tr("%1 days ago").arg(days);
    if (days < 730)
        return tr("%1 months ago").arg(days / 30);
    return tr("%1 years ago").arg(days / 365);
}

QString formatValue(double value)
{
    return QString::number(value, 'g', 3);
}

} // namespace

QString tieLevelName(TieLevel level)
{
    switch (level) {
    case TieLevel::Strong: return tr("strong");
    case TieLevel::Medium: return tr("medium");
    case TieLevel::Weak: return tr("weak");
    case TieLevel::None: break;
    }
    return tr("no tie");
}

TieStrength tieStrength(const TieInput &input, QDate today, const TieParameters &p)
{
    TieStrength out;
    for (const TieTouch &touch : input.conversations) {
        if (!touch.day.isValid() || touch.day > today)
            continue; // planned, not had
        const auto age = int(touch.day.daysTo(today));
        out.activity += channelWeight(touch.channel, p) * std::exp2(-double(age) / p.halfLifeDays);
        ++out.conversations;
        if (out.daysSinceLast < 0 || age < out.daysSinceLast)
            out.daysSinceLast = age;
    }

    if (input.strengthOverride) {
        out.value = qBound(0.0, *input.strengthOverride, 1.0);
        out.overridden = true;
        out.level = levelOf(out.value, p);
        out.explanation = tr("%1: set by you (%2)").arg(tieLevelName(out.level), formatValue(out.value));
        return out;
    }
    if (!input.connection) {
        out.explanation = tr("no tie: not met yet");
        return out;
    }

    double bonus = 0.0;
    QString roleNote;
    if (input.role == ContactRole::Mentor) {
        bonus = p.mentorBonus;
        roleNote = tr("mentor");
    } else if (input.role == ContactRole::FormerColleague) {
        bonus = p.formerColleagueBonus;
        roleNote = tr("former colleague");
    }
    const double a = out.activity;
    out.value = qMin(1.0, p.base + p.span * a / (a + 1.0) + bonus);
    out.level = levelOf(out.value, p);

    QString why;
    if (out.conversations == 0)
        why = tr("connected, no conversations logged");
    else if (out.conversations == 1)
        why = tr("1 conversation, %1").arg(ago(out.daysSinceLast));
    else
        why = tr("%1 conversations, last %2").arg(out.conversations).arg(ago(out.daysSinceLast));
    if (!roleNote.isEmpty())
        why += QStringLiteral("; ") + roleNote;
    out.explanation = tieLevelName(out.level) + QStringLiteral(": ") + why;
    return out;
}

} // namespace foothold

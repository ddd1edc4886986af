#include "ui/models/TalkTargets.h"

#include "core/util/Settings.h"

#include <QCoreApplication>

#include <cmath>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TalkTargets", text);
}

int percent(double share)
{
    return int(std::lround(share * 100));
}

} // namespace

TalkTargets TalkTargets::fromSettings()
{
    TalkTargets targets;
    targets.networking = settingValue(settings::NetworkingTalkTarget);
    targets.interview = settingValue(settings::InterviewTalkTarget);
    targets.tolerance = settingValue(settings::TalkTargetTolerance);
    return targets;
}

double TalkTargets::targetFor(ConversationKind kind) const
{
    return isNetworkingKind(kind) ? networking : interview;
}

TargetStatus TalkTargets::status(ConversationKind kind, std::optional<double> myShare) const
{
    if (!myShare)
        return TargetStatus::NotMeasured;
    const double target = targetFor(kind);
    // Compared in whole percent points, as shown, so that "30%" against "20% ± 10" reads as on target.
    const long difference = std::lround(*myShare * 100) - std::lround(target * 100);
    const long allowed = std::lround(tolerance * 100);
    if (difference > allowed)
        return TargetStatus::Over;
    if (difference < -allowed)
        return TargetStatus::Under;
    return TargetStatus::On;
}

QString targetStatusText(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Under:
        return tr("Under target");
    case TargetStatus::On:
        return tr("On target");
    case TargetStatus::Over:
        return tr("Over target");
    default:
        return {};
    }
}

QString targetText(const TalkTargets &targets, ConversationKind kind)
{
    const QString what = isNetworkingKind(kind) ? tr("networking") : tr("a job interview");
    return tr("Target for %1: I speak %2% ± %3 points.")
        .arg(what)
        .arg(percent(targets.targetFor(kind)))
        .arg(percent(targets.tolerance));
}

QString targetExplanation(const TalkTargets &targets, ConversationKind kind, std::optional<double> myShare)
{
    QString text = targetText(targets, kind);
    if (myShare)
        text += QLatin1Char(' ') + tr("I spoke %1%.").arg(percent(*myShare));
    else
        text += QLatin1Char(' ') + tr("Not measured.");
    return text;
}

} // namespace foothold

#pragma once

#include "cli/CliContext.h"

#include <QJsonValue>
#include <QStringList>
#include <optional>

// `foothold-cli event SUBCOMMAND ...` and `foothold-cli events SUBCOMMAND ...`: the event
// planner (docs/EVENTS.md). One function per subcommand.
namespace foothold::cli {

int runEventRoi(CliContext &context, const QStringList &args);
int runEventSessions(CliContext &context, const QStringList &args);
int runEventChoose(CliContext &context, const QStringList &args);
int runEventBrief(CliContext &context, const QStringList &args);
int runEventCapture(CliContext &context, const QStringList &args);
int runEventRules(CliContext &context, const QStringList &args);
int runEventsPlan(CliContext &context, const QStringList &args);
int runEventsSettings(CliContext &context, const QStringList &args);

// null for none, else the number.
inline QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// "1,234.50" style amounts for people: two decimals.
inline QString money(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace foothold::cli

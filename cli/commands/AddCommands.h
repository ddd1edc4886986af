#pragma once

#include "cli/CliContext.h"

#include <QStringList>

// `foothold-cli add KIND ...`: one function per kind of record, one file each.
namespace foothold::cli {

int runAddContact(CliContext &context, const QStringList &args);
int runAddCompany(CliContext &context, const QStringList &args);
int runAddEvent(CliContext &context, const QStringList &args);
int runAddConversation(CliContext &context, const QStringList &args);
int runAddApplication(CliContext &context, const QStringList &args);
int runAddFollowUp(CliContext &context, const QStringList &args);
int runAddInterview(CliContext &context, const QStringList &args);

} // namespace foothold::cli

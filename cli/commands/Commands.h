#pragma once

#include "cli/CliContext.h"

#include <QStringList>

// The entry points of foothold-cli's commands, one file each in this folder.
namespace foothold::cli {

int runAdd(CliContext &context, const QStringList &args);
int runList(CliContext &context, const QStringList &args);
int runStats(CliContext &context, const QStringList &args);
int runSample(CliContext &context, const QStringList &args);
int runBalance(CliContext &context, const QStringList &args);
int runImport(CliContext &context, const QStringList &args);
int runLink(CliContext &context, const QStringList &args);
int runCompany(CliContext &context, const QStringList &args);
int runPaths(CliContext &context, const QStringList &args);
int runReach(CliContext &context, const QStringList &args);
int runGenerateNetwork(CliContext &context, const QStringList &args);
int runExport(CliContext &context, const QStringList &args);
int runRestore(CliContext &context, const QStringList &args);

} // namespace foothold::cli

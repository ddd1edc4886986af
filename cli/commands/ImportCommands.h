#pragma once

#include "cli/CliContext.h"

#include <QStringList>

// `foothold-cli import KIND ...`: one function per kind of file, one file each.
namespace foothold::cli {

int runImportLinkedIn(CliContext &context, const QStringList &args);
int runImportVCard(CliContext &context, const QStringList &args);
int runImportIcs(CliContext &context, const QStringList &args);
int runImportTranscript(CliContext &context, const QStringList &args);

} // namespace foothold::cli

#pragma once

#include "cli/CliContext.h"

#include <QList>
#include <QStringList>

namespace foothold::cli {

// A top-level command of foothold-cli ("add", "list", "stats", …).
struct Command {
    QString name;
    QString summary;
    int (*run)(CliContext &context, const QStringList &args); // args: the words after the name
};

// Every command, in the order --help lists them. Defined in CommandRegistry.cpp.
const QList<Command> &commands();

// Runs foothold-cli with `arguments` (argv without the program name).
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err,
           const Clock &clock = SystemClock::instance());

} // namespace foothold::cli

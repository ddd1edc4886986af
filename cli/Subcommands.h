#pragma once

#include "cli/CliContext.h"

#include <QStringList>

#include <span>

namespace foothold::cli {

// A command made of subcommands ("add contact", "import vcard", "event roi"): one table of
// names, one-line summaries and the functions that run them; help and dispatch are shared.
struct Subcommand {
    const char *name;
    const char *summary;
    int (*run)(CliContext &, const QStringList &);
};

struct SubcommandTable {
    const char *command; // "add"
    const char *intro;   // the help up to the list: "Usage: …\n\n…\n\nKinds:\n"
    const char *outro;   // the help after it: "\nRun 'foothold-cli add KIND --help' …\n"
    const char *noun;    // what one is called in "unknown kind 'x'"
    int width;           // the names' column
    std::span<const Subcommand> entries;
};

// Runs the subcommand named by args[0] with the rest. No name: the help on stderr, ExitUsage;
// --help/-h: the help on stdout, ExitOk; an unknown name: one line on stderr, ExitUsage.
int runSubcommand(CliContext &context, const QStringList &args, const SubcommandTable &table);

} // namespace foothold::cli

#pragma once

#include "cli/CliContext.h"

#include <QCommandLineParser>

#include <optional>

namespace foothold::cli {

// The options of one command, on QCommandLineParser, with our exit-code conventions: --help prints
// the help and exits 0; an unknown option or a missing value prints one line and exits 2.
class CommandLine {
public:
    // `command` as typed ("add contact"), `synopsis` after it ("--name N [options]").
    CommandLine(QString command, QString synopsis, QString description);

    CommandLine &option(const QString &names, const QString &description, const QString &valueName = {});
    CommandLine &positional(const QString &name, const QString &description);

    // Parses `args` (the words after the command). Returns an exit code when the caller should stop
    // (help shown, or a usage error), nullopt to go on.
    std::optional<int> parse(const QStringList &args, CliContext &context);

    [[nodiscard]] bool isSet(const QString &name) const { return m_parser.isSet(name); }
    [[nodiscard]] QString value(const QString &name) const { return m_parser.value(name); }
    [[nodiscard]] QStringList values(const QString &name) const { return m_parser.values(name); }
    [[nodiscard]] QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    // Prints a usage error about this command and returns ExitUsage.
    int usageError(CliContext &context, const QString &message) const;
    QString helpText() const;

private:
    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
};

} // namespace foothold::cli

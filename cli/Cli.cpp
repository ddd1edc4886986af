#include "cli/Command.h"

#include <QCoreApplication>

namespace foothold::cli {
namespace {

void printHelp(QTextStream &out)
{
    out << "Usage: foothold-cli [--db PATH] COMMAND [ARGS...]\n\n"
           "Foothold from the command line: your network and job search, scriptable.\n\n"
           "Options:\n"
           "  --db PATH      the database file (default: $FOOTHOLD_DB, or the app's own file)\n"
           "  -h, --help     show this help\n"
           "  --version      show the version\n\n"
           "Commands:\n";
    for (const auto &command : commands())
        out << "  " << command.name.leftJustified(14) << " " << command.summary << "\n";
    out << "\nRun 'foothold-cli COMMAND --help' for the options of a command.\n"
           "Exit status: 0 done, 1 failed (nothing changed), 2 wrong usage.\n";
    out.flush();
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock)
{
    QString databaseOption;
    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--db") || arg == QLatin1String("-db")) {
            if (i + 1 >= arguments.size()) {
                err << "foothold-cli: --db needs a file name\n" << Qt::flush;
                return ExitUsage;
            }
            databaseOption = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            databaseOption = arg.mid(5);
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help") || arg == QLatin1String("help")) {
            printHelp(out);
            return ExitOk;
        } else if (arg == QLatin1String("--version")) {
            out << "foothold-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            err << "foothold-cli: unknown option " << arg << "\nTry 'foothold-cli --help'.\n" << Qt::flush;
            return ExitUsage;
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        printHelp(err);
        return ExitUsage;
    }
    const QString name = arguments.at(i);
    const QStringList rest = arguments.mid(i + 1);
    for (const auto &command : commands()) {
        if (command.name == name) {
            CliContext context(databaseOption, out, err, clock);
            const int code = command.run(context, rest);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "foothold-cli: unknown command '" << name << "'\nTry 'foothold-cli --help'.\n" << Qt::flush;
    return ExitUsage;
}

} // namespace foothold::cli

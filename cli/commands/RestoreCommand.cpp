#include "cli/CommandLine.h"
#include "cli/FileIo.h"
#include "cli/commands/Commands.h"
#include "core/services/BackupService.h"

namespace foothold::cli {

int runRestore(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("restore"), QStringLiteral("FILE [--replace]"),
                     QStringLiteral("Restores a full backup made by 'export json', ids and all, in one transaction. A database "
                                    "that already holds data is only overwritten with --replace (everything in it is replaced). "
                                    "A backup from an older Foothold is brought up to date on the way. When the restore fails, "
                                    "nothing is changed, and a database file it created is removed again."));
    line.positional(QStringLiteral("FILE"), QStringLiteral("The backup (JSON); - for standard input."))
        .option(QStringLiteral("replace"), QStringLiteral("Replace whatever the database holds."));
    if (auto stop = line.parse(args, context))
        return *stop;
    const QStringList positional = line.positionalArguments();
    if (positional.size() != 1)
        return line.usageError(context, QStringLiteral("give one FILE"));
    const QString file = positional.first();
    auto bytes = readInput(file);
    if (!bytes)
        return context.fail(bytes.error());
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    if (auto s = BackupService(*db, context.clock()).restore(*bytes, file == QLatin1String("-") ? QStringLiteral("stdin") : file,
                                                             line.isSet(QStringLiteral("replace")));
        !s) {
        // Restoring into a new path: a failure leaves no empty database behind.
        context.discardCreatedDatabase();
        return context.fail(s.error());
    }
    context.out() << "restored " << file << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli

#include "cli/CommandLine.h"
#include "cli/FileIo.h"
#include "cli/commands/Commands.h"
#include "core/services/BackupService.h"
#include "core/services/Export.h"

namespace foothold::cli {

int runExport(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("export"), QStringLiteral("vcard|ics|csv|json FILE [--table T] [--bom]"),
                     QStringLiteral("Writes your data for other programs: vcard (every contact, vCard 4.0), ics (events, "
                                    "interview rounds, scheduled informational interviews, follow-ups as to-dos), csv (one list, "
                                    "for spreadsheets) or json (a full backup, for 'restore'). FILE may be - for standard "
                                    "output."));
    line.positional(QStringLiteral("FORMAT"), QStringLiteral("vcard, ics, csv or json."))
        .positional(QStringLiteral("FILE"), QStringLiteral("The file to write (replaced when it exists)."))
        .option(QStringLiteral("table"), QStringLiteral("csv: the list, one of: ") + csvTables().join(QStringLiteral(", ")) +
                                             QStringLiteral(" (default: contacts)."),
                QStringLiteral("T"))
        .option(QStringLiteral("bom"), QStringLiteral("csv: start with a byte-order mark, for spreadsheets that guess the encoding."));
    if (auto stop = line.parse(args, context))
        return *stop;
    const QStringList positional = line.positionalArguments();
    if (positional.size() != 2)
        return line.usageError(context, QStringLiteral("give a FORMAT (vcard, ics, csv, json) and a FILE"));
    const QString format = positional.at(0);
    const QString file = positional.at(1);
    const QStringList formats{QStringLiteral("vcard"), QStringLiteral("ics"), QStringLiteral("csv"), QStringLiteral("json")};
    if (!formats.contains(format))
        return line.usageError(context, QStringLiteral("unknown FORMAT '%1' (one of: vcard, ics, csv, json)").arg(format));
    const QString table = line.isSet(QStringLiteral("table")) ? line.value(QStringLiteral("table")) : QStringLiteral("contacts");
    if (format != QLatin1String("csv") && (line.isSet(QStringLiteral("table")) || line.isSet(QStringLiteral("bom"))))
        return line.usageError(context, QStringLiteral("--table and --bom are for csv"));
    if (format == QLatin1String("csv") && !csvTables().contains(table))
        return line.usageError(context, QStringLiteral("unknown table '%1' (one of: %2)").arg(table, csvTables().join(QStringLiteral(", "))));
    Database *db = context.database();
    if (!db)
        return ExitFailure;

    Result<QByteArray> bytes = QByteArray();
    if (format == QLatin1String("vcard"))
        bytes = exportVCards(*db);
    else if (format == QLatin1String("ics"))
        bytes = exportCalendar(*db, context.clock());
    else if (format == QLatin1String("csv"))
        bytes = exportCsv(*db, table, CsvWriteOptions{line.isSet(QStringLiteral("bom")), true});
    else
        bytes = BackupService(*db, context.clock()).backup();
    if (!bytes)
        return context.fail(bytes.error());
    if (auto s = writeOutput(file, *bytes); !s)
        return context.fail(s.error());
    if (file != QLatin1String("-"))
        context.out() << "exported " << (format == QLatin1String("csv") ? table : format) << " to " << file << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli

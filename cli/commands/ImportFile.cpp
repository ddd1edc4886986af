#include "cli/CommandLine.h"
#include "cli/FileIo.h"
#include "cli/commands/ImportCommands.h"
#include "core/services/CalendarImporter.h"
#include "core/services/LinkedInImporter.h"
#include "core/services/VCardImporter.h"

namespace foothold::cli {
namespace {

// At most this many lines of one kind on stderr; the rest are counted.
constexpr int kMaxLines = 50;

void printCapped(QTextStream &err, const QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size() && i < kMaxLines; ++i)
        err << lines.at(i) << "\n";
    if (lines.size() > kMaxLines)
        err << "… and " << (lines.size() - kMaxLines) << " more\n";
}

QString at(const QString &file, int line)
{
    return line > 0 ? file + QLatin1Char(':') + QString::number(line) : file;
}

} // namespace

// `import linkedin|vcard|ics FILE`: the three record imports share options, output and rules.
static int runImportFile(CliContext &context, const QString &format, const QStringList &args)
{
    CommandLine line(QStringLiteral("import ") + format, QStringLiteral("FILE [--dry-run] [--skip-invalid]"),
                     QStringLiteral("Imports LinkedIn's Connections.csv, a vCard file (2.1, 3.0, 4.0) or an iCalendar file, all "
                                    "or nothing, and prints \"added N, updated N, unchanged N, skipped N\".\n"
                                    "People already known (by profile URL, e-mail, or name and company) are updated, not added "
                                    "again; events by their UID or name and start. Problems are listed on stderr as FILE:LINE: "
                                    "what; with any error nothing is imported, unless --skip-invalid. An error is a value "
                                    "the format does not allow (a date that does not exist, an e-mail address that is not "
                                    "one, a vCard PHOTO that is not the base64 it says) or a vCard without any "
                                    "name; a valid value Foothold does not keep (a birthday without a year, a photo given as "
                                    "a link) is a warning. FILE may be - for standard input."));
    line.positional(QStringLiteral("FILE"), QStringLiteral("The file to import."))
        .option(QStringLiteral("dry-run"), QStringLiteral("Report what would happen, change nothing."))
        .option(QStringLiteral("skip-invalid"), QStringLiteral("Leave out (and list) the records with errors, import the rest."));
    if (auto stop = line.parse(args, context))
        return *stop;
    const QStringList positional = line.positionalArguments();
    if (positional.size() != 1)
        return line.usageError(context, QStringLiteral("give one FILE"));
    const QString file = positional.at(0);
    auto bytes = readInput(file);
    if (!bytes)
        return context.fail(bytes.error());
    Database *db = context.database();
    if (!db)
        return ExitFailure;

    ImportOptions options;
    options.sourceName = file == QLatin1String("-") ? QStringLiteral("stdin") : file;
    options.dryRun = line.isSet(QStringLiteral("dry-run"));
    options.skipInvalid = line.isSet(QStringLiteral("skip-invalid"));
    options.calendar.now = context.clock().nowUtc();
    ImportResult result;
    if (format == QLatin1String("linkedin"))
        result = LinkedInImporter(*db, context.clock()).import(*bytes, options);
    else if (format == QLatin1String("vcard"))
        result = VCardImporter(*db, context.clock()).import(*bytes, options);
    else
        result = CalendarImporter(*db, context.clock()).import(*bytes, options);

    QTextStream &err = context.err();
    const QString &name = options.sourceName;
    if (!result.ok()) {
        // Importing into a new path: a refused import leaves no empty database behind.
        context.discardCreatedDatabase();
        // Each problem once: the errors as FILE:LINE lines, then one summary line. A file-level
        // failure carries the message of its first error (the app shows it as the headline), so
        // printing it after the list would say that error twice.
        const Error &failure = *result.failure;
        bool repeats = false;
        for (const Diagnostic &d : std::as_const(result.errors))
            repeats = repeats || d.message == failure.message;
        if (repeats && result.errors.size() == 1)
            return context.fail(result.errors.first().toString(name));
        QStringList lines;
        for (const Diagnostic &d : std::as_const(result.errors))
            lines << d.toString(name);
        printCapped(err, lines);
        if (repeats)
            return context.fail(name + QStringLiteral(": %1 error(s); nothing was imported").arg(result.errors.size()));
        return context.fail(failure.toString());
    }
    QStringList warnings, skipped, duplicates;
    for (const Diagnostic &d : std::as_const(result.warnings))
        warnings << at(name, d.line) + QStringLiteral(": warning: ") + d.message;
    for (const ImportRecord &r : std::as_const(result.records))
        if (r.action == ImportAction::Skipped)
            skipped << at(name, r.line) + QStringLiteral(": skipped: ") + (r.label.isEmpty() ? QString() : r.label + QStringLiteral(": ")) + r.reason;
    for (const LikelyDuplicate &d : std::as_const(result.duplicates))
        duplicates << at(name, d.line) + QStringLiteral(": likely duplicate: %1 (contact %2) may be contact %3: %4")
                                             .arg(d.name)
                                             .arg(d.imported.isValid() ? QString::number(d.imported.value) : QStringLiteral("new"))
                                             .arg(d.existing.value)
                                             .arg(d.reason);
    printCapped(err, warnings);
    printCapped(err, skipped);
    printCapped(err, duplicates);
    if (options.dryRun)
        err << "dry run: nothing was changed\n";
    err.flush();
    context.out() << result.summary() << Qt::endl;
    return ExitOk;
}

int runImportLinkedIn(CliContext &context, const QStringList &args)
{
    return runImportFile(context, QStringLiteral("linkedin"), args);
}

int runImportVCard(CliContext &context, const QStringList &args)
{
    return runImportFile(context, QStringLiteral("vcard"), args);
}

int runImportIcs(CliContext &context, const QStringList &args)
{
    return runImportFile(context, QStringLiteral("ics"), args);
}

} // namespace foothold::cli

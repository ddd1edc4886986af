#include "cli/CommandLine.h"
#include "cli/TalkReport.h"
#include "cli/commands/ImportCommands.h"
#include "core/domain/TimeInput.h"
#include "core/services/NameResolver.h"
#include "core/util/Settings.h"

namespace foothold::cli {

int runImportTranscript(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("import transcript"),
                     QStringLiteral("FILE --me NAME --contact NAME_OR_ID [--kind KIND] [--date YYYY-MM-DD] [options]"),
                     QStringLiteral("Stores a conversation measured from its transcript (my share of the speaking time, "
                                    "questions, longest monologue, switches; docs/TALK.md) and prints its id. The name "
                                    "given with --me is remembered for the next import. Nothing is stored when the "
                                    "transcript cannot be read or the share cannot be measured."));
    line.positional(QStringLiteral("FILE"), QStringLiteral("The transcript."));
    addTranscriptOptions(line);
    line.option(QStringLiteral("contact"), QStringLiteral("Who you talked with, name or id (repeatable; at least one)."),
                QStringLiteral("NAME_OR_ID"))
        .option(QStringLiteral("kind"), QStringLiteral("Kind (default coffee-chat): ") + allKeys<ConversationKind>().join(QStringLiteral(", ")) +
                                            QLatin1Char('.'),
                QStringLiteral("KIND"))
        .option(QStringLiteral("date"), QStringLiteral("When: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default today)."), QStringLiteral("WHEN"))
        .option(QStringLiteral("channel"), QStringLiteral("Channel (default video): ") +
                                               allKeys<ConversationChannel>().join(QStringLiteral(", ")) + QLatin1Char('.'),
                QStringLiteral("CH"))
        .option(QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("TEXT"));
    if (auto stop = line.parse(args, context))
        return *stop;
    const QStringList files = line.positionalArguments();
    if (files.size() != 1)
        return line.usageError(context, files.isEmpty() ? QStringLiteral("the transcript FILE is required")
                                                        : QStringLiteral("one FILE at a time"));
    if (!line.isSet(QStringLiteral("contact")))
        return line.usageError(context, QStringLiteral("--contact is required"));

    TranscriptImportRequest import;
    if (line.isSet(QStringLiteral("kind"))) {
        auto kind = parseKey<ConversationKind>(line.value(QStringLiteral("kind")), QStringLiteral("kind"));
        if (!kind)
            return context.fail(kind.error());
        import.kind = *kind;
    }
    if (line.isSet(QStringLiteral("channel"))) {
        auto channel = parseKey<ConversationChannel>(line.value(QStringLiteral("channel")), QStringLiteral("channel"));
        if (!channel)
            return context.fail(channel.error());
        import.channel = *channel;
    }
    // A date alone is taken as midday, as `add conversation` does.
    const QString date = line.isSet(QStringLiteral("date")) ? line.value(QStringLiteral("date")) : context.clock().today().toString(Qt::ISODate);
    auto when = parseTimeInput(date, QStringLiteral("date"), {}, QTime(12, 0));
    if (!when)
        return context.fail(when.error());
    import.when = when->utc;
    import.notes = line.value(QStringLiteral("notes"));

    TranscriptAnalysisRequest request;
    if (auto stop = transcriptRequest(line, context, files.first(), request))
        return *stop;
    import.rememberedNames = request.rememberedNames;
    Transcript transcript = parseTranscript(request.bytes, request.fileName, request.format);
    printDiagnostics(context.err(), transcript);
    if (Status usable = transcript.usable(request.skipBadCues); !usable)
        return context.fail(usable.error());
    const TranscriptAnalysis analysis = analyseTranscript(std::move(transcript), request.me, request.rememberedNames);
    if (analysis.me.isEmpty())
        return line.usageError(context, QStringLiteral("--me is required: %1").arg(analysis.measures.message));
    if (analysis.meProposed)
        context.err() << "foothold-cli: taking “" << analysis.me.join(QStringLiteral("”, “")) << "” as you ("
                      << analysis.proposal.reason << "); say --me NAME otherwise" << Qt::endl;

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    NameResolver resolve(*db);
    for (const QString &who : line.values(QStringLiteral("contact"))) {
        auto id = resolve.contact(who);
        if (!id)
            return context.fail(id.error());
        if (!import.contacts.contains(*id))
            import.contacts << *id;
    }
    auto stored = importTranscript(*db, context.clock(), analysis, import);
    if (!stored)
        return context.fail(stored.error());
    setSettingValue(settings::MySpeakerNames, stored->rememberedNames);
    const TalkMeasures &m = analysis.measures;
    const TalkTargetBand band = talkTargetBandFromSettings(import.kind);
    context.out() << "added conversation " << stored->conversation.value << " (my share " << percent(*m.myShare)
                  << (m.basis == TranscriptTiming::WordCounts ? " of the words" : "") << "; " << toKey(import.kind) << " target "
                  << percent(band.low) << "–" << percent(band.high) << ": " << toKey(judgeTalkShare(m.myShare, band)) << ")"
                  << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli

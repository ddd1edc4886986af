#include "cli/CommandLine.h"
#include "cli/TalkReport.h"
#include "cli/commands/Commands.h"

#include <QJsonDocument>

namespace foothold::cli {

int runBalance(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("balance"), QStringLiteral("FILE [--me NAME] [--kind KIND] [--json]"),
                     QStringLiteral("Measures a transcript (WebVTT from Zoom or Teams, SubRip, or a Google Meet transcript saved "
                                    "as text) without storing anything: my share of the speaking time, questions, my longest "
                                    "monologue, speaker switches, time and words per speaker. docs/TALK.md defines each "
                                    "measure. A transcript that cannot be read is refused with FILE:LINE."));
    line.positional(QStringLiteral("FILE"), QStringLiteral("The transcript."));
    addTranscriptOptions(line);
    line.option(QStringLiteral("kind"),
                QStringLiteral("Kind of conversation, to compare the share with its target: ") +
                    allKeys<ConversationKind>().join(QStringLiteral(", ")) + QLatin1Char('.'),
                QStringLiteral("KIND"))
        .option(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (auto stop = line.parse(args, context))
        return *stop;
    const QStringList files = line.positionalArguments();
    if (files.size() != 1)
        return line.usageError(context, files.isEmpty() ? QStringLiteral("the transcript FILE is required")
                                                        : QStringLiteral("one FILE at a time"));
    std::optional<ConversationKind> kind;
    if (line.isSet(QStringLiteral("kind"))) {
        auto parsed = parseKey<ConversationKind>(line.value(QStringLiteral("kind")), QStringLiteral("kind"));
        if (!parsed)
            return line.usageError(context, parsed.error().toString());
        kind = *parsed;
    }
    TranscriptAnalysisRequest request;
    if (auto stop = transcriptRequest(line, context, files.first(), request))
        return *stop;
    const bool json = line.isSet(QStringLiteral("json"));

    Transcript transcript = parseTranscript(request.bytes, request.fileName, request.format);
    if (Status usable = transcript.usable(request.skipBadCues); !usable) {
        printDiagnostics(context.err(), transcript);
        return context.fail(usable.error());
    }
    if (!json)
        printDiagnostics(context.err(), transcript);
    const TranscriptAnalysis analysis = analyseTranscript(std::move(transcript), request.me, request.rememberedNames);
    if (json) {
        context.out() << QString::fromUtf8(QJsonDocument(talkJson(analysis, kind)).toJson(QJsonDocument::Indented));
        context.out().flush();
    } else {
        printTalkReport(context.out(), analysis, kind);
    }
    return ExitOk;
}

} // namespace foothold::cli

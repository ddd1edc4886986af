#include "cli/CommandLine.h"
#include "cli/TalkReport.h"
#include "cli/commands/Commands.h"

#include <QJsonArray>
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
        .option(QStringLiteral("json"), QStringLiteral("Print JSON."))
        .option(QStringLiteral("cues"), QStringLiteral("With --json: also list every cue as read (start, end, speaker, text, "
                                                       "line; a cue with several voices gives one entry per voice)."));
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
        QJsonObject object = talkJson(analysis, kind);
        if (line.isSet(QStringLiteral("cues"))) {
            QJsonArray cues;
            for (const TranscriptCue &cue : analysis.transcript.cues)
                cues.append(QJsonObject{{QStringLiteral("cue"), cue.sourceCue},
                                        {QStringLiteral("line"), cue.line},
                                        {QStringLiteral("start"), cue.start},
                                        {QStringLiteral("end"), cue.end},
                                        {QStringLiteral("speaker"), cue.speaker},
                                        {QStringLiteral("text"), cue.text}});
            object.insert(QStringLiteral("cue_list"), cues);
        }
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        context.out().flush();
    } else {
        printTalkReport(context.out(), analysis, kind);
    }
    return ExitOk;
}

} // namespace foothold::cli

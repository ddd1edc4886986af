#include "core/services/TranscriptImport.h"

#include "core/storage/ConversationStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <cmath>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TranscriptImport", text);
}

QStringList speakersOf(const Transcript &transcript)
{
    QStringList names;
    QSet<QString> keys;
    QSet<QString> spellings; // each spelling is keyed once, not once per cue
    for (const TranscriptCue &cue : transcript.cues) {
        if (spellings.contains(cue.speaker))
            continue;
        spellings.insert(cue.speaker);
        const QString key = speakerNameKey(cue.speaker);
        if (key.isEmpty() || keys.contains(key))
            continue;
        keys.insert(key);
        names << cue.speaker.simplified();
    }
    return names;
}

} // namespace

TranscriptAnalysis analyseTranscript(Transcript transcript, const QStringList &me, const QStringList &rememberedNames)
{
    TranscriptAnalysis out;
    out.transcript = std::move(transcript);
    out.speakers = speakersOf(out.transcript);
    for (const QString &name : me)
        if (!name.trimmed().isEmpty())
            out.me << name.simplified();
    if (out.me.isEmpty()) {
        out.proposal = proposeMySpeaker(out.speakers, rememberedNames);
        if (!out.proposal.speaker.isEmpty()) {
            out.me << out.proposal.speaker;
            out.meProposed = true;
        }
    }
    out.measures = measureTalk(out.transcript, out.me);
    return out;
}

Result<TranscriptAnalysis> analyseTranscript(const TranscriptAnalysisRequest &request)
{
    Transcript transcript = parseTranscript(request.bytes, request.fileName, request.format);
    if (Status usable = transcript.usable(request.skipBadCues); !usable)
        return usable.error();
    return analyseTranscript(std::move(transcript), request.me, request.rememberedNames);
}

Result<TranscriptImportResult> importTranscript(Database &db, const Clock &clock, const TranscriptAnalysis &analysis,
                                                const TranscriptImportRequest &request)
{
    const TalkMeasures &measures = analysis.measures;
    if (measures.status == TalkStatus::MeNotAmongSpeakers) {
        QString why = measures.message;
        if (analysis.me.isEmpty() && !analysis.proposal.reason.isEmpty())
            why += QStringLiteral(" (") + analysis.proposal.reason + QLatin1Char(')');
        return Error::invalid(QStringLiteral("me"), why);
    }
    if (measures.status != TalkStatus::Measured)
        return Error::invalid(QStringLiteral("transcript"), measures.message);

    TranscriptImportResult result;
    Conversation &conversation = result.stored;
    conversation.when = request.when;
    conversation.kind = request.kind;
    conversation.channel = request.channel;
    conversation.contacts = request.contacts;
    conversation.talk = toTalkBalance(measures);
    if (measures.durationSeconds && *measures.durationSeconds > 0)
        conversation.durationMinutes = qMax(1, int(std::lround(*measures.durationSeconds / 60.0)));
    const QString origin =
        measures.basis == TranscriptTiming::WordCounts
            ? tr("Talk balance from the transcript %1 (%2), by word counts: the file has no times.")
            : tr("Talk balance from the transcript %1 (%2), by cue times.");
    conversation.notes = request.notes.trimmed();
    if (!conversation.notes.isEmpty())
        conversation.notes += QStringLiteral("\n\n");
    conversation.notes += origin.arg(QFileInfo(analysis.transcript.fileName).fileName(), toKey(analysis.transcript.format));

    Status stored = db.transaction([&]() -> Status {
        auto id = ConversationStore(db, clock).insert(conversation);
        if (!id)
            return id.error();
        conversation.id = *id;
        return {};
    });
    if (!stored)
        return stored.error();
    result.conversation = conversation.id;

    result.rememberedNames = request.rememberedNames;
    // The transcript's own spelling of my speakers, most recent first.
    for (const SpeakerTalk &speaker : measures.speakers)
        if (speaker.isMe)
            result.rememberedNames = rememberSpeakerName(result.rememberedNames, speaker.name);
    return result;
}

} // namespace foothold

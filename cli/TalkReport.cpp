#include "cli/TalkReport.h"

#include "core/util/Settings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace foothold::cli {
namespace {

constexpr qint64 kMaxTranscriptBytes = 256LL * 1024 * 1024;

QJsonValue rounded(std::optional<double> value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QJsonValue optionalInt(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString timingKey(TranscriptTiming timing)
{
    return timing == TranscriptTiming::CueTimes ? QStringLiteral("cue-times") : QStringLiteral("word-counts");
}

QString timingNote(const TranscriptAnalysis &analysis)
{
    if (analysis.measures.basis == TranscriptTiming::CueTimes)
        return QStringLiteral("shares and seconds come from the cues' start and end times");
    return QStringLiteral("this file has no per-line times: the share is a share of words, and seconds are unknown");
}

} // namespace

Result<QByteArray> readTranscriptFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::io(QStringLiteral("%1: no such file").arg(path));
    if (info.isDir())
        return Error::io(QStringLiteral("%1: is a directory, not a transcript").arg(path));
    if (info.size() > kMaxTranscriptBytes)
        return Error::io(QStringLiteral("%1: %2 MB is too large for a transcript").arg(path).arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("%1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::io(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return bytes;
}

void addTranscriptOptions(CommandLine &line)
{
    line.option(QStringLiteral("me"),
                QStringLiteral("The speaker who is you, as written in the transcript (repeatable). Without it, a name you "
                               "went by in an earlier import is used when one matches."),
                QStringLiteral("NAME"))
        .option(QStringLiteral("format"), QStringLiteral("vtt, srt or meet (default: from the file's first line and name)."),
                QStringLiteral("FORMAT"))
        .option(QStringLiteral("skip-bad-cues"),
                QStringLiteral("Analyse what can be read when some cues cannot (they are reported); without it such a "
                               "file is refused."));
}

std::optional<int> transcriptRequest(const CommandLine &line, CliContext &context, const QString &file,
                                     TranscriptAnalysisRequest &request)
{
    auto bytes = readTranscriptFile(file);
    if (!bytes)
        return context.fail(bytes.error());
    request.bytes = std::move(bytes).value();
    request.fileName = file;
    if (line.isSet(QStringLiteral("format"))) {
        request.format = transcriptFormatFromName(line.value(QStringLiteral("format")));
        if (!request.format)
            return line.usageError(context, QStringLiteral("--format: unknown format '%1' (one of: vtt, srt, meet)")
                                                .arg(line.value(QStringLiteral("format"))));
    }
    request.me = line.values(QStringLiteral("me"));
    request.rememberedNames = settingValue(settings::MySpeakerNames);
    request.skipBadCues = line.isSet(QStringLiteral("skip-bad-cues"));
    return std::nullopt;
}

void printDiagnostics(QTextStream &err, const Transcript &transcript, int limit)
{
    int shown = 0;
    for (const TranscriptDiagnostic &diagnostic : transcript.diagnostics) {
        if (shown++ == limit)
            break;
        err << transcript.describe(diagnostic) << "\n";
    }
    const qsizetype more = transcript.diagnostics.size() - qMin<qsizetype>(limit, transcript.diagnostics.size()) +
                           transcript.droppedDiagnostics;
    if (more > 0)
        err << transcript.fileName << ": and " << more << " more\n";
    err.flush();
}

QJsonObject talkJson(const TranscriptAnalysis &analysis, std::optional<ConversationKind> kind)
{
    const TalkMeasures &m = analysis.measures;
    QJsonObject speakers;
    QJsonObject words;
    QJsonObject questions;
    for (const SpeakerTalk &speaker : m.speakers) {
        speakers.insert(speaker.name, rounded(speaker.seconds, 3));
        words.insert(speaker.name, speaker.words);
        questions.insert(speaker.name, speaker.questions);
    }
    QJsonArray diagnostics;
    for (const TranscriptDiagnostic &diagnostic : analysis.transcript.diagnostics)
        diagnostics.append(analysis.transcript.describe(diagnostic));
    QJsonObject object{
        {QStringLiteral("file"), analysis.transcript.fileName},
        {QStringLiteral("format"), toKey(analysis.transcript.format)},
        {QStringLiteral("encoding"), analysis.transcript.encoding},
        {QStringLiteral("cues"), analysis.transcript.cueCount},
        {QStringLiteral("timing"), timingKey(m.basis)},
        {QStringLiteral("timing_note"), timingNote(analysis)},
        {QStringLiteral("me"), QJsonArray::fromStringList(analysis.me)},
        {QStringLiteral("me_from"), analysis.meProposed ? QStringLiteral("remembered")
                                                        : (analysis.me.isEmpty() ? QStringLiteral("none") : QStringLiteral("option"))},
        {QStringLiteral("status"), toKey(m.status)},
        {QStringLiteral("reason"), m.message.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.message)},
        {QStringLiteral("my_share"), rounded(m.myShare, 6)},
        {QStringLiteral("my_seconds"), rounded(m.mySeconds, 3)},
        {QStringLiteral("their_seconds"), rounded(m.theirSeconds, 3)},
        {QStringLiteral("overlap_s"), rounded(m.overlapSeconds, 3)},
        {QStringLiteral("unattributed_s"), rounded(m.unattributedSeconds, 3)},
        {QStringLiteral("duration_s"), rounded(m.durationSeconds, 3)},
        {QStringLiteral("my_words"), m.myWords},
        {QStringLiteral("their_words"), m.theirWords},
        {QStringLiteral("questions_me"), m.questionsMe},
        {QStringLiteral("questions_them"), m.questionsThem},
        {QStringLiteral("longest_monologue_s"), rounded(m.longestMonologueSeconds, 3)},
        {QStringLiteral("longest_monologue_words"), optionalInt(m.longestMonologueWords)},
        {QStringLiteral("switches"), m.switches},
        {QStringLiteral("switches_per_min"), rounded(m.switchesPerMinute, 6)},
        {QStringLiteral("speakers"), speakers},
        {QStringLiteral("words"), words},
        {QStringLiteral("questions"), questions},
        {QStringLiteral("diagnostics"), diagnostics},
    };
    if (kind) {
        const TalkTargetBand band = talkTargetBandFromSettings(*kind);
        object.insert(QStringLiteral("target"),
                      QJsonObject{{QStringLiteral("kind"), toKey(*kind)},
                                  {QStringLiteral("target"), rounded(band.target, 6)},
                                  {QStringLiteral("low"), rounded(band.low, 6)},
                                  {QStringLiteral("high"), rounded(band.high, 6)},
                                  {QStringLiteral("verdict"), toKey(judgeTalkShare(m.myShare, band))}});
    }
    return object;
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(std::lround(share * 100));
}

QString clockDuration(double seconds)
{
    const qint64 total = std::llround(std::max(0.0, seconds));
    const qint64 h = total / 3600;
    const qint64 m = (total % 3600) / 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

void printTalkReport(QTextStream &out, const TranscriptAnalysis &analysis, std::optional<ConversationKind> kind)
{
    const TalkMeasures &m = analysis.measures;
    const Transcript &t = analysis.transcript;
    const bool timed = m.basis == TranscriptTiming::CueTimes;
    out << t.fileName << ": " << toKey(t.format) << ", " << t.cueCount << (t.cueCount == 1 ? " cue" : " cues") << ", "
        << (timed ? "timed by cue" : "timed by word counts (no times in the file)") << "\n";
    if (!analysis.me.isEmpty())
        out << "me                  " << analysis.me.join(QStringLiteral(", "))
            << (analysis.meProposed ? QStringLiteral(" (%1)").arg(analysis.proposal.reason) : QString()) << "\n";
    if (m.myShare) {
        out << "my share            " << percent(*m.myShare) << (timed ? " of the speaking time" : " of the words");
        if (kind) {
            const TalkTargetBand band = talkTargetBandFromSettings(*kind);
            out << " (" << toKey(*kind) << " target " << percent(band.target) << ", " << percent(band.low) << "–"
                << percent(band.high) << ": " << toKey(judgeTalkShare(m.myShare, band)) << ")";
        }
        out << "\n";
    } else {
        out << "my share            — " << m.message << "\n";
    }
    const bool meFound = std::any_of(m.speakers.cbegin(), m.speakers.cend(), [](const SpeakerTalk &s) { return s.isMe; });
    if (meFound) {
        if (timed && m.mySeconds)
            out << "speaking time       me " << clockDuration(*m.mySeconds) << ", them " << clockDuration(*m.theirSeconds)
                << ", both at once " << clockDuration(*m.overlapSeconds) << "\n";
        out << "questions           me " << m.questionsMe << ", them " << m.questionsThem << "\n";
        if (m.longestMonologueSeconds)
            out << "longest monologue   " << clockDuration(*m.longestMonologueSeconds) << "\n";
        if (m.longestMonologueWords)
            out << "longest monologue   " << *m.longestMonologueWords << " words\n";
    }
    if (!m.speakers.isEmpty()) {
        out << "speaker switches    " << m.switches;
        if (m.switchesPerMinute)
            out << " (" << QString::number(*m.switchesPerMinute, 'f', 1) << " per minute)";
        out << "\n";
        qsizetype width = 0;
        for (const SpeakerTalk &speaker : m.speakers)
            width = qMax(width, speaker.name.size());
        out << "speakers\n";
        for (const SpeakerTalk &speaker : m.speakers) {
            out << "  " << speaker.name.leftJustified(width) << "  ";
            if (speaker.seconds)
                out << clockDuration(*speaker.seconds).rightJustified(8) << "  ";
            out << QString::number(speaker.words).rightJustified(6) << " words" << (speaker.isMe ? "  (me)" : "") << "\n";
        }
    }
    if (m.unattributedSeconds && (*m.unattributedSeconds >= 1 || m.speakers.isEmpty()))
        out << "no speaker named    " << clockDuration(*m.unattributedSeconds) << "\n";
    out.flush();
}

} // namespace foothold::cli

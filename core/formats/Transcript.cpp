#include "core/formats/Transcript.h"

#include "core/formats/TranscriptEncoding.h"
#include "core/formats/TranscriptParsers.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Transcript", text);
}

bool startsWithSignature(QStringView text)
{
    return text.startsWith(QLatin1String("WEBVTT"));
}

TranscriptFormat detect(QStringView text, const QString &fileName)
{
    if (startsWithSignature(text))
        return TranscriptFormat::WebVtt;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("vtt") || suffix == QLatin1String("webvtt"))
        return TranscriptFormat::WebVtt;
    if (suffix == QLatin1String("srt"))
        return TranscriptFormat::Srt;
    // Anything else: SubRip when a cue timing comes within its first few lines, else Meet text.
    int seen = 0;
    for (const QStringView line : transcript::splitLines(text.left(4096))) {
        if (line.trimmed().isEmpty())
            continue;
        if (line.contains(QLatin1String("-->")))
            return TranscriptFormat::Srt;
        if (++seen == 3)
            break;
    }
    return TranscriptFormat::MeetText;
}

} // namespace

int Transcript::errorCount() const
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const TranscriptDiagnostic &d) {
        return d.severity == TranscriptDiagnostic::Severity::Error;
    }));
}

int Transcript::warningCount() const
{
    return int(diagnostics.size()) - errorCount();
}

QString Transcript::describe(const TranscriptDiagnostic &diagnostic) const
{
    return QStringLiteral("%1:%2: %3: %4")
        .arg(fileName)
        .arg(diagnostic.line)
        .arg(diagnostic.severity == TranscriptDiagnostic::Severity::Error ? tr("error") : tr("warning"), diagnostic.message);
}

Status Transcript::usable(bool skipBadCues) const
{
    const auto firstError = std::find_if(diagnostics.cbegin(), diagnostics.cend(), [](const TranscriptDiagnostic &d) {
        return d.severity == TranscriptDiagnostic::Severity::Error;
    });
    if (cueCount > 0 && (skipBadCues || firstError == diagnostics.cend()))
        return {};
    if (firstError != diagnostics.cend()) {
        QString why = firstError->message;
        const int more = errorCount() - 1;
        if (more > 0)
            why += QCoreApplication::translate("Transcript", " (and %n more error(s))", nullptr, more);
        return Error::parse(QStringLiteral("%1:%2").arg(fileName).arg(firstError->line), why);
    }
    return Error::parse(QStringLiteral("%1:1").arg(fileName), tr("no cue could be read from this file"));
}

QString toKey(TranscriptFormat format)
{
    switch (format) {
    case TranscriptFormat::WebVtt: return QStringLiteral("webvtt");
    case TranscriptFormat::Srt: return QStringLiteral("srt");
    case TranscriptFormat::MeetText: return QStringLiteral("meet-text");
    }
    return {};
}

std::optional<TranscriptFormat> transcriptFormatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("webvtt") || key == QLatin1String("vtt"))
        return TranscriptFormat::WebVtt;
    if (key == QLatin1String("srt") || key == QLatin1String("subrip"))
        return TranscriptFormat::Srt;
    if (key == QLatin1String("meet-text") || key == QLatin1String("meet") || key == QLatin1String("txt"))
        return TranscriptFormat::MeetText;
    return std::nullopt;
}

TranscriptFormat detectTranscriptFormat(const QByteArray &bytes, const QString &fileName)
{
    return detect(decodeTranscriptBytes(bytes).text, fileName);
}

Transcript parseTranscript(const QByteArray &bytes, const QString &fileName, std::optional<TranscriptFormat> format)
{
    Transcript transcript;
    transcript.fileName = fileName;
    DecodedTranscriptText decoded = decodeTranscriptBytes(bytes);
    transcript.encoding = decoded.encoding;
    transcript.format = format.value_or(detect(decoded.text, fileName));
    transcript.timing = transcript.format == TranscriptFormat::MeetText ? TranscriptTiming::WordCounts : TranscriptTiming::CueTimes;
    transcript::TranscriptBuilder builder(transcript);
    if (!decoded.error.isEmpty()) {
        builder.fatal(decoded.errorLine, decoded.error);
    } else {
        switch (transcript.format) {
        case TranscriptFormat::WebVtt: transcript::parseWebVtt(decoded.text, builder); break;
        case TranscriptFormat::Srt: transcript::parseSrt(decoded.text, builder); break;
        case TranscriptFormat::MeetText: transcript::parseMeetText(decoded.text, builder, transcript); break;
        }
    }
    builder.finish(transcript.format == TranscriptFormat::WebVtt ? CueMarkup::WebVtt : CueMarkup::SubRip);
    return transcript;
}

} // namespace foothold

// Google Meet's transcript is a Google Doc; saved as plain text it reads:
//
//     Oct 2, 2025                                  (optional)
//     Weekly sync - Transcript
//     00:00:00
//
//     Ana Lima: Thanks for making the time…
//     Ben Okafor: Of course. So what…
//     00:01:26                                     (a time mark every minute or two)
//     …
//     Transcription ended after 00:30:30
//     This editable transcript was computer generated and might contain errors. …
//
// There is no time per line, so the measures use word counts (TranscriptTiming::WordCounts). The
// "ended after" line, when present, gives the length of the meeting.
#include "core/formats/TranscriptParsers.h"

#include <QCoreApplication>

namespace foothold::transcript {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Transcript", text);
}

// "00:01:26", "1:02:03", "(00:01:26)" -> seconds.
std::optional<double> timeMark(QStringView line)
{
    QStringView s = line;
    if (s.size() < 7 || s.size() > 11 || !(s[0].isDigit() || s[0] == QLatin1Char('(')))
        return std::nullopt; // most lines: speech
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')')))
        s = s.mid(1, s.size() - 2);
    const auto parts = s.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0].isEmpty() || parts[0].size() > 3 || parts[1].size() != 2 || parts[2].size() != 2)
        return std::nullopt;
    double total = 0;
    for (const QStringView part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || !part[0].isDigit())
            return std::nullopt;
        total = total * 60 + value;
    }
    return total;
}

bool isBoilerplate(QStringView line)
{
    return line.startsWith(QLatin1String("This editable transcript was computer generated"))
        || line.startsWith(QLatin1String("People can also change the text after it was created"));
}

bool isTranscriptHeading(QStringView line)
{
    return line == QLatin1String("Transcript") || line == QStringLiteral("\U0001F4D6 Transcript");
}

} // namespace

void parseMeetText(QStringView text, TranscriptBuilder &out, Transcript &transcript)
{
    if (text.trimmed().isEmpty()) {
        out.fatal(1, tr("the file is empty"));
        return;
    }
    const QList<QStringView> lines = splitLines(text);
    const qsizetype n = lines.size();
    // What comes before the "Transcript" heading or the first time mark is the title, the date and
    // the attendees: not speech, even where it holds a colon.
    qsizetype i = 0;
    for (qsizetype k = 0; k < n; ++k) {
        const QStringView line = lines.at(k).trimmed();
        if (isTranscriptHeading(line)) {
            i = k + 1;
            break;
        }
        if (timeMark(line)) {
            i = k;
            break;
        }
    }
    static const QLatin1String ended("Transcription ended after ");
    for (; i < n; ++i) {
        const QStringView line = lines.at(i).trimmed();
        if (line.isEmpty() || timeMark(line) || isBoilerplate(line))
            continue;
        if (line.startsWith(ended)) {
            if (const auto seconds = timeMark(line.mid(ended.size()).trimmed()))
                transcript.statedDuration = *seconds;
            break; // the footer follows
        }
        if (const auto label = splitSpeakerLabel(line)) {
            out.turn(label->speaker, label->rest, int(i + 1));
            continue;
        }
        if (!out.continueTurn(line.toString()))
            out.warning(int(i + 1), tr("text before the first speaker line, ignored: %1").arg(quoteLine(line)));
    }
}

} // namespace foothold::transcript

#pragma once

// Internal to core/formats: the three transcript parsers and what they share. Callers use
// parseTranscript() in Transcript.h.

#include "core/formats/CueText.h"
#include "core/formats/Transcript.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace foothold::transcript {

// Lines split at CR LF, CR or LF (line i of the list is line i + 1 of the file).
[[nodiscard]] QList<QStringView> splitLines(QStringView text);

// Whether `line` holds "-->" (the cue timing arrow); a plain loop, cheaper than a substring search on
// the short lines of a transcript.
[[nodiscard]] inline bool hasArrow(QStringView line)
{
    for (qsizetype i = 0; i + 2 < line.size(); ++i)
        if (line[i] == QLatin1Char('-') && line[i + 1] == QLatin1Char('-') && line[i + 2] == QLatin1Char('>'))
            return true;
    return false;
}

// The value of a run of ASCII digits (at most 9 of them: the parsers check).
[[nodiscard]] inline qint64 digitValue(QStringView digits)
{
    qint64 value = 0;
    for (const QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

// The stretch of the file from the start of `first` to the end of `last` (lines of one text, in order).
[[nodiscard]] inline QStringView spanOf(QStringView first, QStringView last)
{
    return QStringView(first.data(), last.data() + last.size());
}

// "the line “…”" for messages, cut to a readable length.
[[nodiscard]] QString quoteLine(QStringView line);

// Collects what a parser reads, then turns raw cue text into TranscriptCue entries (voices, speaker
// labels, time split by words) in finish().
class TranscriptBuilder {
public:
    explicit TranscriptBuilder(Transcript &transcript) : m_transcript(transcript) {}

    void error(int line, const QString &message);
    void warning(int line, const QString &message);
    // An error after which the parser reads nothing more (not a transcript, empty, undecodable).
    void fatal(int line, const QString &message);

    // A timed cue; `raw` is its text, markup still in: a view of the decoded file, which must outlive
    // finish() (its lines, with their own line breaks, as they stand in the file).
    void cue(double start, double end, int line, QStringView raw);
    // An untimed turn whose speaker is already known (Meet).
    void turn(QString speaker, QString text, int line);
    // Appends to the last turn (a Meet paragraph that runs over several lines).
    bool continueTurn(const QString &text);

    void finish(CueMarkup markup);

private:
    struct RawCue {
        double start = 0;
        double end = 0;
        int line = 0;
        QStringView raw;  // timed cues: into the decoded text
        QString text;     // turns: their text, lines joined
        QString speaker;  // turns only
    };
    void add(TranscriptDiagnostic::Severity severity, int line, const QString &message);
    void finishTimed(CueMarkup markup);

    Transcript &m_transcript;
    QList<RawCue> m_cues;
    bool m_fatal = false;
    bool m_turns = false;
};

void parseWebVtt(QStringView text, TranscriptBuilder &out);
void parseSrt(QStringView text, TranscriptBuilder &out);
void parseMeetText(QStringView text, TranscriptBuilder &out, Transcript &transcript);

} // namespace foothold::transcript

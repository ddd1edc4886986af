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

    // A timed cue; `raw` is its text lines joined by '\n', markup still in.
    void cue(double start, double end, int line, QString raw);
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
        QString raw;
        QString speaker; // turns only
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

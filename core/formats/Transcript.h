#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace foothold {

// Meeting transcripts read for the talk measures (docs/TALK.md defines what is accepted):
// WebVTT as Zoom ("Name: text") and Teams ("<v Name>text</v>") write it, SubRip (.srt) in UTF-8,
// UTF-16 or UTF-32, and Google Meet's transcript document saved as plain text.
enum class TranscriptFormat { WebVtt, Srt, MeetText };

// Where the speaking time comes from: each cue's start and end, or (Meet's document has no
// per-line times) only the number of words each speaker said.
enum class TranscriptTiming { CueTimes, WordCounts };

// One stretch of speech by one speaker. A cue that holds several voices ("<v A>…</v><v B>…</v>")
// becomes several entries, its time split between them by their word counts (docs/TALK.md).
struct TranscriptCue {
    double start = 0;   // seconds from the start of the recording; 0 with TranscriptTiming::WordCounts
    double end = 0;     // >= start
    QString speaker;    // as written in the file; empty when the cue names nobody
    QString text;       // plain text: markup removed, entities decoded, lines joined by one space
    int line = 0;       // 1-based line of the cue's timing line (Meet: of its speaker line)
    int sourceCue = 0;  // 0-based index of the cue in the file

    bool operator==(const TranscriptCue &) const = default;
};

struct TranscriptDiagnostic {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    int line = 0;       // 1-based; the line the problem is on
    QString message;

    bool operator==(const TranscriptDiagnostic &) const = default;
};

// What a parser made of a file: the cues it could read, and every problem with its line.
// Errors are things that lose speech (a cue whose timing cannot be read, text outside any cue, a
// file that is not a transcript at all); warnings are things that were read in a stated way.
struct Transcript {
    QString fileName;                 // as given to the parser; used in FILE:LINE
    TranscriptFormat format = TranscriptFormat::WebVtt;
    TranscriptTiming timing = TranscriptTiming::CueTimes;
    QString encoding;                 // "UTF-8", "UTF-16LE", …
    QList<TranscriptCue> cues;        // in file order
    int cueCount = 0;                 // cues in the file (before splitting a cue by voice)
    std::optional<double> statedDuration; // seconds, when the file says how long it ran (Meet)
    QList<TranscriptDiagnostic> diagnostics; // in line order within each pass
    int droppedDiagnostics = 0;       // beyond the first kMaxDiagnostics, counted only

    static constexpr int kMaxDiagnostics = 200;

    [[nodiscard]] int errorCount() const;
    [[nodiscard]] int warningCount() const;
    [[nodiscard]] bool hasErrors() const { return errorCount() > 0; }
    // "FILE:LINE: error: message".
    [[nodiscard]] QString describe(const TranscriptDiagnostic &diagnostic) const;
    // Whether the cues can be analysed: at least one cue, and no error unless the caller accepts
    // that cues with errors were skipped. Otherwise the first error, as Error::parse("FILE:LINE").
    [[nodiscard]] Status usable(bool skipBadCues = false) const;
};

// The stable key of a format: "webvtt", "srt", "meet-text".
[[nodiscard]] QString toKey(TranscriptFormat format);
// Accepts the keys and the usual names: vtt, webvtt, srt, subrip, meet, meet-text, txt.
[[nodiscard]] std::optional<TranscriptFormat> transcriptFormatFromName(const QString &name);
// The format of a file: WebVTT when it starts with the WEBVTT signature, else by the name's
// extension (.vtt, .srt), else SubRip when a cue timing line comes first, else Meet text.
[[nodiscard]] TranscriptFormat detectTranscriptFormat(const QByteArray &bytes, const QString &fileName);

// Parses `bytes` (`fileName` is only used in messages and for detection). Never fails and never
// throws: problems come back in Transcript::diagnostics. Pure.
[[nodiscard]] Transcript parseTranscript(const QByteArray &bytes, const QString &fileName,
                                         std::optional<TranscriptFormat> format = std::nullopt);

} // namespace foothold

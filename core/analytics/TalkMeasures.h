#pragma once

#include "core/domain/Conversation.h"
#include "core/formats/Transcript.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace foothold {

// The talk measures of one conversation, from a transcript. docs/TALK.md defines each of them; this
// header only names them. Pure: no settings, no clock, no database.

// Consecutive stretches of mine closer than this (seconds) are one monologue.
inline constexpr double kMonologueGapSeconds = 1.5;

enum class TalkStatus {
    Measured,           // myShare is set
    NoSpeech,           // not one word in the transcript
    NoSpeakerNames,     // words, but no cue says who spoke
    OneSpeaker,         // a share needs me and someone else
    MeNotAmongSpeakers, // none of the speakers is me (or nobody said which one is me)
    ZeroDuration,       // timed cues that all last 0 s: no time to share
};
[[nodiscard]] QString toKey(TalkStatus status); // "measured", "no-speech", …

struct SpeakerTalk {
    QString name;                   // as first written in the transcript
    bool isMe = false;
    std::optional<double> seconds;  // the union of their cues; none when timing is by words
    int words = 0;
    int questions = 0;
    int turns = 0;                  // cues (Meet: paragraphs) with at least one word

    bool operator==(const SpeakerTalk &) const = default;
};

struct TalkMeasures {
    TalkStatus status = TalkStatus::NoSpeech;
    QString message;                // one line for a person when status is not Measured
    TranscriptTiming basis = TranscriptTiming::CueTimes;

    std::optional<double> myShare;  // 0..1, only when Measured

    // With cue times (none when the basis is word counts):
    std::optional<double> mySeconds;           // time I spoke; time both of us spoke counts half
    std::optional<double> theirSeconds;        // time any other speaker spoke; overlap with me counts half
    std::optional<double> overlapSeconds;      // time I and someone else spoke at once
    std::optional<double> unattributedSeconds; // time only speech naming nobody was heard
    std::optional<double> longestMonologueSeconds;
    // With word counts:
    std::optional<int> longestMonologueWords;

    std::optional<double> durationSeconds;     // first word to last (cue times) or as the file states (Meet)
    int myWords = 0;
    int theirWords = 0;
    int questionsMe = 0;
    int questionsThem = 0;
    int switches = 0;                          // changes of speaker between consecutive speech
    std::optional<double> switchesPerMinute;   // switches per minute of durationSeconds
    int speechCues = 0;                        // cues with at least one word
    QList<SpeakerTalk> speakers;               // in order of first appearance
};

// Measures `cues`. `me` names the user's speaker(s), compared by speakerNameKey. `statedDuration`
// (seconds) stands in for the duration when the basis is word counts.
[[nodiscard]] TalkMeasures measureTalk(const QList<TranscriptCue> &cues, TranscriptTiming basis, const QStringList &me,
                                       std::optional<double> statedDuration = std::nullopt);
[[nodiscard]] TalkMeasures measureTalk(const Transcript &transcript, const QStringList &me);

// The stored form (source = transcript): unknown numbers become 0, the share stays empty unless measured.
[[nodiscard]] TalkBalance toTalkBalance(const TalkMeasures &measures);

} // namespace foothold

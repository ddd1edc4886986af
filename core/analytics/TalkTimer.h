#pragma once

#include "core/domain/Conversation.h"
#include "core/util/Clock.h"

#include <QtGlobal>

#include <optional>

namespace foothold {

// The live talk timer as a state machine, with no widget and no clock of its own: a view forwards
// key presses ("I speak", "they speak", "nobody", pause, resume) together with the time they happened,
// and asks for a reading whenever it repaints. The measures follow docs/TALK.md, as for transcripts:
// a monologue continues over my own pauses shorter than kMonologueGapSeconds; a switch is a change
// between me and them (silence in between does not count as a speaker).

enum class TalkTimerSpeaker { Nobody, Me, Them };
enum class TalkTimerState { NotStarted, Running, Paused };

struct TalkTimerReading {
    TalkTimerState state = TalkTimerState::NotStarted;
    TalkTimerSpeaker speaker = TalkTimerSpeaker::Nobody;
    double mySeconds = 0;
    double theirSeconds = 0;
    double silenceSeconds = 0;
    double elapsedSeconds = 0;               // running time since the first event, pauses left out
    std::optional<double> myShare;           // mine / (mine + theirs); none before anyone spoke
    int switches = 0;
    std::optional<double> switchesPerMinute; // per minute of elapsed time; none at 0 s
    double longestMonologueSeconds = 0;      // including the one going on
    double currentMonologueSeconds = 0;      // 0 unless I am speaking
};

class TalkTimer {
public:
    // `atMs`: milliseconds on any steady scale. A time before the last one seen counts as the last one,
    // so a clock that steps back never makes time negative. The first of meSpeaking, themSpeaking or
    // silence starts the timer; a speaker change while paused resumes it.
    void meSpeaking(qint64 atMs) { setSpeaker(TalkTimerSpeaker::Me, atMs); }
    void themSpeaking(qint64 atMs) { setSpeaker(TalkTimerSpeaker::Them, atMs); }
    void silence(qint64 atMs) { setSpeaker(TalkTimerSpeaker::Nobody, atMs); }
    void pause(qint64 atMs);
    // Goes on with the speaker who was speaking when paused.
    void resume(qint64 atMs);
    void reset() { *this = TalkTimer(); }

    [[nodiscard]] TalkTimerState state() const { return m_state; }
    [[nodiscard]] TalkTimerSpeaker speaker() const { return m_speaker; }
    [[nodiscard]] TalkTimerReading reading(qint64 atMs) const;
    // The stored form (source = timer): questions are not counted by a timer.
    [[nodiscard]] TalkBalance toTalkBalance(qint64 atMs) const;

private:
    void setSpeaker(TalkTimerSpeaker speaker, qint64 atMs);
    void advance(qint64 atMs);

    TalkTimerState m_state = TalkTimerState::NotStarted;
    TalkTimerSpeaker m_speaker = TalkTimerSpeaker::Nobody;
    TalkTimerSpeaker m_lastTalker = TalkTimerSpeaker::Nobody; // the last of me or them
    qint64 m_lastMs = 0;     // the time of the last event seen
    qint64 m_activeMs = 0;   // running time up to m_lastMs
    qint64 m_myMs = 0;
    qint64 m_theirMs = 0;
    qint64 m_silenceMs = 0;
    int m_switches = 0;
    qint64 m_runStartMs = 0;                 // active time my current monologue began
    std::optional<qint64> m_lastMeEndMs;     // active time I last stopped speaking
    qint64 m_longestMs = 0;
};

// A TalkTimer that reads the time from a Clock: what a widget holds (with the system clock) and what
// tests drive (with a FixedClock).
class ClockedTalkTimer {
public:
    explicit ClockedTalkTimer(const Clock &clock) : m_clock(clock) {}

    void meSpeaking() { m_timer.meSpeaking(now()); }
    void themSpeaking() { m_timer.themSpeaking(now()); }
    void silence() { m_timer.silence(now()); }
    void pause() { m_timer.pause(now()); }
    void resume() { m_timer.resume(now()); }
    void reset() { m_timer.reset(); }
    [[nodiscard]] TalkTimerReading reading() const { return m_timer.reading(now()); }
    [[nodiscard]] TalkBalance toTalkBalance() const { return m_timer.toTalkBalance(now()); }
    [[nodiscard]] const TalkTimer &timer() const { return m_timer; }

private:
    [[nodiscard]] qint64 now() const { return m_clock.nowUtc().toMSecsSinceEpoch(); }

    const Clock &m_clock;
    TalkTimer m_timer;
};

} // namespace foothold

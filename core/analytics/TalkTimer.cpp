#include "core/analytics/TalkTimer.h"

#include "core/analytics/TalkMeasures.h"

#include <algorithm>

namespace foothold {
namespace {

constexpr qint64 kGapMs = qint64(kMonologueGapSeconds * 1000);

} // namespace

void TalkTimer::advance(qint64 atMs)
{
    atMs = std::max(atMs, m_lastMs);
    if (m_state == TalkTimerState::Running) {
        const qint64 step = atMs - m_lastMs;
        m_activeMs += step;
        switch (m_speaker) {
        case TalkTimerSpeaker::Me: m_myMs += step; break;
        case TalkTimerSpeaker::Them: m_theirMs += step; break;
        case TalkTimerSpeaker::Nobody: m_silenceMs += step; break;
        }
    }
    m_lastMs = atMs;
}

void TalkTimer::setSpeaker(TalkTimerSpeaker speaker, qint64 atMs)
{
    if (m_state == TalkTimerState::NotStarted) {
        m_state = TalkTimerState::Running;
        m_lastMs = atMs;
    } else {
        advance(atMs);
        m_state = TalkTimerState::Running;
    }
    if (speaker == m_speaker)
        return;
    if (m_speaker == TalkTimerSpeaker::Me) {
        m_lastMeEndMs = m_activeMs;
        m_longestMs = std::max(m_longestMs, m_activeMs - m_runStartMs);
    }
    if (speaker == TalkTimerSpeaker::Me) {
        const bool continues = m_lastTalker == TalkTimerSpeaker::Me && m_lastMeEndMs && m_activeMs - *m_lastMeEndMs < kGapMs;
        if (!continues)
            m_runStartMs = m_activeMs;
    }
    if (speaker != TalkTimerSpeaker::Nobody) {
        if (m_lastTalker != TalkTimerSpeaker::Nobody && m_lastTalker != speaker)
            ++m_switches;
        m_lastTalker = speaker;
    }
    m_speaker = speaker;
}

void TalkTimer::pause(qint64 atMs)
{
    if (m_state != TalkTimerState::Running)
        return;
    advance(atMs);
    m_state = TalkTimerState::Paused;
}

void TalkTimer::resume(qint64 atMs)
{
    if (m_state != TalkTimerState::Paused)
        return;
    advance(atMs); // paused: moves the time on without counting it
    m_state = TalkTimerState::Running;
}

TalkTimerReading TalkTimer::reading(qint64 atMs) const
{
    TalkTimer now = *this;
    if (now.m_state != TalkTimerState::NotStarted)
        now.advance(atMs);
    TalkTimerReading r;
    r.state = now.m_state;
    r.speaker = now.m_speaker;
    r.mySeconds = now.m_myMs / 1000.0;
    r.theirSeconds = now.m_theirMs / 1000.0;
    r.silenceSeconds = now.m_silenceMs / 1000.0;
    r.elapsedSeconds = now.m_activeMs / 1000.0;
    if (now.m_myMs + now.m_theirMs > 0)
        r.myShare = double(now.m_myMs) / double(now.m_myMs + now.m_theirMs);
    r.switches = now.m_switches;
    if (now.m_activeMs > 0)
        r.switchesPerMinute = now.m_switches * 60000.0 / double(now.m_activeMs);
    const qint64 current = now.m_speaker == TalkTimerSpeaker::Me ? now.m_activeMs - now.m_runStartMs : 0;
    r.currentMonologueSeconds = current / 1000.0;
    r.longestMonologueSeconds = std::max(now.m_longestMs, current) / 1000.0;
    return r;
}

TalkBalance TalkTimer::toTalkBalance(qint64 atMs) const
{
    const TalkTimerReading r = reading(atMs);
    TalkBalance balance;
    balance.source = TalkSource::Timer;
    balance.myShare = r.myShare;
    balance.mySeconds = r.mySeconds;
    balance.theirSeconds = r.theirSeconds;
    balance.longestMonologueSeconds = r.longestMonologueSeconds;
    balance.switchesPerMinute = r.switchesPerMinute.value_or(0);
    return balance;
}

} // namespace foothold

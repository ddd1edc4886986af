#include "core/analytics/TalkTimer.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

// Drives a ClockedTalkTimer through a FixedClock, in seconds from a start instant.
class Script {
public:
    Script() : m_clock(test::fixedClock()), m_start(m_clock.nowUtc()), m_timer(m_clock) {}
    ClockedTalkTimer &at(double seconds)
    {
        m_clock.set(m_start.addMSecs(qint64(seconds * 1000)));
        return m_timer;
    }

private:
    FixedClock m_clock;
    QDateTime m_start;
    ClockedTalkTimer m_timer;
};

} // namespace

TEST(TalkTimer, ACallWithAPause)
{
    Script s;
    s.at(0).themSpeaking();
    s.at(30).meSpeaking();   // switch 1
    s.at(40).silence();
    s.at(41).meSpeaking();   // 1 s of silence: the same monologue, 30 s – …
    s.at(50).themSpeaking(); // switch 2; the monologue lasted 20 s
    s.at(60).pause();
    s.at(120).resume();      // 60 s paused: not counted
    s.at(150).meSpeaking();  // switch 3
    const TalkTimerReading r = s.at(155).reading();
    EXPECT_EQ(r.state, TalkTimerState::Running);
    EXPECT_EQ(r.speaker, TalkTimerSpeaker::Me);
    EXPECT_DOUBLE_EQ(r.mySeconds, 10 + 9 + 5);
    EXPECT_DOUBLE_EQ(r.theirSeconds, 30 + 10 + 30);
    EXPECT_DOUBLE_EQ(r.silenceSeconds, 1);
    EXPECT_DOUBLE_EQ(r.elapsedSeconds, 95);
    ASSERT_TRUE(r.myShare.has_value());
    EXPECT_DOUBLE_EQ(*r.myShare, 24.0 / 94.0);
    EXPECT_EQ(r.switches, 3);
    EXPECT_DOUBLE_EQ(*r.switchesPerMinute, 3 * 60.0 / 95.0);
    EXPECT_DOUBLE_EQ(r.longestMonologueSeconds, 20);
    EXPECT_DOUBLE_EQ(r.currentMonologueSeconds, 5);

    const TalkBalance b = s.at(155).toTalkBalance();
    EXPECT_EQ(b.source, TalkSource::Timer);
    EXPECT_DOUBLE_EQ(*b.myShare, 24.0 / 94.0);
    EXPECT_DOUBLE_EQ(b.longestMonologueSeconds, 20);
}

TEST(TalkTimer, ReadingWhilePausedDoesNotMove)
{
    Script s;
    s.at(0).meSpeaking();
    s.at(10).pause();
    const TalkTimerReading paused = s.at(500).reading();
    EXPECT_EQ(paused.state, TalkTimerState::Paused);
    EXPECT_DOUBLE_EQ(paused.mySeconds, 10);
    EXPECT_DOUBLE_EQ(paused.elapsedSeconds, 10);
    s.at(600).resume(); // I go on speaking
    const TalkTimerReading resumed = s.at(605).reading();
    EXPECT_DOUBLE_EQ(resumed.mySeconds, 15);
    EXPECT_DOUBLE_EQ(resumed.longestMonologueSeconds, 15); // a pause does not end a monologue
    EXPECT_DOUBLE_EQ(resumed.myShare.value_or(-1), 1.0);
}

TEST(TalkTimer, LongerSilenceEndsTheMonologueAndSilenceIsNoSwitch)
{
    Script s;
    s.at(0).meSpeaking();
    s.at(8).silence();
    s.at(9.5).meSpeaking(); // exactly 1.5 s: a new monologue
    s.at(12).silence();
    s.at(20).themSpeaking(); // switch 1
    s.at(25).silence();
    s.at(30).themSpeaking(); // still them: no switch
    const TalkTimerReading r = s.at(40).reading();
    EXPECT_DOUBLE_EQ(r.longestMonologueSeconds, 8);
    EXPECT_EQ(r.switches, 1);
    EXPECT_DOUBLE_EQ(r.mySeconds, 10.5);
    EXPECT_DOUBLE_EQ(r.theirSeconds, 15);
    EXPECT_DOUBLE_EQ(r.silenceSeconds, 14.5);
}

TEST(TalkTimer, NothingYetAndClocksThatStepBack)
{
    Script s;
    const TalkTimerReading before = s.at(5).reading();
    EXPECT_EQ(before.state, TalkTimerState::NotStarted);
    EXPECT_FALSE(before.myShare.has_value());
    EXPECT_FALSE(before.switchesPerMinute.has_value());
    s.at(5).pause(); // ignored before the start
    EXPECT_EQ(s.at(5).timer().state(), TalkTimerState::NotStarted);

    s.at(10).silence();
    const TalkTimerReading quiet = s.at(20).reading();
    EXPECT_FALSE(quiet.myShare.has_value()); // 0 / 0 is not a share
    EXPECT_DOUBLE_EQ(*quiet.switchesPerMinute, 0);

    s.at(20).meSpeaking();
    s.at(15).themSpeaking(); // the clock stepped back 5 s: counts as 20 s
    const TalkTimerReading r = s.at(30).reading();
    EXPECT_DOUBLE_EQ(r.mySeconds, 0);
    EXPECT_DOUBLE_EQ(r.theirSeconds, 10);
    EXPECT_DOUBLE_EQ(*r.myShare, 0);
    EXPECT_GE(r.elapsedSeconds, 0);
}

TEST(TalkTimer, ASpeakerKeyResumesAndResetForgets)
{
    Script s;
    s.at(0).themSpeaking();
    s.at(10).pause();
    s.at(20).meSpeaking(); // resumes
    const TalkTimerReading r = s.at(30).reading();
    EXPECT_EQ(r.state, TalkTimerState::Running);
    EXPECT_DOUBLE_EQ(r.mySeconds, 10);
    EXPECT_DOUBLE_EQ(r.theirSeconds, 10);
    EXPECT_DOUBLE_EQ(r.elapsedSeconds, 20);
    s.at(30).reset();
    EXPECT_EQ(s.at(40).reading().state, TalkTimerState::NotStarted);
    EXPECT_DOUBLE_EQ(s.at(40).reading().theirSeconds, 0);
}

TEST(TalkTimer, PureStateMachineTakesExplicitTimes)
{
    TalkTimer timer;
    timer.meSpeaking(1'000);
    timer.themSpeaking(4'000);
    const TalkTimerReading r = timer.reading(10'000);
    EXPECT_DOUBLE_EQ(*r.myShare, 3.0 / 9.0);
    EXPECT_DOUBLE_EQ(r.longestMonologueSeconds, 3);
}

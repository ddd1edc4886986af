#include "core/analytics/SpeakerIdentity.h"
#include "core/analytics/TalkMeasures.h"
#include "core/analytics/TalkTarget.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace foothold;

namespace {

TranscriptCue cue(double start, double end, const char *speaker, const char *text)
{
    return {start, end, QString::fromUtf8(speaker), QString::fromUtf8(text), 0, 0};
}

TranscriptCue turn(const char *speaker, const char *text)
{
    return cue(0, 0, speaker, text);
}

const QStringList kAna{QStringLiteral("Ana Lima")};

void expectNoNan(const TalkMeasures &m)
{
    for (const auto &value : {m.myShare, m.mySeconds, m.theirSeconds, m.overlapSeconds, m.unattributedSeconds,
                              m.longestMonologueSeconds, m.durationSeconds, m.switchesPerMinute})
        EXPECT_TRUE(!value || std::isfinite(*value));
}

} // namespace

TEST(TalkMeasures, TwoSpeakersTakingTurns)
{
    const QList<TranscriptCue> cues = {
        cue(0, 10, "Ana Lima", "Hi Ben, thanks for meeting. How did you start?"),
        cue(10, 40, "Ben Okafor", "I taught maths for six years. Have you taught?"),
        cue(41, 45, "Ana Lima", "Interesting."),
        cue(45, 75, "Ben Okafor", "Then I joined a bootcamp and never looked back."),
        cue(75.5, 80, "Ana Lima", "What is a typical day like?"),
    };
    const TalkMeasures m = measureTalk(cues, TranscriptTiming::CueTimes, kAna);
    ASSERT_EQ(m.status, TalkStatus::Measured) << m.message.toStdString();
    // Mine: 10 + 4 + 4.5 = 18.5 s; theirs: 30 + 30 = 60 s.
    EXPECT_DOUBLE_EQ(*m.mySeconds, 18.5);
    EXPECT_DOUBLE_EQ(*m.theirSeconds, 60.0);
    EXPECT_DOUBLE_EQ(*m.myShare, 18.5 / 78.5);
    EXPECT_DOUBLE_EQ(*m.overlapSeconds, 0.0);
    EXPECT_EQ(m.questionsMe, 2);
    EXPECT_EQ(m.questionsThem, 1);
    EXPECT_EQ(m.switches, 4);
    EXPECT_DOUBLE_EQ(*m.durationSeconds, 80.0);
    EXPECT_DOUBLE_EQ(*m.switchesPerMinute, 3.0); // 4 switches in 80 s
    EXPECT_DOUBLE_EQ(*m.longestMonologueSeconds, 10.0);
    EXPECT_EQ(m.myWords, 9 + 1 + 6);
    EXPECT_EQ(m.theirWords, 9 + 9);
    ASSERT_EQ(m.speakers.size(), 2);
    EXPECT_EQ(m.speakers[0].name, QStringLiteral("Ana Lima"));
    EXPECT_TRUE(m.speakers[0].isMe);
    EXPECT_DOUBLE_EQ(*m.speakers[0].seconds, 18.5);
    EXPECT_EQ(m.speakers[0].turns, 3);
    EXPECT_DOUBLE_EQ(*m.speakers[1].seconds, 60.0);
    EXPECT_FALSE(m.longestMonologueWords.has_value());
    expectNoNan(m);
}

TEST(TalkMeasures, OverlapBetweenMeAndThemCountsOnceAndIsSplitInHalf)
{
    // The spec example of WebVTT: Roger (me) 30–31.5 and 32–35.5, Neil 30.5–32.5 and 32.5–33.5.
    const QList<TranscriptCue> cues = {
        cue(30, 31.5, "Roger", "When we e-mailed"),
        cue(30.5, 32.5, "Neil", "Didn't we talk about enough in that conversation?"),
        cue(32, 35.5, "Roger", "No! No no no no; 'cos 'cos obviously 'cos"),
        cue(32.5, 33.5, "Neil", "Laughs"),
    };
    const TalkMeasures m = measureTalk(cues, TranscriptTiming::CueTimes, {QStringLiteral("roger")});
    ASSERT_EQ(m.status, TalkStatus::Measured);
    // Me 5 s, them 3 s, both at once 1 + 0.5 + 1 = 2.5 s; heard 5.5 s in all.
    EXPECT_DOUBLE_EQ(*m.overlapSeconds, 2.5);
    EXPECT_DOUBLE_EQ(*m.mySeconds, 3.75);
    EXPECT_DOUBLE_EQ(*m.theirSeconds, 1.75);
    EXPECT_DOUBLE_EQ(*m.myShare, 3.75 / 5.5);
    EXPECT_DOUBLE_EQ(*m.speakers[0].seconds, 5.0);
    EXPECT_DOUBLE_EQ(*m.speakers[1].seconds, 3.0);
    EXPECT_EQ(m.switches, 3);
    EXPECT_DOUBLE_EQ(*m.switchesPerMinute, 3 * 60.0 / 5.5);
    EXPECT_DOUBLE_EQ(*m.longestMonologueSeconds, 3.5);
    EXPECT_EQ(m.questionsThem, 1);
}

TEST(TalkMeasures, MyOwnOverlappingCuesAreNotCountedTwice)
{
    const QList<TranscriptCue> cues = {cue(0, 10, "Ana Lima", "rolling caption one"), cue(5, 15, "Ana Lima", "rolling caption two"),
                                       cue(15, 20, "Ben", "ok")};
    const TalkMeasures m = measureTalk(cues, TranscriptTiming::CueTimes, kAna);
    EXPECT_DOUBLE_EQ(*m.mySeconds, 15.0);
    EXPECT_DOUBLE_EQ(*m.myShare, 0.75);
    EXPECT_DOUBLE_EQ(*m.longestMonologueSeconds, 15.0);
    EXPECT_EQ(m.switches, 1);
}

TEST(TalkMeasures, MonologueMergesGapsUnderOneAndAHalfSeconds)
{
    const QList<TranscriptCue> cues = {
        cue(0, 5, "Ana Lima", "one"),     cue(6.4, 10, "Ana Lima", "two"),   // gap 1.4: same monologue
        cue(11.4, 15, "Ana Lima", "three"),                                   // gap 1.4: same, 0–15
        cue(16.5, 20, "Ana Lima", "four"),                                    // gap 1.5: a new one
        cue(21, 30, "Ben", "five"),       cue(30, 35, "Ana Lima", "six"),
    };
    const TalkMeasures m = measureTalk(cues, TranscriptTiming::CueTimes, kAna);
    EXPECT_DOUBLE_EQ(*m.longestMonologueSeconds, 15.0);
    EXPECT_EQ(m.switches, 2);
}

TEST(TalkMeasures, SpeechNamingNobodyIsKeptApart)
{
    const QList<TranscriptCue> cues = {cue(0, 10, "Ana Lima", "hello there"), cue(10, 10.5, "", "Laughter"),
                                       cue(11, 12, "Ana Lima", "sorry"),      cue(20, 30, "Ben", "fine"),
                                       cue(25, 35, "", "applause")};
    const TalkMeasures m = measureTalk(cues, TranscriptTiming::CueTimes, kAna);
    ASSERT_EQ(m.status, TalkStatus::Measured);
    // Only the unnamed was heard 10–10.5 and 30–35.
    EXPECT_DOUBLE_EQ(*m.unattributedSeconds, 5.5);
    EXPECT_DOUBLE_EQ(*m.mySeconds, 11.0);
    EXPECT_DOUBLE_EQ(*m.myShare, 11.0 / 21.0);
    // The unnamed laughter neither breaks nor joins: 0–12 is one monologue (gap 1 s).
    EXPECT_DOUBLE_EQ(*m.longestMonologueSeconds, 12.0);
    EXPECT_EQ(m.switches, 1);
    EXPECT_DOUBLE_EQ(*m.durationSeconds, 35.0);
}

TEST(TalkMeasures, ExplainedResultsInsteadOfNumbers)
{
    const auto none = measureTalk(QList<TranscriptCue>{}, TranscriptTiming::CueTimes, kAna);
    EXPECT_EQ(none.status, TalkStatus::NoSpeech);
    EXPECT_FALSE(none.myShare.has_value());
    EXPECT_FALSE(none.switchesPerMinute.has_value());
    EXPECT_FALSE(none.message.isEmpty());

    const auto silent = measureTalk({cue(0, 3, "Ana Lima", "…"), cue(3, 4, "Ben", "")}, TranscriptTiming::CueTimes, kAna);
    EXPECT_EQ(silent.status, TalkStatus::NoSpeech);

    const auto unnamed = measureTalk({cue(0, 3, "", "hello"), cue(3, 4, "", "hi")}, TranscriptTiming::CueTimes, kAna);
    EXPECT_EQ(unnamed.status, TalkStatus::NoSpeakerNames);
    EXPECT_FALSE(unnamed.myShare.has_value());

    const auto alone = measureTalk({cue(0, 3, "Ana Lima", "hello"), cue(3, 4, "ana  lima", "anyone?")}, TranscriptTiming::CueTimes, kAna);
    EXPECT_EQ(alone.status, TalkStatus::OneSpeaker);
    EXPECT_EQ(alone.speakers.size(), 1);
    EXPECT_TRUE(alone.message.contains(QLatin1String("Ana Lima")));
    EXPECT_FALSE(alone.myShare.has_value());

    const QList<TranscriptCue> two = {cue(0, 3, "Ana Lima", "hello"), cue(3, 4, "Ben", "hi")};
    const auto stranger = measureTalk(two, TranscriptTiming::CueTimes, {QStringLiteral("Carla")});
    EXPECT_EQ(stranger.status, TalkStatus::MeNotAmongSpeakers);
    EXPECT_TRUE(stranger.message.contains(QLatin1String("Carla")));
    EXPECT_TRUE(stranger.message.contains(QLatin1String("Ben")));
    const auto nobody = measureTalk(two, TranscriptTiming::CueTimes, {});
    EXPECT_EQ(nobody.status, TalkStatus::MeNotAmongSpeakers);
    const auto both = measureTalk(two, TranscriptTiming::CueTimes, {QStringLiteral("Ana Lima"), QStringLiteral("Ben")});
    EXPECT_EQ(both.status, TalkStatus::OneSpeaker);

    const auto instant = measureTalk({cue(5, 5, "Ana Lima", "hello"), cue(5, 5, "Ben", "hi?")}, TranscriptTiming::CueTimes, kAna);
    EXPECT_EQ(instant.status, TalkStatus::ZeroDuration);
    EXPECT_FALSE(instant.myShare.has_value());
    EXPECT_FALSE(instant.switchesPerMinute.has_value()); // 1 switch in 0 s is not a rate
    EXPECT_EQ(instant.switches, 1);
    EXPECT_EQ(instant.questionsThem, 1);
    for (const auto &m : {none, unnamed, alone, stranger, both, instant})
        expectNoNan(m);
}

TEST(TalkMeasures, WordCountsWhenThereAreNoTimes)
{
    const QList<TranscriptCue> cues = {
        turn("Ana Lima", "one two three four five six seven eight nine ten"),
        turn("Ben Okafor", "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd?"),
        turn("Ana Lima", "one two three four five"),
        turn("Ana Lima", "six seven eight nine ten?"),
        turn("Ben Okafor", "a b c d e f g h i j"),
    };
    const TalkMeasures timed = measureTalk(cues, TranscriptTiming::WordCounts, kAna, 120.0);
    ASSERT_EQ(timed.status, TalkStatus::Measured);
    EXPECT_EQ(timed.myWords, 20);
    EXPECT_EQ(timed.theirWords, 40);
    EXPECT_DOUBLE_EQ(*timed.myShare, 20.0 / 60.0);
    EXPECT_EQ(*timed.longestMonologueWords, 10);
    EXPECT_FALSE(timed.longestMonologueSeconds.has_value());
    EXPECT_FALSE(timed.mySeconds.has_value());
    EXPECT_FALSE(timed.speakers[0].seconds.has_value());
    EXPECT_EQ(timed.switches, 3);
    EXPECT_DOUBLE_EQ(*timed.switchesPerMinute, 1.5);
    EXPECT_EQ(timed.questionsMe, 1);
    EXPECT_EQ(timed.questionsThem, 1);

    const TalkMeasures untimed = measureTalk(cues, TranscriptTiming::WordCounts, kAna);
    EXPECT_FALSE(untimed.durationSeconds.has_value());
    EXPECT_FALSE(untimed.switchesPerMinute.has_value());
}

TEST(TalkMeasures, MeIsMatchedIgnoringCaseSpacingAndAccents)
{
    const auto m = measureTalk({cue(0, 1, "José  Lima", "olá"), cue(1, 4, "Ben", "hi there you")}, TranscriptTiming::CueTimes,
                               {QStringLiteral("jose lima")});
    ASSERT_EQ(m.status, TalkStatus::Measured);
    EXPECT_DOUBLE_EQ(*m.myShare, 0.25);
    EXPECT_EQ(m.speakers[0].name, QStringLiteral("José Lima"));
}

TEST(TalkMeasures, StoredFormForAConversation)
{
    const auto m = measureTalk({cue(0, 10, "Ana Lima", "How are you?"), cue(10, 40, "Ben", "good")}, TranscriptTiming::CueTimes, kAna);
    const TalkBalance b = toTalkBalance(m);
    EXPECT_EQ(b.source, TalkSource::Transcript);
    EXPECT_DOUBLE_EQ(*b.myShare, 0.25);
    EXPECT_DOUBLE_EQ(b.mySeconds, 10.0);
    EXPECT_DOUBLE_EQ(b.theirSeconds, 30.0);
    EXPECT_EQ(b.questionsMe, 1);
    EXPECT_DOUBLE_EQ(b.longestMonologueSeconds, 10.0);
    EXPECT_DOUBLE_EQ(b.switchesPerMinute, 1.5);
    const TalkBalance unmeasured = toTalkBalance(measureTalk({cue(0, 1, "Ben", "hi")}, TranscriptTiming::CueTimes, kAna));
    EXPECT_FALSE(unmeasured.myShare.has_value());
}

TEST(TalkTarget, BandsByKindAndVerdicts)
{
    const TalkTargetBand chat = talkTargetBand(ConversationKind::CoffeeChat, 0.2, 0.5, 0.1);
    EXPECT_DOUBLE_EQ(chat.target, 0.2);
    EXPECT_DOUBLE_EQ(chat.low, 0.1);
    EXPECT_DOUBLE_EQ(chat.high, 0.30000000000000004); // 0.2 + 0.1 in binary
    const TalkTargetBand interview = talkTargetBand(ConversationKind::JobInterview, 0.2, 0.5, 0.1);
    EXPECT_DOUBLE_EQ(interview.target, 0.5);
    EXPECT_DOUBLE_EQ(interview.low, 0.4);
    EXPECT_EQ(talkTargetBand(ConversationKind::InformationalInterview, 0.2, 0.5, 0.1), chat);
    EXPECT_EQ(talkTargetBand(ConversationKind::EventConversation, 0.2, 0.5, 0.1), chat);

    EXPECT_EQ(judgeTalkShare(0.30, chat), TalkVerdict::Within);
    EXPECT_EQ(judgeTalkShare(0.10, chat), TalkVerdict::Within);
    EXPECT_EQ(judgeTalkShare(0.3001, chat), TalkVerdict::Above);
    EXPECT_EQ(judgeTalkShare(0.0999, chat), TalkVerdict::Below);
    EXPECT_EQ(judgeTalkShare(std::nullopt, chat), TalkVerdict::Unknown);
    EXPECT_EQ(judgeTalkShare(std::nan(""), chat), TalkVerdict::Unknown);
    EXPECT_EQ(judgeTalkShare(0.55, interview), TalkVerdict::Within);

    // Nonsense settings are clamped or fall back to the defaults.
    const TalkTargetBand odd = talkTargetBand(ConversationKind::JobInterview, 0.2, 1.7, std::nan(""));
    EXPECT_DOUBLE_EQ(odd.target, 1.0);
    EXPECT_DOUBLE_EQ(odd.low, 0.9);
    EXPECT_DOUBLE_EQ(odd.high, 1.0);
    const TalkTargetBand zero = talkTargetBand(ConversationKind::ThankYou, -3, 0.5, 0.1);
    EXPECT_DOUBLE_EQ(zero.low, 0.0);
    EXPECT_EQ(toKey(TalkVerdict::Within), QStringLiteral("within"));
}

TEST(SpeakerIdentity, ProposesTheRememberedName)
{
    EXPECT_EQ(speakerNameKey(u"  José  LIMA "), QStringLiteral("jose lima"));

    auto exact = proposeMySpeaker({QStringLiteral("Ben Okafor"), QStringLiteral("ANA LIMA")}, {QStringLiteral("Ana Lima")});
    EXPECT_EQ(exact.speaker, QStringLiteral("ANA LIMA"));
    EXPECT_EQ(exact.match, SpeakerMatch::Exact);

    // The most recent remembered name wins when two speakers were both "me" once.
    auto recent = proposeMySpeaker({QStringLiteral("Ben Okafor"), QStringLiteral("Ana Lima")},
                                   {QStringLiteral("Ana Lima"), QStringLiteral("Ben Okafor")});
    EXPECT_EQ(recent.speaker, QStringLiteral("Ana Lima"));

    for (const QString &written : {QStringLiteral("Ana Lima (Guest)"), QStringLiteral("Ana"), QStringLiteral("Ana L.")}) {
        auto partial = proposeMySpeaker({QStringLiteral("Ben"), written}, {QStringLiteral("Ana Lima")});
        EXPECT_EQ(partial.speaker, written);
        EXPECT_EQ(partial.match, SpeakerMatch::Partial);
    }
    auto ambiguous = proposeMySpeaker({QStringLiteral("Ana Souza"), QStringLiteral("Ana Lima")}, {QStringLiteral("Ana")});
    EXPECT_TRUE(ambiguous.speaker.isEmpty());
    EXPECT_EQ(ambiguous.candidates.size(), 2);
    EXPECT_EQ(proposeMySpeaker({QStringLiteral("Lima"), QStringLiteral("Ben")}, {QStringLiteral("Ana Lima")}).match,
              SpeakerMatch::None);

    auto generic = proposeMySpeaker({QStringLiteral("Me"), QStringLiteral("Ben")}, {});
    EXPECT_EQ(generic.speaker, QStringLiteral("Me"));
    EXPECT_EQ(generic.match, SpeakerMatch::Generic);
    auto none = proposeMySpeaker({QStringLiteral("Carla"), QStringLiteral("Ben")}, {QStringLiteral("Ana Lima")});
    EXPECT_EQ(none.match, SpeakerMatch::None);
    EXPECT_FALSE(none.reason.isEmpty());
}

TEST(SpeakerIdentity, RemembersMostRecentFirstWithoutDuplicates)
{
    const QStringList before{QStringLiteral("Ben"), QStringLiteral("ana lima"), QStringLiteral("Carl")};
    EXPECT_EQ(rememberSpeakerName(before, QStringLiteral(" Ana  Lima "), 3),
              (QStringList{QStringLiteral("Ana Lima"), QStringLiteral("Ben"), QStringLiteral("Carl")}));
    EXPECT_EQ(rememberSpeakerName(before, QStringLiteral("Dee"), 2), (QStringList{QStringLiteral("Dee"), QStringLiteral("Ben")}));
    EXPECT_EQ(rememberSpeakerName(before, QStringLiteral("  "), 3), before);
}

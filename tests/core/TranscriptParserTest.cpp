#include "core/formats/CueText.h"
#include "core/formats/Transcript.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

Transcript parse(const char *text, const char *name = "t.vtt")
{
    return parseTranscript(QByteArray(text), QString::fromLatin1(name));
}

QStringList speakers(const Transcript &t)
{
    QStringList out;
    for (const auto &cue : t.cues)
        out << cue.speaker;
    return out;
}

QStringList texts(const Transcript &t)
{
    QStringList out;
    for (const auto &cue : t.cues)
        out << cue.text;
    return out;
}

QList<int> errorLines(const Transcript &t)
{
    QList<int> out;
    for (const auto &d : t.diagnostics)
        if (d.severity == TranscriptDiagnostic::Severity::Error)
            out << d.line;
    return out;
}

QList<int> warningLines(const Transcript &t)
{
    QList<int> out;
    for (const auto &d : t.diagnostics)
        if (d.severity == TranscriptDiagnostic::Severity::Warning)
            out << d.line;
    return out;
}

} // namespace

TEST(WebVtt, ZoomNameColonCuesGiveSpeakersAndTimes)
{
    const auto t = parse("WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.500\nAna Lima: Hi Ben, thanks for the time.\n\n"
                         "2\n00:00:05.000 --> 00:00:09.250\nBen Okafor: Of course! What would you like to know?\n");
    ASSERT_TRUE(t.usable().ok()) << t.usable().error().toString().toStdString();
    EXPECT_EQ(t.format, TranscriptFormat::WebVtt);
    EXPECT_EQ(t.timing, TranscriptTiming::CueTimes);
    EXPECT_EQ(t.cueCount, 2);
    ASSERT_EQ(t.cues.size(), 2);
    EXPECT_EQ(speakers(t), (QStringList{QStringLiteral("Ana Lima"), QStringLiteral("Ben Okafor")}));
    EXPECT_EQ(t.cues[1].text, QStringLiteral("Of course! What would you like to know?"));
    EXPECT_DOUBLE_EQ(t.cues[0].start, 1.0);
    EXPECT_DOUBLE_EQ(t.cues[0].end, 4.5);
    EXPECT_DOUBLE_EQ(t.cues[1].end, 9.25);
    EXPECT_EQ(t.cues[0].line, 4);
    EXPECT_EQ(t.cues[1].line, 8);
    EXPECT_TRUE(t.diagnostics.isEmpty());
}

TEST(WebVtt, TeamsVoiceSpansWithGuidIdsNotesAndMissingCloseTag)
{
    const auto t = parse("WEBVTT\n\nNOTE duration:\"00:01:05.5380000\"\n\nNOTE language:en-us\n\n"
                         "0b3e3c1a-5f1e-4d7c-9b7a-2f6a1d2c3b4a/12-0\n00:00:03.245 --> 00:00:05.678\n<v Ana Lima>Hello there.</v>\n\n"
                         "0b3e3c1a-5f1e-4d7c-9b7a-2f6a1d2c3b4a/13-0\n00:00:06.000 --> 00:00:08.000\n<v Ben Okafor>Hi Ana, how are\nyou?\n");
    ASSERT_TRUE(t.usable().ok());
    EXPECT_EQ(speakers(t), (QStringList{QStringLiteral("Ana Lima"), QStringLiteral("Ben Okafor")}));
    EXPECT_EQ(texts(t), (QStringList{QStringLiteral("Hello there."), QStringLiteral("Hi Ana, how are you?")}));
    EXPECT_EQ(t.cues[0].line, 8);
}

TEST(WebVtt, StyleBlocksHeadersAndEntities)
{
    const auto t = parse("WEBVTT - a title\nKind: captions\nLanguage: en\n\nSTYLE\n::cue { color: red; }\n\n"
                         "00:00.000 --> 00:02.000 align:start position:0%\n<c.yellow>Tom &amp; Jerry</c> &lt;3 <00:01.000><b>bold</b>\n");
    ASSERT_TRUE(t.usable().ok());
    ASSERT_EQ(t.cues.size(), 1);
    EXPECT_EQ(t.cues[0].text, QStringLiteral("Tom & Jerry <3 bold"));
    EXPECT_EQ(t.cues[0].speaker, QString());
}

TEST(WebVtt, SeveralVoicesInOneCueShareItsTimeByWords)
{
    // 4 words, 4 words and 1 word over 9 s: 4 s, 4 s, 1 s.
    const auto t = parse("WEBVTT\n\n00:10.000 --> 00:19.000\n<v Chris>Okay, we're good now.</v>\n<v Kyle>Oh, now we're good?</v>\n"
                         "<i>Laughter</i>\n");
    ASSERT_EQ(t.cues.size(), 3);
    EXPECT_EQ(t.cueCount, 1);
    EXPECT_EQ(speakers(t), (QStringList{QStringLiteral("Chris"), QStringLiteral("Kyle"), QString()}));
    EXPECT_DOUBLE_EQ(t.cues[0].start, 10.0);
    EXPECT_DOUBLE_EQ(t.cues[0].end, 14.0);
    EXPECT_DOUBLE_EQ(t.cues[1].end, 18.0);
    EXPECT_DOUBLE_EQ(t.cues[2].end, 19.0);
    EXPECT_EQ(t.cues[2].sourceCue, 0);
}

TEST(WebVtt, VoiceClassesAnnotationAndUnclosedTag)
{
    const auto t = parse("WEBVTT\n\n00:00.000 --> 00:02.000\n<v.first.loud Joe Smith>That's awesome!\n\n"
                         "00:02.000 --> 00:04.000\n<v It's a blue apple tree!\n");
    ASSERT_EQ(t.cues.size(), 2);
    EXPECT_EQ(t.cues[0].speaker, QStringLiteral("Joe Smith"));
    EXPECT_EQ(t.cues[0].text, QStringLiteral("That's awesome!"));
    // No '>': the whole line is the tag (as the WebVTT tokenizer reads it), so the cue has no text.
    EXPECT_EQ(t.cues[1].text, QString());
    EXPECT_EQ(warningLines(t), (QList<int>{6}));
}

TEST(WebVtt, MixedZoomAndTeamsConventions)
{
    const auto t = parse("WEBVTT\n\nopening\n00:00:01.000 --> 00:00:03.500\n<v Alice>We should keep it.</v>\n\n"
                         "00:00:04.000 --> 00:00:06.250\nBob: And keep the turn.\n");
    EXPECT_EQ(speakers(t), (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob")}));
    EXPECT_EQ(t.cues[1].text, QStringLiteral("And keep the turn."));
}

TEST(WebVtt, ColonInOrdinarySubtitlesDoesNotInventSpeakers)
{
    const auto t = parse("WEBVTT\n\n00:01.000 --> 00:02.000\nSo the thing is: we wait.\n\n00:02.000 --> 00:03.000\nThen we go.\n\n"
                         "00:03.000 --> 00:04.000\nAnd we stay.\n");
    EXPECT_EQ(speakers(t), (QStringList{QString(), QString(), QString()}));
    EXPECT_EQ(t.cues[0].text, QStringLiteral("So the thing is: we wait."));
    EXPECT_EQ(warningLines(t), (QList<int>{3}));
}

TEST(WebVtt, MissingSignatureIsRefusedOnLineOne)
{
    const auto t = parse("00:00:00.500 --> 00:00:07.000\nCaption\n");
    EXPECT_EQ(t.cueCount, 0);
    EXPECT_EQ(errorLines(t), (QList<int>{1}));
    const Status status = t.usable(true);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().location, QStringLiteral("t.vtt:1"));
    EXPECT_TRUE(status.error().message.contains(QLatin1String("WEBVTT")));
}

TEST(WebVtt, EmptyAndSignatureOnlyFilesAreRefused)
{
    EXPECT_FALSE(parse("").usable(true).ok());
    EXPECT_FALSE(parseTranscript(QByteArray("\xEF\xBB\xBF"), QStringLiteral("b.vtt")).usable(true).ok());
    const auto onlyHeader = parse("WEBVTT");
    EXPECT_EQ(errorLines(onlyHeader), (QList<int>{1}));
    EXPECT_FALSE(onlyHeader.usable(true).ok());
}

TEST(WebVtt, BadTimingIsAnErrorOnItsLineAndTheOtherCuesRemain)
{
    const auto t = parse("WEBVTT\n\n00:00:00.500 --> 00:00:07.000\nOne\n\n00:00:07.000 --> 00:00:1d.890\nTwo\n\n"
                         "00:00:11.890 --> 00:00:16.320\nThree\n");
    EXPECT_EQ(t.cueCount, 2);
    EXPECT_EQ(errorLines(t), (QList<int>{6}));
    const Status strict = t.usable();
    ASSERT_FALSE(strict.ok());
    EXPECT_EQ(strict.error().location, QStringLiteral("t.vtt:6"));
    EXPECT_TRUE(t.usable(true).ok());
    EXPECT_EQ(texts(t), (QStringList{QStringLiteral("One"), QStringLiteral("Three")}));
}

TEST(WebVtt, TimestampGrammar)
{
    // Two fields are minutes:seconds; three digits of milliseconds; hours may have any number of digits.
    EXPECT_EQ(parse("WEBVTT\n\n00:00.00 --> 00:02.000\nx\n").cueCount, 0);
    EXPECT_EQ(parse("WEBVTT\n\n00.00.000 --> 00:02.000\nx\n").cueCount, 0);
    EXPECT_EQ(parse("WEBVTT\n\n00:000.000 --> 00:02.000\nx\n").cueCount, 0);
    EXPECT_EQ(parse("WEBVTT\n\n00:00:60.000 --> 00:02.000\nx\n").cueCount, 0);
    EXPECT_EQ(parse("WEBVTT\n\n00:00.000 00:00.001\nx\n").cueCount, 0);
    const auto hours = parse("WEBVTT\n\n001:00:00.000\t-->\t01:00:02.250 line:40%\nx\n");
    ASSERT_EQ(hours.cues.size(), 1);
    EXPECT_DOUBLE_EQ(hours.cues[0].start, 3600.0);
    EXPECT_DOUBLE_EQ(hours.cues[0].end, 3602.25);
    const auto tight = parse("WEBVTT\n\n00:00:25.000-->00:00:27.000\nx\n");
    ASSERT_EQ(tight.cues.size(), 1);
    EXPECT_DOUBLE_EQ(tight.cues[0].start, 25.0);
    // Minutes past 59 without hours: read as minutes, with a warning.
    const auto long_ = parse("WEBVTT\n\n75:30.000 --> 75:31.000\nx\n");
    ASSERT_EQ(long_.cues.size(), 1);
    EXPECT_DOUBLE_EQ(long_.cues[0].start, 4530.0);
    EXPECT_EQ(warningLines(long_), (QList<int>{3}));
}

TEST(WebVtt, EndBeforeStartIsAnError)
{
    const auto t = parse("WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nx\n");
    EXPECT_EQ(t.cueCount, 0);
    EXPECT_EQ(errorLines(t).value(0), 3);
}

TEST(WebVtt, TimingWithoutBlankLineStartsANewCueWithAWarning)
{
    const auto t = parse("WEBVTT\n\n00:00.000 --> 00:02.000\nText\n00:02.000 --> 00:04.000\nMore\n");
    EXPECT_EQ(t.cueCount, 2);
    EXPECT_EQ(texts(t), (QStringList{QStringLiteral("Text"), QStringLiteral("More")}));
    EXPECT_EQ(warningLines(t), (QList<int>{5}));
    EXPECT_TRUE(t.usable().ok());
}

TEST(WebVtt, BlockWithoutTimingAndTimingInHeaderAreErrors)
{
    const auto orphan = parse("WEBVTT\n\n00:00.000 --> 00:01.000\nOne\n\nLost text\n\n00:02.000 --> 00:03.000\nTwo\n");
    EXPECT_EQ(orphan.cueCount, 2);
    EXPECT_EQ(errorLines(orphan), (QList<int>{6}));
    const auto header = parse("WEBVTT\n00:11.000 --> 00:13.000\nTest");
    EXPECT_EQ(header.cueCount, 0);
    EXPECT_EQ(errorLines(header).value(0), 2);
}

TEST(WebVtt, CueTimingInsideACommentIsAnError)
{
    const auto t = parse("WEBVTT\n\nNOTE a comment\n00:00:01.000 --> 00:00:02.000\nLost\n\n00:00:03.000 --> 00:00:04.000\nKept\n");
    EXPECT_EQ(t.cueCount, 1);
    EXPECT_EQ(errorLines(t), (QList<int>{4}));
}

TEST(WebVtt, CrLfAndCrLineEndsCountLines)
{
    const auto crlf = parse("WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nOne\r\n\r\n00:03.000 --> 00:0x.000\r\nTwo\r\n");
    EXPECT_EQ(crlf.cueCount, 1);
    EXPECT_EQ(errorLines(crlf), (QList<int>{6}));
    const auto cr = parse("WEBVTT\r\r00:01.000 --> 00:02.000\rOne\r");
    EXPECT_EQ(cr.cueCount, 1);
    EXPECT_EQ(cr.cues[0].line, 3);
}

TEST(Srt, IndexesNoIndexesEmptyCuesAndTags)
{
    const auto t = parse("1\n00:00:06,500 --> 00:00:09,000\n<i>About</i> two {\\an8}months\n\n"
                         "00:00:11,000 --> 00:00:17,000 X1:10 X2:20 Y1:5 Y2:6\n<font color=\"red\">Red</font> 2<3,5>1\n\n"
                         "3\n00:00:19,000 --> 00:00:24,000\n\n\n4\n00:00:25,000 --> 00:00:31,000\nLast\n",
                         "t.srt");
    ASSERT_TRUE(t.usable().ok());
    EXPECT_EQ(t.format, TranscriptFormat::Srt);
    EXPECT_EQ(t.cueCount, 4);
    EXPECT_EQ(texts(t), (QStringList{QStringLiteral("About two months"), QStringLiteral("Red 2<3,5>1"), QString(),
                                     QStringLiteral("Last")}));
    EXPECT_DOUBLE_EQ(t.cues[0].start, 6.5);
    EXPECT_DOUBLE_EQ(t.cues[3].end, 31.0);
    EXPECT_EQ(warningLines(t), (QList<int>{9}));
}

TEST(Srt, BrokenInputsNameTheirLine)
{
    const auto noMillis = parse("1\n00:00:01 --> 00:00:10\nInvalid\n", "a.srt");
    EXPECT_EQ(noMillis.cueCount, 0);
    EXPECT_EQ(errorLines(noMillis).value(0), 2);
    const auto numberOnly = parse("1", "b.srt");
    EXPECT_EQ(errorLines(numberOnly).value(0), 1);
    EXPECT_FALSE(numberOnly.usable(true).ok());
    const auto missingTiming = parse("1\n00:00:00,500 --> 00:00:07,000\nOne\n\n2\nTwo\n\n3\n00:00:11,890 --> 00:00:16,320\nThree\n",
                                     "c.srt");
    EXPECT_EQ(missingTiming.cueCount, 2);
    EXPECT_EQ(errorLines(missingTiming), (QList<int>{5}));
    const auto dot = parse("1\n00:00:07,000 --> 00:00:11.890\nTwo\n", "d.srt");
    EXPECT_EQ(dot.cueCount, 1);
    EXPECT_EQ(warningLines(dot), (QList<int>{2}));
    EXPECT_DOUBLE_EQ(dot.cues[0].end, 11.89);
}

TEST(Srt, Utf16And32WithByteOrderMarks)
{
    const QString text = QStringLiteral("1\n00:00:01,000 --> 00:00:02,000\nAna: Olá, tudo bem?\n");
    struct Case {
        QStringConverter::Encoding encoding;
        const char *name;
    };
    for (const Case &c : {Case{QStringConverter::Utf8, "UTF-8"}, Case{QStringConverter::Utf16LE, "UTF-16LE"},
                          Case{QStringConverter::Utf16BE, "UTF-16BE"}, Case{QStringConverter::Utf32LE, "UTF-32LE"},
                          Case{QStringConverter::Utf32BE, "UTF-32BE"}}) {
        QStringEncoder encoder(c.encoding, QStringConverter::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(text);
        const auto t = parseTranscript(bytes, QStringLiteral("x.srt"));
        ASSERT_TRUE(t.usable().ok()) << c.name;
        EXPECT_EQ(t.encoding, QLatin1String(c.name));
        ASSERT_EQ(t.cues.size(), 1) << c.name;
        EXPECT_EQ(t.cues[0].speaker, QStringLiteral("Ana"));
        EXPECT_EQ(t.cues[0].text, QStringLiteral("Olá, tudo bem?"));
    }
}

TEST(TranscriptEncoding, InvalidBytesAndNulAreErrorsOnTheirLine)
{
    const auto latin1 = parseTranscript(QByteArray("WEBVTT\n\n00:01.000 --> 00:02.000\nCaf\xE9\n"), QStringLiteral("l.vtt"));
    EXPECT_EQ(errorLines(latin1), (QList<int>{4}));
    EXPECT_FALSE(latin1.usable(true).ok());
    const auto utf16NoBom = parseTranscript(QByteArray("W\0E\0B\0", 6), QStringLiteral("n.vtt"));
    EXPECT_EQ(errorLines(utf16NoBom), (QList<int>{1}));
    const auto oddUtf16 = parseTranscript(QByteArray("\xFF\xFE\x31\x00\x0A", 5), QStringLiteral("o.srt"));
    EXPECT_EQ(errorLines(oddUtf16), (QList<int>{1}));
}

TEST(MeetText, SpeakerLinesWordCountsAndStatedDuration)
{
    const auto t = parse("Oct 2, 2025\nCoffee: Ana / Ben - Transcript\n00:00:00\n \nAna Lima: Thanks for the time. How did you start?\n"
                         "Ben Okafor: I was a teacher first.\nThen I learned to code.\n \n \n00:01:26\n \nAna Lima: Interesting!\n"
                         "Transcription ended after 00:02:30\n\nThis editable transcript was computer generated and might contain errors.\n",
                         "meet.txt");
    ASSERT_TRUE(t.usable().ok()) << t.usable().error().toString().toStdString();
    EXPECT_EQ(t.format, TranscriptFormat::MeetText);
    EXPECT_EQ(t.timing, TranscriptTiming::WordCounts);
    EXPECT_EQ(speakers(t), (QStringList{QStringLiteral("Ana Lima"), QStringLiteral("Ben Okafor"), QStringLiteral("Ana Lima")}));
    EXPECT_EQ(t.cues[1].text, QStringLiteral("I was a teacher first. Then I learned to code."));
    EXPECT_EQ(t.cues[1].line, 6);
    ASSERT_TRUE(t.statedDuration.has_value());
    EXPECT_DOUBLE_EQ(*t.statedDuration, 150.0);
    EXPECT_TRUE(t.diagnostics.isEmpty());
}

TEST(MeetText, TextWithoutSpeakersIsRefused)
{
    const auto t = parse("just some notes\nwithout any speaker\n", "notes.txt");
    EXPECT_EQ(t.cueCount, 0);
    EXPECT_FALSE(t.usable(true).ok());
}

TEST(TranscriptFormat, DetectionBySignatureExtensionAndContent)
{
    EXPECT_EQ(detectTranscriptFormat("WEBVTT\n", QStringLiteral("x.txt")), TranscriptFormat::WebVtt);
    EXPECT_EQ(detectTranscriptFormat("1\n00:00:01,000 --> 00:00:02,000\nx\n", QStringLiteral("x.txt")), TranscriptFormat::Srt);
    EXPECT_EQ(detectTranscriptFormat("Ana: hi\n", QStringLiteral("x.txt")), TranscriptFormat::MeetText);
    EXPECT_EQ(detectTranscriptFormat("garbage", QStringLiteral("x.vtt")), TranscriptFormat::WebVtt);
    EXPECT_EQ(detectTranscriptFormat("garbage", QStringLiteral("x.SRT")), TranscriptFormat::Srt);
    EXPECT_EQ(transcriptFormatFromName(QStringLiteral("VTT")), TranscriptFormat::WebVtt);
    EXPECT_EQ(transcriptFormatFromName(QStringLiteral("meet")), TranscriptFormat::MeetText);
    EXPECT_FALSE(transcriptFormatFromName(QStringLiteral("docx")).has_value());
}

TEST(TranscriptParser, NeverCrashesOnGarbage)
{
    // Deterministic pseudo-random bytes, with and without a signature and BOMs in front.
    quint32 state = 12345;
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes;
        const int size = int(state % 400);
        for (int i = 0; i < size; ++i) {
            state = state * 1103515245u + 12345u;
            const char pool[] = "WEBVTT\n\r -->:.,0123456789<v>/&;amp{\\}\xFF\xFE\x00\xEF\xBB\xBF" "abc?!";
            bytes.append(pool[(state >> 16) % (sizeof(pool) - 1)]);
        }
        for (const char *name : {"f.vtt", "f.srt", "f.txt"}) {
            const auto t = parseTranscript(round % 3 == 0 ? QByteArray("WEBVTT\n\n") + bytes : bytes, QString::fromLatin1(name));
            for (const auto &cue : t.cues) {
                EXPECT_LE(cue.start, cue.end);
                EXPECT_GE(cue.start, 0.0);
            }
            EXPECT_EQ(t.usable(true).ok(), t.cueCount > 0);
        }
    }
}

TEST(CueText, WordsAndQuestions)
{
    EXPECT_EQ(countWords(u"Hello,  world — it's 3 o'clock!"), 5);
    EXPECT_EQ(countWords(u"... -- ?"), 0);
    EXPECT_EQ(countWords(u"日本語 test"), 4);
    EXPECT_EQ(countQuestions(u"Really?! Why? How?? No."), 3);
    EXPECT_EQ(countQuestions(u"Wow! Great."), 0);
    EXPECT_EQ(countQuestions(u"¿Qué tal? 你好？"), 2);
}

TEST(CueText, SpeakerLabels)
{
    auto label = splitSpeakerLabel(u"Dr. Ana O'Neil-Lima (she/her): hello: there");
    ASSERT_TRUE(label.has_value());
    EXPECT_EQ(label->speaker, QStringLiteral("Dr. Ana O'Neil-Lima (she/her)"));
    EXPECT_EQ(label->rest, QStringLiteral("hello: there"));
    EXPECT_FALSE(splitSpeakerLabel(u"10:30 is the time").has_value());
    EXPECT_FALSE(splitSpeakerLabel(u"see https://example.com").has_value());
    EXPECT_FALSE(splitSpeakerLabel(u"1234: numbers").has_value());
    EXPECT_FALSE(splitSpeakerLabel(u"one two three four five six seven eight nine: too many words").has_value());
    EXPECT_FALSE(splitSpeakerLabel(u"Why? Because: reasons").has_value());
}

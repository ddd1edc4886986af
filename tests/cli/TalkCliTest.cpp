#include "tests/support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using foothold::test::CliResult;
using foothold::test::CliRunner;

namespace {

const char kZoom[] = "WEBVTT\n\n"
                     "1\n00:00:00.000 --> 00:00:10.000\nAna Lima: Hi Ben, thanks for meeting. How did you start?\n\n"
                     "2\n00:00:10.000 --> 00:00:40.000\nBen Okafor: I taught maths for six years. Have you taught?\n\n"
                     "3\n00:00:41.000 --> 00:00:45.000\nAna Lima: Interesting.\n\n"
                     "4\n00:00:45.000 --> 00:01:15.000\nBen Okafor: Then I joined a bootcamp and never looked back.\n\n"
                     "5\n00:01:15.500 --> 00:01:20.000\nAna Lima: What is a typical day like?\n";

const char kMeet[] = "Coffee with Ben - Transcript\n00:00:00\n \n"
                     "Ana Lima: one two three four five six seven eight nine ten\n"
                     "Ben Okafor: a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd\n"
                     "Transcription ended after 00:02:00\n";

QString write(CliRunner &cli, const char *name, const QByteArray &bytes)
{
    const QString path = cli.file(QString::fromLatin1(name));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QJsonObject json(const CliResult &result)
{
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST(CliBalance, ZoomTranscriptAsJson)
{
    CliRunner cli;
    const QString file = write(cli, "zoom.vtt", kZoom);
    const QJsonObject o = json(cli.run({S("balance"), file, S("--me"), S("ana lima"), S("--json"), S("--kind"), S("coffee-chat")}));
    EXPECT_EQ(o.value(S("status")).toString(), S("measured"));
    EXPECT_EQ(o.value(S("timing")).toString(), S("cue-times"));
    EXPECT_NEAR(o.value(S("my_share")).toDouble(), 18.5 / 78.5, 1e-6);
    EXPECT_EQ(o.value(S("questions_me")).toInt(), 2);
    EXPECT_EQ(o.value(S("questions_them")).toInt(), 1);
    EXPECT_DOUBLE_EQ(o.value(S("longest_monologue_s")).toDouble(), 10.0);
    EXPECT_DOUBLE_EQ(o.value(S("switches_per_min")).toDouble(), 3.0);
    EXPECT_DOUBLE_EQ(o.value(S("speakers")).toObject().value(S("Ana Lima")).toDouble(), 18.5);
    EXPECT_DOUBLE_EQ(o.value(S("speakers")).toObject().value(S("Ben Okafor")).toDouble(), 60.0);
    EXPECT_EQ(o.value(S("words")).toObject().value(S("Ana Lima")).toInt(), 16);
    EXPECT_EQ(o.value(S("cues")).toInt(), 5);
    EXPECT_TRUE(o.value(S("reason")).isNull());
    EXPECT_EQ(o.value(S("target")).toObject().value(S("verdict")).toString(), S("within"));
}

TEST(CliBalance, TextReportNamesTheShare)
{
    CliRunner cli;
    const QString file = write(cli, "zoom.vtt", kZoom);
    const CliResult r = cli.run({S("balance"), file, S("--me"), S("Ana Lima")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(S("my share            24% of the speaking time"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(S("Ben Okafor"))) << r.out.toStdString();
}

TEST(CliBalance, MeetTextIsMeasuredByWordsAndSaysSo)
{
    CliRunner cli;
    const QString file = write(cli, "meet.txt", kMeet);
    const QJsonObject o = json(cli.run({S("balance"), file, S("--me"), S("Ana Lima"), S("--json")}));
    EXPECT_EQ(o.value(S("format")).toString(), S("meet-text"));
    EXPECT_EQ(o.value(S("timing")).toString(), S("word-counts"));
    EXPECT_TRUE(o.value(S("timing_note")).toString().contains(S("words")));
    EXPECT_DOUBLE_EQ(o.value(S("my_share")).toDouble(), 0.25);
    EXPECT_TRUE(o.value(S("longest_monologue_s")).isNull());
    EXPECT_EQ(o.value(S("longest_monologue_words")).toInt(), 10);
    EXPECT_TRUE(o.value(S("speakers")).toObject().value(S("Ana Lima")).isNull());
    EXPECT_EQ(o.value(S("words")).toObject().value(S("Ben Okafor")).toInt(), 30);
    EXPECT_DOUBLE_EQ(o.value(S("switches_per_min")).toDouble(), 0.5);
}

TEST(CliBalance, OneSpeakerIsAnExplainedNull)
{
    CliRunner cli;
    const QString file = write(cli, "alone.srt", "1\n00:00:01,000 --> 00:00:03,000\nAna: Hello? Anyone?\n");
    const QJsonObject o = json(cli.run({S("balance"), file, S("--me"), S("Ana"), S("--json")}));
    EXPECT_TRUE(o.value(S("my_share")).isNull());
    EXPECT_EQ(o.value(S("status")).toString(), S("one-speaker"));
    EXPECT_FALSE(o.value(S("reason")).toString().isEmpty());
    EXPECT_TRUE(o.value(S("switches_per_min")).isDouble()); // 0 switches in 2 s is a rate: 0
    const CliResult text = cli.run({S("balance"), file, S("--me"), S("Ana")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_FALSE(text.out.contains(S("nan"), Qt::CaseInsensitive));
    EXPECT_TRUE(text.out.contains(S("only one speaker")));
}

TEST(CliBalance, BrokenFilesAreRefusedWithFileAndLine)
{
    CliRunner cli;
    const QString broken = write(cli, "broken.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: one\n\n00:00:03.000 --> 00:00:0x.000\nB: two\n");
    const CliResult refused = cli.run({S("balance"), broken, S("--me"), S("A")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(broken + S(":6: "))) << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty());
    const CliResult skipped = cli.run({S("balance"), broken, S("--me"), S("A"), S("--skip-bad-cues"), S("--json")});
    EXPECT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_EQ(json(skipped).value(S("diagnostics")).toArray().size(), 1);

    const QString notVtt = write(cli, "notes.vtt", "hello\n");
    const CliResult signature = cli.run({S("balance"), notVtt});
    EXPECT_EQ(signature.exitCode, 1);
    EXPECT_TRUE(signature.err.contains(notVtt + S(":1: "))) << signature.err.toStdString();

    EXPECT_EQ(cli.run({S("balance"), cli.file(S("missing.vtt"))}).exitCode, 1);
    EXPECT_EQ(cli.run({S("balance")}).exitCode, 2);
    EXPECT_EQ(cli.run({S("balance"), broken, S("--format"), S("docx")}).exitCode, 2);
    EXPECT_EQ(cli.run({S("balance"), S("--help")}).exitCode, 0);
}

TEST(CliImportTranscript, StoresTheConversationAndRemembersMe)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({S("add"), S("contact"), S("--name"), S("Ben Okafor")}).exitCode, 0);
    const QString file = write(cli, "zoom.vtt", kZoom);
    const CliResult imported = cli.run({S("import"), S("transcript"), file, S("--me"), S("Ana Lima"), S("--contact"), S("Ben Okafor"),
                                        S("--kind"), S("informational-interview"), S("--date"), S("2026-05-04")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.startsWith(S("added conversation 1"))) << imported.out.toStdString();

    const QJsonArray rows = QJsonDocument::fromJson(cli.run({S("list"), S("conversations"), S("--json")}).out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject c = rows.at(0).toObject();
    EXPECT_EQ(c.value(S("talk_source")).toString(), S("transcript"));
    EXPECT_NEAR(c.value(S("my_share")).toDouble(), 18.5 / 78.5, 1e-9);
    EXPECT_DOUBLE_EQ(c.value(S("my_seconds")).toDouble(), 18.5);
    EXPECT_DOUBLE_EQ(c.value(S("their_seconds")).toDouble(), 60.0);
    EXPECT_EQ(c.value(S("questions_me")).toInt(), 2);
    EXPECT_DOUBLE_EQ(c.value(S("longest_monologue_s")).toDouble(), 10.0);
    EXPECT_EQ(c.value(S("kind")).toString(), S("informational-interview"));

    // The second time, the remembered name is enough.
    const CliResult again = cli.run({S("import"), S("transcript"), file, S("--contact"), S("Ben Okafor")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(S("Ana Lima"))) << again.err.toStdString();
    const QJsonObject balance = json(cli.run({S("balance"), file, S("--json")}));
    EXPECT_EQ(balance.value(S("me_from")).toString(), S("remembered"));
}

TEST(CliImportTranscript, NothingIsStoredWhenItCannotBeMeasured)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({S("add"), S("contact"), S("--name"), S("Ben Okafor")}).exitCode, 0);
    const QString alone = write(cli, "alone.srt", "1\n00:00:01,000 --> 00:00:03,000\nAna: Hello?\n");
    const CliResult one = cli.run({S("import"), S("transcript"), alone, S("--me"), S("Ana"), S("--contact"), S("Ben Okafor")});
    EXPECT_EQ(one.exitCode, 1);
    EXPECT_TRUE(one.err.contains(S("only one speaker"))) << one.err.toStdString();
    const QString zoom = write(cli, "zoom.vtt", kZoom);
    EXPECT_EQ(cli.run({S("import"), S("transcript"), zoom, S("--me"), S("Carla"), S("--contact"), S("Ben Okafor")}).exitCode, 1);
    EXPECT_EQ(cli.run({S("import"), S("transcript"), zoom, S("--me"), S("Ana Lima"), S("--contact"), S("Nobody")}).exitCode, 1);
    EXPECT_EQ(cli.run({S("import"), S("transcript"), zoom, S("--contact"), S("Ben Okafor")}).exitCode, 2); // who is me?
    EXPECT_EQ(cli.run({S("import"), S("transcript"), zoom, S("--me"), S("Ana Lima")}).exitCode, 2);      // --contact
    const QJsonArray rows = QJsonDocument::fromJson(cli.run({S("list"), S("conversations"), S("--json")}).out.toUtf8()).array();
    EXPECT_EQ(rows.size(), 0);
}

TEST(CliStats, TalkShareByKindAndFunnelBySource)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({S("add"), S("contact"), S("--name"), S("Ben Okafor")}).exitCode, 0);
    const QString zoom = write(cli, "zoom.vtt", kZoom);
    ASSERT_EQ(cli.run({S("import"), S("transcript"), zoom, S("--me"), S("Ana Lima"), S("--contact"), S("Ben Okafor")}).exitCode, 0);
    ASSERT_EQ(cli.run({S("add"), S("conversation"), S("--contact"), S("Ben Okafor"), S("--date"), S("2026-05-05"), S("--kind"),
                       S("job-interview"), S("--share"), S("50%")}).exitCode, 0);
    ASSERT_EQ(cli.run({S("add"), S("conversation"), S("--contact"), S("Ben Okafor"), S("--date"), S("2026-05-06"), S("--kind"),
                       S("job-interview")}).exitCode, 0);
    const struct {
        const char *source;
        const char *stage;
    } apps[] = {{"referral", "interviewing"}, {"referral", "offer"}, {"job-board", "applied"}, {"job-board", "rejected"},
                {"recruiter", "applied"}};
    for (const auto &app : apps)
        ASSERT_EQ(cli.run({S("add"), S("application"), S("--company"), S("Lumen"), S("--role"), S("Engineer"), S("--source"),
                           S(app.source), S("--stage"), S(app.stage)}).exitCode, 0);

    const QJsonObject o = json(cli.run({S("stats"), S("--json")}));
    const QJsonObject share = o.value(S("talk_share")).toObject();
    EXPECT_NEAR(share.value(S("coffee-chat")).toDouble(), 18.5 / 78.5, 1e-9);
    EXPECT_DOUBLE_EQ(share.value(S("job-interview")).toDouble(), 0.5); // the unmeasured one is left out
    EXPECT_EQ(o.value(S("talk_share_conversations")).toObject().value(S("job-interview")).toInt(), 1);

    const QJsonObject funnel = o.value(S("funnel")).toObject();
    const QJsonObject stages = funnel.value(S("stages")).toObject();
    EXPECT_EQ(stages.value(S("saved")).toInt(), 1);
    EXPECT_EQ(stages.value(S("applied")).toInt(), 2);
    EXPECT_EQ(stages.value(S("interviewing")).toInt(), 1);
    EXPECT_EQ(stages.value(S("offer")).toInt(), 1);
    EXPECT_EQ(funnel.value(S("applications")).toInt(), 5);
    const QJsonObject bySource = funnel.value(S("by_source")).toObject();
    const QJsonObject referral = bySource.value(S("referral")).toObject();
    EXPECT_DOUBLE_EQ(referral.value(S("applied_to_interview")).toObject().value(S("rate")).toDouble(), 1.0);
    EXPECT_EQ(referral.value(S("interview_to_offer")).toObject().value(S("count")).toInt(), 1);
    EXPECT_DOUBLE_EQ(referral.value(S("interview_to_offer")).toObject().value(S("rate")).toDouble(), 0.5);
    const QJsonObject cold = bySource.value(S("cold")).toObject();
    EXPECT_EQ(cold.value(S("applications")).toInt(), 3);
    EXPECT_DOUBLE_EQ(cold.value(S("applied_to_interview")).toObject().value(S("rate")).toDouble(), 0.0);
    EXPECT_EQ(cold.value(S("applied_to_interview")).toObject().value(S("of")).toInt(), 2);
    EXPECT_TRUE(cold.value(S("interview_to_offer")).toObject().value(S("rate")).isNull());
    EXPECT_TRUE(bySource.value(S("event")).toObject().value(S("applied_to_offer")).toObject().value(S("rate")).isNull());

    const CliResult text = cli.run({S("stats")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(S("job-interview"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(S("referral 2 of 2 (100%)"))) << text.out.toStdString();
}

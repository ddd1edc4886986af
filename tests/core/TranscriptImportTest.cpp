#include "core/services/TranscriptImport.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "tests/support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

const QByteArray kTeams = "WEBVTT\n\n"
                          "a1/1-0\n00:00:00.000 --> 00:00:20.000\n<v Ana Lima (Guest)>So how did you get into data work?</v>\n\n"
                          "a1/2-0\n00:00:20.000 --> 00:01:20.000\n<v Ben Okafor>By accident, honestly.</v>\n";

ContactId ben(Database &db)
{
    Contact contact;
    contact.name = QStringLiteral("Ben Okafor");
    auto id = ContactStore(db).insert(contact);
    EXPECT_TRUE(id.ok());
    return id.ok() ? *id : ContactId();
}

} // namespace

TEST(TranscriptImport, ProposesMeFromRememberedNamesAndStoresTheBalance)
{
    auto analysis = analyseTranscript(TranscriptAnalysisRequest{kTeams, QStringLiteral("/tmp/chat.vtt"), std::nullopt, {},
                                                                {QStringLiteral("Ana Lima")}, false});
    ASSERT_TRUE(analysis.ok()) << analysis.error().toString().toStdString();
    EXPECT_EQ(analysis->speakers, (QStringList{QStringLiteral("Ana Lima (Guest)"), QStringLiteral("Ben Okafor")}));
    EXPECT_TRUE(analysis->meProposed);
    EXPECT_EQ(analysis->proposal.match, SpeakerMatch::Partial);
    ASSERT_EQ(analysis->measures.status, TalkStatus::Measured);
    EXPECT_DOUBLE_EQ(*analysis->measures.myShare, 0.25); // 20 s of 80 s

    test::TempDatabase db;
    const FixedClock clock = test::fixedClock();
    TranscriptImportRequest request;
    request.contacts = {ben(db.db())};
    request.kind = ConversationKind::InformationalInterview;
    request.when = QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
    request.notes = QStringLiteral("Great advice on portfolios.");
    request.rememberedNames = {QStringLiteral("Ana Lima"), QStringLiteral("Ana")};
    auto stored = importTranscript(db.db(), clock, *analysis, request);
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    EXPECT_EQ(stored->rememberedNames,
              (QStringList{QStringLiteral("Ana Lima (Guest)"), QStringLiteral("Ana Lima"), QStringLiteral("Ana")}));

    auto conversation = ConversationStore(db.db(), clock).get(stored->conversation);
    ASSERT_TRUE(conversation.ok());
    EXPECT_EQ(conversation->talk.source, TalkSource::Transcript);
    EXPECT_DOUBLE_EQ(*conversation->talk.myShare, 0.25);
    EXPECT_DOUBLE_EQ(conversation->talk.mySeconds, 20.0);
    EXPECT_DOUBLE_EQ(conversation->talk.theirSeconds, 60.0);
    EXPECT_EQ(conversation->talk.questionsMe, 1);
    EXPECT_EQ(conversation->durationMinutes, 1); // 80 s
    EXPECT_EQ(conversation->channel, ConversationChannel::Video);
    EXPECT_EQ(conversation->kind, ConversationKind::InformationalInterview);
    EXPECT_TRUE(conversation->notes.startsWith(QLatin1String("Great advice on portfolios.\n\n")));
    EXPECT_TRUE(conversation->notes.contains(QLatin1String("chat.vtt")));
}

TEST(TranscriptImport, RefusesWithoutStoringWhenThereIsNoShare)
{
    test::TempDatabase db;
    const FixedClock clock = test::fixedClock();
    TranscriptImportRequest request;
    request.contacts = {ben(db.db())};
    request.when = QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());

    const QByteArray alone = "WEBVTT\n\n00:00.000 --> 00:05.000\n<v Ana>Hello?</v>\n";
    auto one = analyseTranscript(TranscriptAnalysisRequest{alone, QStringLiteral("a.vtt"), std::nullopt, {QStringLiteral("Ana")}, {}, false});
    ASSERT_TRUE(one.ok());
    auto refused = importTranscript(db.db(), clock, *one, request);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("transcript"));

    auto nobody = analyseTranscript(TranscriptAnalysisRequest{kTeams, QStringLiteral("b.vtt"), std::nullopt, {}, {}, false});
    ASSERT_TRUE(nobody.ok());
    auto who = importTranscript(db.db(), clock, *nobody, request);
    ASSERT_FALSE(who.ok());
    EXPECT_EQ(who.error().field, QStringLiteral("me"));
    EXPECT_EQ(*ConversationStore(db.db(), clock).count(), 0);

    auto broken = analyseTranscript(TranscriptAnalysisRequest{"WEBVTT\n\n00:00.000 --> 00:0x.000\n<v Ana>Hi</v>\n",
                                                              QStringLiteral("c.vtt"), std::nullopt, {}, {}, false});
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, Error::Code::Parse);
    EXPECT_EQ(broken.error().location, QStringLiteral("c.vtt:3"));
}

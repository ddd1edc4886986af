#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/util/Settings.h"
#include "tests/support/TempDatabase.h"
#include "ui/shell/MainWindow.h"
#include "ui/talk/ParticipantsLineEdit.h"
#include "ui/talk/TranscriptImportDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

// Ana speaks 10 + 10 s and asks two questions, Ben speaks 30 s: Ana's share 40%, Ben's 60%.
const QByteArray kZoomLike = QByteArrayLiteral("WEBVTT\n\n"
                                               "1\n00:00:00.000 --> 00:00:10.000\nAna Lima: Hello, how are you? Tell me about your team.\n\n"
                                               "2\n00:00:10.000 --> 00:00:40.000\nBen Okafor: We build payment systems, six of us, and we ship weekly.\n\n"
                                               "3\n00:00:40.000 --> 00:00:50.000\nAna Lima: What do you enjoy most?\n");

class TranscriptImportDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        Contact c;
        c.name = QStringLiteral("Ben Okafor");
        auto id = ContactStore(db.db(), clock).insert(c);
        ASSERT_TRUE(id.ok());
        ben = *id;
        window = std::make_unique<MainWindow>(db.db(), clock);
    }

    int rowOf(TranscriptImportDialog &dialog, const QString &speaker)
    {
        for (int row = 0; row < dialog.speakersTable()->rowCount(); ++row)
            if (dialog.speakersTable()->item(row, 1)->text() == speaker)
                return row;
        return -1;
    }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    ContactId ben;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(TranscriptImportDialogTest, ProposesMeFromRememberedNamesLetsMePickAndSaves)
{
    setSettingValue(settings::MySpeakerNames, QStringList{QStringLiteral("ana lima")});
    TranscriptImportDialog dialog(window->context(), kZoomLike, QStringLiteral("call.vtt"), window.get());
    ASSERT_EQ(dialog.speakersTable()->rowCount(), 2);
    EXPECT_EQ(dialog.me(), QStringList{QStringLiteral("Ana Lima")}); // pre-ticked: a remembered name
    EXPECT_EQ(dialog.speakersTable()->item(rowOf(dialog, QStringLiteral("Ana Lima")), 2)->text(), QStringLiteral("0:20"));
    ASSERT_TRUE(dialog.analysis().measures.myShare.has_value());
    EXPECT_DOUBLE_EQ(*dialog.analysis().measures.myShare, 0.4);
    EXPECT_TRUE(dialog.measuresLabel()->text().contains(QStringLiteral("40%")));

    // Tick Ben instead, in the table as a person would: the measures follow.
    dialog.speakersTable()->item(rowOf(dialog, QStringLiteral("Ana Lima")), 0)->setCheckState(Qt::Unchecked);
    EXPECT_FALSE(dialog.saveButton()->isEnabled()); // nobody is me: nothing to save
    dialog.speakersTable()->item(rowOf(dialog, QStringLiteral("Ben Okafor")), 0)->setCheckState(Qt::Checked);
    EXPECT_DOUBLE_EQ(*dialog.analysis().measures.myShare, 0.6);
    // And back: Ana is me.
    dialog.setMe({QStringLiteral("Ana Lima")});
    EXPECT_DOUBLE_EQ(*dialog.analysis().measures.myShare, 0.4);
    EXPECT_TRUE(dialog.saveButton()->isEnabled());

    dialog.participants()->setText(QStringLiteral("Ben Okafor"));
    auto id = dialog.save();
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto c = ConversationStore(db.db(), clock).get(*id);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->contacts, QList<ContactId>{ben});
    EXPECT_EQ(c->talk.source, TalkSource::Transcript);
    EXPECT_DOUBLE_EQ(*c->talk.myShare, 0.4);
    EXPECT_EQ(c->talk.questionsMe, 2);
    EXPECT_EQ(c->channel, ConversationChannel::Video);
    EXPECT_EQ(settingValue(settings::MySpeakerNames).first(), QStringLiteral("Ana Lima")); // the file's spelling, first

    window->findChild<QUndoStack *>()->undo();
    EXPECT_TRUE(ConversationStore(db.db(), clock).list().isEmpty());
}

TEST_F(TranscriptImportDialogTest, WithoutARememberedNameNobodyIsTickedAndSaveWaits)
{
    TranscriptImportDialog dialog(window->context(), kZoomLike, QStringLiteral("call.vtt"), window.get());
    EXPECT_TRUE(dialog.me().isEmpty());
    EXPECT_FALSE(dialog.saveButton()->isEnabled());
    dialog.participants()->setText(QStringLiteral("Ben Okafor"));
    EXPECT_FALSE(dialog.save().ok());
    EXPECT_TRUE(ConversationStore(db.db(), clock).list().isEmpty());
}

TEST_F(TranscriptImportDialogTest, ProblemsAreListedWithFileAndLine)
{
    const QByteArray broken = QByteArrayLiteral("WEBVTT\n\n"
                                                "00:00:00.000 --> 00:00:10.000\n<v Ana>Hello there?\n\n"
                                                "00:00:xx.000 --> 00:00:20.000\n<v Ben>Lost.\n\n"
                                                "00:00:20.000 --> 00:00:30.000\n<v Ben>Fine, thanks.\n");
    TranscriptImportDialog dialog(window->context(), broken, QStringLiteral("broken.vtt"), window.get());
    ASSERT_GE(dialog.diagnostics()->count(), 1);
    EXPECT_TRUE(dialog.diagnostics()->item(0)->text().startsWith(QStringLiteral("broken.vtt:6:")))
        << dialog.diagnostics()->item(0)->text().toStdString();
    EXPECT_FALSE(dialog.saveButton()->isEnabled()); // an error loses speech: refused unless asked
    ASSERT_TRUE(dialog.skipBadCues()->isVisibleTo(&dialog));
    dialog.skipBadCues()->setChecked(true);
    dialog.setMe({QStringLiteral("Ana")});
    ASSERT_TRUE(dialog.analysis().measures.myShare.has_value());
    EXPECT_DOUBLE_EQ(*dialog.analysis().measures.myShare, 0.5);
    EXPECT_TRUE(dialog.saveButton()->isEnabled());
}

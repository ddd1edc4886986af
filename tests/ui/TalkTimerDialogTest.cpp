#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "tests/support/TempDatabase.h"
#include "ui/shell/MainWindow.h"
#include "ui/talk/ParticipantsLineEdit.h"
#include "ui/talk/TalkGauge.h"
#include "ui/talk/TalkTimerDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class TalkTimerDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        Contact c;
        c.name = QStringLiteral("Ana Lima");
        auto id = ContactStore(db.db(), clock).insert(c);
        ASSERT_TRUE(id.ok());
        ana = *id;
        window = std::make_unique<MainWindow>(db.db(), clock);
        dialog = std::make_unique<TalkTimerDialog>(window->context(), window.get());
        dialog->show();
    }

    void advance(int seconds) { clock.set(clock.nowUtc().addSecs(seconds)); }
    void press(Qt::Key key) { QTest::keyPress(dialog.get(), key); }
    void release(Qt::Key key) { QTest::keyRelease(dialog.get(), key); }
    void click(Qt::Key key) { QTest::keyClick(dialog.get(), key); }

    QList<Conversation> stored() { return ConversationStore(db.db(), clock).list(); }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    ContactId ana;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<TalkTimerDialog> dialog;
};

} // namespace

TEST_F(TalkTimerDialogTest, SpaceHeldIsMeAndReleasedIsThem)
{
    press(Qt::Key_Space);
    EXPECT_TRUE(dialog->meButton()->isChecked());
    advance(10);
    // Auto-repeat while the key is held changes nothing.
    QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "), true);
    QApplication::sendEvent(dialog.get(), &repeat);
    advance(5);
    release(Qt::Key_Space);
    EXPECT_TRUE(dialog->themButton()->isChecked());
    advance(45);
    const TalkTimerReading r = dialog->reading();
    EXPECT_DOUBLE_EQ(r.mySeconds, 15);
    EXPECT_DOUBLE_EQ(r.theirSeconds, 45);
    ASSERT_TRUE(r.myShare.has_value());
    EXPECT_DOUBLE_EQ(*r.myShare, 0.25);
    EXPECT_EQ(r.switches, 1);
}

TEST_F(TalkTimerDialogTest, MAndTSwitchAndTheGaugeShowsTheShareAgainstTheTarget)
{
    click(Qt::Key_M);
    advance(20);
    click(Qt::Key_T);
    advance(60);
    click(Qt::Key_M);
    advance(20);
    click(Qt::Key_T);
    dialog->refresh();
    const TalkTimerReading r = dialog->reading();
    EXPECT_DOUBLE_EQ(r.mySeconds, 40);
    EXPECT_DOUBLE_EQ(r.theirSeconds, 60);
    EXPECT_EQ(r.switches, 3);
    ASSERT_TRUE(dialog->gauge()->share().has_value());
    EXPECT_DOUBLE_EQ(*dialog->gauge()->share(), 0.4);
    // A coffee chat aims at 20% ± 10: 40% is above. A job interview aims at 50% ± 10: within.
    EXPECT_EQ(dialog->gauge()->verdict(), TalkVerdict::Above);
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(ConversationKind::JobInterview)));
    EXPECT_EQ(dialog->gauge()->verdict(), TalkVerdict::Within);
    EXPECT_TRUE(dialog->gauge()->text().startsWith(QStringLiteral("40% — on target")));
}

TEST_F(TalkTimerDialogTest, PauseAndResumeLeaveThePauseOut)
{
    EXPECT_FALSE(dialog->pauseButton()->isEnabled()); // nothing to pause yet
    click(Qt::Key_M);
    advance(10);
    click(Qt::Key_P);
    EXPECT_EQ(dialog->timer().timer().state(), TalkTimerState::Paused);
    EXPECT_EQ(dialog->pauseButton()->text(), QStringLiteral("&Resume"));
    advance(100);
    dialog->pauseButton()->click(); // resume with the button: I was speaking, I go on
    EXPECT_EQ(dialog->timer().timer().state(), TalkTimerState::Running);
    advance(10);
    click(Qt::Key_T);
    advance(20);
    const TalkTimerReading r = dialog->reading();
    EXPECT_DOUBLE_EQ(r.elapsedSeconds, 40);
    EXPECT_DOUBLE_EQ(r.mySeconds, 20);
    EXPECT_DOUBLE_EQ(r.theirSeconds, 20);
    EXPECT_DOUBLE_EQ(*r.myShare, 0.5);
    EXPECT_DOUBLE_EQ(r.longestMonologueSeconds, 20); // the pause did not break it
}

TEST_F(TalkTimerDialogTest, TypingInAFieldDoesNotDriveTheTimer)
{
    dialog->participants()->setFocus();
    QTest::keyClicks(dialog->participants(), QStringLiteral("Tom M"));
    EXPECT_EQ(dialog->participants()->text(), QStringLiteral("Tom M"));
    EXPECT_EQ(dialog->timer().timer().state(), TalkTimerState::NotStarted);
}

TEST_F(TalkTimerDialogTest, SaveStoresTheConversationAndUndoRemovesIt)
{
    const QDateTime start = clock.nowUtc();
    dialog->participants()->setText(QStringLiteral("Ana Lima"));
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(ConversationKind::InformationalInterview)));
    click(Qt::Key_T);
    advance(30);
    click(Qt::Key_M);
    advance(60);
    click(Qt::Key_T);
    advance(210);
    QSignalSpy saved(dialog.get(), &TalkTimerDialog::saved);
    auto id = dialog->save();
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);

    auto c = ConversationStore(db.db(), clock).get(*id);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->contacts, QList<ContactId>{ana});
    EXPECT_EQ(c->kind, ConversationKind::InformationalInterview);
    EXPECT_EQ(c->when, start);
    EXPECT_EQ(c->durationMinutes, 5);
    EXPECT_EQ(c->talk.source, TalkSource::Timer);
    ASSERT_TRUE(c->talk.myShare.has_value());
    EXPECT_DOUBLE_EQ(*c->talk.myShare, 0.2);
    EXPECT_DOUBLE_EQ(c->talk.mySeconds, 60);
    EXPECT_DOUBLE_EQ(c->talk.theirSeconds, 240);

    auto *undo = window->findChild<QUndoStack *>();
    ASSERT_NE(undo, nullptr);
    undo->undo();
    EXPECT_TRUE(stored().isEmpty());
    undo->redo();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().id, *id);
}

TEST_F(TalkTimerDialogTest, SaveWithoutParticipantsOrSpeechIsRefusedWithReasons)
{
    auto nothing = dialog->save();
    ASSERT_FALSE(nothing.ok());
    EXPECT_EQ(nothing.error().field, QStringLiteral("contacts"));
    EXPECT_TRUE(stored().isEmpty());

    dialog->participants()->setText(QStringLiteral("Nobody Known"));
    click(Qt::Key_M);
    advance(5);
    auto unknown = dialog->save();
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("Nobody Known"))) << unknown.error().message.toStdString();

    dialog->participants()->setText(QStringLiteral("Ana Lima"));
    auto mine = dialog->save();
    ASSERT_TRUE(mine.ok());
    EXPECT_EQ(stored().size(), 1);
}

TEST_F(TalkTimerDialogTest, TheFileMenuOpensATimer)
{
    QAction *action = nullptr;
    for (QAction *a : window->menuBar()->actions().first()->menu()->actions())
        if (a->text() == QStringLiteral("&Talk timer…"))
            action = a;
    ASSERT_NE(action, nullptr);
    action->trigger();
    TalkTimerDialog *opened = nullptr;
    for (TalkTimerDialog *d : window->findChildren<TalkTimerDialog *>())
        if (d != dialog.get())
            opened = d;
    ASSERT_NE(opened, nullptr);
    EXPECT_TRUE(opened->isVisible());
    EXPECT_TRUE(opened->testAttribute(Qt::WA_DeleteOnClose));
    opened->close();
}

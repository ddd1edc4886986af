#include "core/services/sample/SampleData.h"
#include "core/storage/ContactStore.h"
#include "tests/support/TempDatabase.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/pages/ContactsPage.h"
#include "ui/pages/TodayPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SampleDataTask.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/WelcomePanel.h"

#include <QAction>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class WelcomeAndSampleDataTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::Today);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        today = qobject_cast<TodayPage *>(window->page(PageId::Today));
        contacts = qobject_cast<ContactsPage *>(window->page(PageId::Contacts));
        ASSERT_NE(today, nullptr);
        ASSERT_NE(contacts, nullptr);
    }

    qint64 contactCount() { return ContactStore(db.db(), clock).count().value(); }
    QAction *removeAction() const { return window->findChild<QAction *>(QStringLiteral("removeSampleData")); }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    std::unique_ptr<MainWindow> window;
    TodayPage *today = nullptr;
    ContactsPage *contacts = nullptr;
};

} // namespace

TEST_F(WelcomeAndSampleDataTest, AnEmptyDatabaseWelcomesWithImportComingAndSampleData)
{
    ASSERT_TRUE(today->isShowingWelcome());
    EXPECT_FALSE(today->welcome()->importButton()->isEnabled());
    EXPECT_EQ(today->welcome()->importButton()->toolTip(), QStringLiteral("Coming with the import wizard"));
    EXPECT_TRUE(today->welcome()->sampleButton()->isEnabled());
    ASSERT_NE(removeAction(), nullptr);
    EXPECT_FALSE(removeAction()->isEnabled()); // nothing to remove yet
}

TEST_F(WelcomeAndSampleDataTest, SampleDataIsGeneratedInTheBackgroundThenRemovedInOneStep)
{
    // An edit before: the undo history is cleared by the bulk work, which is not undoable.
    Contact mine;
    mine.name = QStringLiteral("My Own Contact");
    ASSERT_TRUE(window->context().writer.write(QStringLiteral("Add"), [&] { return ContactStore(db.db(), clock).insert(mine).ok() ? Status() : Status(Error::database(QStringLiteral("x"))); }).ok());
    EXPECT_EQ(window->findChild<QUndoStack *>()->count(), 1);
    today->refresh();
    ASSERT_FALSE(today->isShowingWelcome());

    SampleDataTask task(window->context(), window.get());
    ASSERT_TRUE(task.generate(SampleOptions{20, 7}).ok());
    EXPECT_EQ(contactCount(), 21);
    // The UI's connection announced a reset: the contacts list reloaded without being told row by row.
    EXPECT_EQ(contacts->proxy()->recordModel()->rowCount(), 21);
    EXPECT_EQ(window->findChild<QUndoStack *>()->count(), 0);
    EXPECT_TRUE(removeAction()->isEnabled());

    test::answerNextMessageBox(QMessageBox::Yes);
    removeAction()->trigger();
    EXPECT_EQ(contactCount(), 1);
    EXPECT_EQ(contacts->proxy()->recordModel()->rowCount(), 1);
    EXPECT_FALSE(hasSampleData(db.db()).value());
    EXPECT_FALSE(removeAction()->isEnabled());
}

TEST_F(WelcomeAndSampleDataTest, ExploreFromTheWelcomeThenRemoveBringsTheWelcomeBack)
{
    today->setSampleOptions(SampleOptions{20, 3});
    QTest::mouseClick(today->welcome()->sampleButton(), Qt::LeftButton);
    EXPECT_EQ(contactCount(), 20);
    ASSERT_TRUE(test::waitUntil([&] { return !today->isShowingWelcome(); }));
    EXPECT_EQ(today->agenda().counts.contacts, 20);
    EXPECT_EQ(contacts->proxy()->recordModel()->rowCount(), 20);

    // Saying no keeps everything.
    test::answerNextMessageBox(QMessageBox::Cancel);
    removeAction()->trigger();
    EXPECT_EQ(contactCount(), 20);

    test::answerNextMessageBox(QMessageBox::Yes);
    removeAction()->trigger();
    EXPECT_EQ(contactCount(), 0);
    ASSERT_TRUE(test::waitUntil([&] { return today->isShowingWelcome(); }));
}

TEST_F(WelcomeAndSampleDataTest, CancellingTheGenerationKeepsNothing)
{
    SampleDataTask task(window->context(), window.get());
    // Cancel as soon as the dialog is up: the worker stops at its next check and rolls back.
    QObject::connect(&task, &SampleDataTask::started, &task, [&task] {
        auto *cancel = task.dialog()->findChild<QPushButton *>();
        ASSERT_NE(cancel, nullptr);
        cancel->click();
    });
    const Status status = task.generate(SampleOptions{5000, 1});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, Error::Code::Cancelled);
    EXPECT_EQ(contactCount(), 0);
    EXPECT_TRUE(today->isShowingWelcome());
}

#include "ui/pages/InterviewsPage.h"

#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/InterviewStore.h"
#include "tests/support/TempDatabase.h"
#include "ui/dialogs/BankQuestionPicker.h"
#include "ui/dialogs/QuestionBankDialog.h"
#include "ui/editors/InterviewEditor.h"
#include "ui/editors/InterviewStageBar.h"
#include "ui/editors/PlannedQuestionsField.h"
#include "ui/models/InterviewsModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/ContactNameEdit.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/GrowingTextEdit.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

// Runs `work` on the modal dialog of type D that the next call opens, then closes it.
template<typename D> void onNextDialog(const std::function<void(D *)> &work, bool *ran)
{
    QTimer::singleShot(0, [work, ran] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        work(dialog);
        *ran = true;
    });
}

class InterviewsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        const CompanyId lumen = CompanyStore(db.db(), clock).findOrCreate(QStringLiteral("Lumen")).value();
        ContactStore contacts(db.db(), clock);
        Contact a;
        a.name = QStringLiteral("Ana Lima");
        a.company = lumen;
        ana = contacts.insert(a).value();
        Contact b;
        b.name = QStringLiteral("Ben Okafor");
        ben = contacts.insert(b).value();

        InformationalInterview first;
        first.contact = ana;
        anaInterview = InterviewStore(db.db(), clock).insert(first).value();
        InformationalInterview second;
        second.contact = ben;
        second.stage = InterviewStage::Done;
        second.doneOn = clock.today().addDays(-2);
        second.fit = FitDecision::GoodFit;
        benInterview = InterviewStore(db.db(), clock).insert(second).value();

        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::Interviews);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        page = qobject_cast<InterviewsPage *>(window->page(PageId::Interviews));
        ASSERT_NE(page, nullptr);
        editor = qobject_cast<InterviewEditor *>(page->editor());
        ASSERT_NE(editor, nullptr);
    }

    InformationalInterview stored(InterviewId id) { return InterviewStore(db.db(), clock).get(id).value(); }
    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }
    QStringList bankTexts()
    {
        QStringList out;
        for (const auto &q : QuestionBankStore(db.db()).list())
            out << q.text;
        return out;
    }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    ContactId ana, ben;
    InterviewId anaInterview, benInterview;
    std::unique_ptr<MainWindow> window;
    InterviewsPage *page = nullptr;
    InterviewEditor *editor = nullptr;
};

} // namespace

TEST_F(InterviewsPageTest, ModelPassesTheModelTesterAndShowsTheContactsCompany)
{
    auto *model = static_cast<InterviewsModel *>(page->proxy()->recordModel());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 2);
    const int row = model->rowOf(anaInterview.value);
    EXPECT_EQ(model->index(row, InterviewsModel::Contact).data().toString(), QStringLiteral("Ana Lima"));
    EXPECT_EQ(
        model->index(row, InterviewsModel::Company).data().toString(), QStringLiteral("Lumen")); // where Ana works
    EXPECT_EQ(model->index(row, InterviewsModel::Stage).data().toString(), QStringLiteral("To request"));
    EXPECT_EQ(model->index(model->rowOf(benInterview.value), InterviewsModel::Fit).data().toString(),
        QStringLiteral("Good fit"));

    InformationalInterview third;
    third.contact = ben;
    const InterviewId added = InterviewStore(db.db(), clock).insert(third).value();
    EXPECT_EQ(model->rowCount(), 3);
    ASSERT_TRUE(InterviewStore(db.db(), clock).remove(added).ok());
    EXPECT_EQ(model->rowCount(), 2);

    // Ana moves: the row follows.
    Contact moved = ContactStore(db.db(), clock).get(ana).value();
    moved.company = CompanyStore(db.db(), clock).findOrCreate(QStringLiteral("Kestrel")).value();
    ASSERT_TRUE(ContactStore(db.db(), clock).update(moved).ok());
    EXPECT_EQ(model->index(model->rowOf(anaInterview.value), InterviewsModel::Company).data().toString(),
        QStringLiteral("Kestrel"));
}

TEST_F(InterviewsPageTest, FiltersByStageAndFit)
{
    page->stageFilter()->setCurrentIndex(page->stageFilter()->findData(int(InterviewStage::Done)));
    ASSERT_EQ(page->proxy()->rowCount(), 1);
    EXPECT_EQ(page->proxy()->idFromIndex(page->proxy()->index(0, 0)), benInterview.value);
    page->stageFilter()->setCurrentIndex(0);
    page->fitFilter()->setCurrentIndex(page->fitFilter()->findData(int(FitDecision::Undecided)));
    ASSERT_EQ(page->proxy()->rowCount(), 1);
    EXPECT_EQ(page->proxy()->idFromIndex(page->proxy()->index(0, 0)), anaInterview.value);
}

TEST_F(InterviewsPageTest, TheNextStepButtonWalksTheLifecycleAndDatesEachStep)
{
    page->showRecord(anaInterview.value);
    ASSERT_EQ(editor->recordId(), anaInterview.value);
    QPushButton *next = editor->stageBar()->nextButton();
    const QDate today = clock.today();

    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(stored(anaInterview).stage, InterviewStage::Requested);
    EXPECT_EQ(stored(anaInterview).requestedOn, today);
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(stored(anaInterview).stage, InterviewStage::Scheduled);
    EXPECT_EQ(stored(anaInterview).scheduledAt.toLocalTime().date(), today);
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(stored(anaInterview).stage, InterviewStage::Done);
    EXPECT_EQ(stored(anaInterview).doneOn, today);
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(stored(anaInterview).stage, InterviewStage::ThankYouSent);
    EXPECT_EQ(stored(anaInterview).thankedOn, today);
    EXPECT_FALSE(next->isVisible()); // nothing after the thank-you
    auto *model = static_cast<InterviewsModel *>(page->proxy()->recordModel());
    EXPECT_EQ(model->index(model->rowOf(anaInterview.value), InterviewsModel::Stage).data().toString(),
        QStringLiteral("Thank-you sent"));

    // Each step is one undo; the editor shows the stage undone.
    undoStack()->undo();
    EXPECT_EQ(stored(anaInterview).stage, InterviewStage::Done);
    EXPECT_FALSE(stored(anaInterview).thankedOn.isValid());
    EXPECT_EQ(editor->stageBar()->stage(), InterviewStage::Done);
    EXPECT_TRUE(next->isVisible());
}

TEST_F(InterviewsPageTest, AStepDateAlreadySetIsKept)
{
    InformationalInterview planned = stored(anaInterview);
    planned.stage = InterviewStage::Requested;
    planned.requestedOn = clock.today().addDays(-5);
    planned.scheduledAt = QDateTime(clock.today().addDays(3), QTime(15, 30)).toUTC();
    ASSERT_TRUE(InterviewStore(db.db(), clock).update(planned).ok());
    page->showRecord(anaInterview.value);
    editor->advanceStage();
    EXPECT_EQ(stored(anaInterview).stage, InterviewStage::Scheduled);
    EXPECT_EQ(stored(anaInterview).scheduledAt, planned.scheduledAt);
}

TEST_F(InterviewsPageTest, PickQuestionsFromTheBankAndWriteYourOwn)
{
    page->showRecord(anaInterview.value);
    const QStringList bank = bankTexts();
    ASSERT_GE(bank.size(), 3);
    bool ran = false;
    onNextDialog<BankQuestionPicker>(
        [&](BankQuestionPicker *picker) {
            EXPECT_TRUE(picker->pick(bank.at(0)));
            EXPECT_TRUE(picker->pick(bank.at(2)));
            picker->accept();
        },
        &ran);
    editor->questions()->bankButton()->click();
    ASSERT_TRUE(ran);
    EXPECT_EQ(editor->questions()->questionTexts(), (QStringList { bank.at(0), bank.at(2) }));
    EXPECT_TRUE(editor->isDirty());

    // Questions planned already are not offered twice.
    ran = false;
    onNextDialog<BankQuestionPicker>(
        [&](BankQuestionPicker *picker) {
            EXPECT_FALSE(picker->pick(bank.at(0)));
            EXPECT_TRUE(picker->pick(bank.at(1)));
            picker->accept();
        },
        &ran);
    editor->questions()->bankButton()->click();
    ASSERT_TRUE(ran);

    QApplication::setActiveWindow(window.get()); // as the window manager does when the dialog closes
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    editor->questions()->addBlank();
    ASSERT_EQ(editor->questions()->rowCount(), 4);
    QApplication::processEvents(); // the new row shows and takes the focus
    ASSERT_NE(qobject_cast<GrowingTextEdit *>(QApplication::focusWidget()), nullptr);
    EXPECT_EQ(QApplication::focusWidget()->accessibleName(), QStringLiteral("Question 4"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Would you look at my portfolio?"));
    editor->questions()->move(3, -3); // my own question first
    editor->questions()->removeRow(2); // bank question 3 after all
    ASSERT_TRUE(editor->save());
    QStringList saved;
    for (const auto &q : stored(anaInterview).questions)
        saved << q.question;
    EXPECT_EQ(saved, (QStringList { QStringLiteral("Would you look at my portfolio?"), bank.at(0), bank.at(1) }));
}

TEST_F(InterviewsPageTest, EditTheQuestionBankAndUndo)
{
    const QStringList before = bankTexts();
    bool ran = false;
    onNextDialog<QuestionBankDialog>(
        [&](QuestionBankDialog *dialog) {
            EXPECT_EQ(dialog->table()->rowCount(), before.size());
            EXPECT_TRUE(dialog->addQuestion(
                QStringLiteral("What surprised you when you joined?"), QStringLiteral("The company")));
            EXPECT_EQ(bankTexts().size(), before.size() + 1);
            EXPECT_EQ(dialog->table()->rowCount(), before.size() + 1);
            EXPECT_FALSE(dialog->addQuestion(before.at(0), QString())); // already in the bank
            EXPECT_FALSE(dialog->errorText().isEmpty());

            EXPECT_TRUE(dialog->editQuestion(
                0, QStringLiteral("What does a typical day look like?"), QStringLiteral("The job")));
            EXPECT_EQ(bankTexts().at(0), QStringLiteral("What does a typical day look like?"));
            dialog->table()->setCurrentCell(0, 0);
            EXPECT_TRUE(dialog->moveSelected(1));
            EXPECT_EQ(bankTexts().at(1), QStringLiteral("What does a typical day look like?"));
            dialog->table()->setCurrentCell(1, 0);
            EXPECT_TRUE(dialog->removeSelected());
            EXPECT_FALSE(bankTexts().contains(QStringLiteral("What does a typical day look like?")));

            // Ctrl+Z in the dialog undoes, step by step, and the table follows.
            QApplication::setActiveWindow(dialog);
            EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
            dialog->table()->setFocus();
            QTest::keyClick(dialog->table(), Qt::Key_Z, Qt::ControlModifier);
            EXPECT_EQ(bankTexts().at(1), QStringLiteral("What does a typical day look like?"));
            QTest::keyClick(dialog->table(), Qt::Key_Z, Qt::ControlModifier);
            QTest::keyClick(dialog->table(), Qt::Key_Z, Qt::ControlModifier);
            EXPECT_EQ(dialog->table()->item(0, 0)->text(), before.at(0));
            QTest::keyClick(dialog->table(), Qt::Key_Z, Qt::ControlModifier);
            EXPECT_EQ(dialog->table()->rowCount(), before.size());
            dialog->reject();
        },
        &ran);
    page->bankButton()->click();
    ASSERT_TRUE(ran);
    EXPECT_EQ(bankTexts(), before);
}

TEST_F(InterviewsPageTest, LogTheConversationItBecameAndUndo)
{
    page->showRecord(benInterview.value);
    ASSERT_TRUE(editor->logConversation());
    const InformationalInterview linked = stored(benInterview);
    ASSERT_TRUE(linked.conversation.isValid());
    const Conversation conversation = ConversationStore(db.db(), clock).get(linked.conversation).value();
    EXPECT_EQ(conversation.kind, ConversationKind::InformationalInterview);
    EXPECT_EQ(conversation.contacts, QList<ContactId> { ben });
    EXPECT_EQ(conversation.when.toLocalTime().date(), clock.today().addDays(-2)); // the day it was done
    EXPECT_EQ(window->currentPage(), PageId::Conversations); // opened to fill in

    undoStack()->undo(); // one step: the conversation and the link
    EXPECT_FALSE(stored(benInterview).conversation.isValid());
    EXPECT_FALSE(ConversationStore(db.db(), clock).get(linked.conversation).ok());
}

TEST_F(InterviewsPageTest, ANewInterviewNeedsAContactShownAtItsField)
{
    page->startNew();
    EXPECT_FALSE(editor->save());
    FormField *contactField = nullptr;
    for (FormField *field : editor->findChildren<FormField *>())
        if (field->input() == editor->contact())
            contactField = field;
    ASSERT_NE(contactField, nullptr);
    EXPECT_TRUE(contactField->hasError());
    editor->contact()->setText(QStringLiteral("Ana Lima"));
    ASSERT_TRUE(editor->save());
    EXPECT_EQ(page->proxy()->recordModel()->rowCount(), 3);
    EXPECT_EQ(stored(InterviewId(editor->recordId())).contact, ana);
}

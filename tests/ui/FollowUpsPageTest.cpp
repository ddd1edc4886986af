// The Follow-ups page through the real main window: done in one click (and Space), filters, the
// editor's validation, undo.
#include "core/storage/ContactStore.h"
#include "core/storage/FollowUpStore.h"
#include "tests/support/TempDatabase.h"
#include "ui/editors/FollowUpEditor.h"
#include "ui/models/FollowUpsModel.h"
#include "ui/pages/FollowUpsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FormField.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class FollowUpsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        Contact ana;
        ana.name = QStringLiteral("Ana Lima");
        anaId = ContactStore(db.db(), clock).insert(ana).value();
        FollowUpStore store(db.db(), clock);
        thank = store.insert(followUp(QStringLiteral("Thank Ana for the chat"), QDate(2026, 6, 14), anaId)).value();
        later = store.insert(followUp(QStringLiteral("Send the portfolio"), QDate(2026, 6, 25), {})).value();
        FollowUp finished = followUp(QStringLiteral("Ask about the meetup"), QDate(2026, 6, 1), {});
        finished.doneAt = QDateTime(QDate(2026, 6, 2), QTime(9, 0), QTimeZone::utc());
        done = store.insert(finished).value();

        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::FollowUps);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        page = qobject_cast<FollowUpsPage *>(window->page(PageId::FollowUps));
        ASSERT_NE(page, nullptr);
    }

    static FollowUp followUp(const QString &title, QDate due, ContactId contact)
    {
        FollowUp f;
        f.title = title;
        f.due = due;
        f.contact = contact;
        return f;
    }

    FollowUpsModel *model() const { return static_cast<FollowUpsModel *>(page->proxy()->recordModel()); }
    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }
    bool isDone(FollowUpId id) { return FollowUpStore(db.db(), clock).get(id).value().isDone(); }
    QComboBox *filter(int i) const
    {
        static const char *const names[] = {"statusFilter", "dueFilter", "originFilter"};
        return page->findChild<QComboBox *>(QLatin1String(names[i]));
    }

    QStringList shownTitles() const
    {
        QStringList titles;
        for (int row = 0; row < page->proxy()->rowCount(); ++row)
            titles << page->proxy()->index(row, FollowUpsModel::Title).data().toString();
        return titles;
    }

    // Clicks the Done checkbox of follow-up `id`, where a person would.
    void clickDoneBox(FollowUpId id)
    {
        QTableView *view = page->view();
        const QModelIndex index = page->proxy()->indexOfId(id.value).siblingAtColumn(FollowUpsModel::Done);
        ASSERT_TRUE(index.isValid());
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.rect = view->visualRect(index);
        option.features = QStyleOptionViewItem::HasCheckIndicator;
        const QRect box = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    }

    FixedClock clock = test::fixedClock(); // today is 2026-06-15 (a Monday)
    test::TempDatabase db;
    ContactId anaId;
    FollowUpId thank, later, done;
    std::unique_ptr<MainWindow> window;
    FollowUpsPage *page = nullptr;
};

} // namespace

TEST_F(FollowUpsPageTest, ModelPassesTheModelTesterAndFollowsChanges)
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model()->rowCount(), 3);
    const int row = model()->rowOf(thank.value);
    EXPECT_EQ(model()->index(row, FollowUpsModel::About).data().toString(), QStringLiteral("Ana Lima"));
    EXPECT_EQ(model()->index(row, FollowUpsModel::Done).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_TRUE(model()->flags(model()->index(row, FollowUpsModel::Done)) & Qt::ItemIsUserCheckable);
    ASSERT_TRUE(FollowUpStore(db.db(), clock).insert(followUp(QStringLiteral("Call Ben"), QDate(2026, 6, 16), {})).ok());
    EXPECT_EQ(model()->rowCount(), 4);
    // Open ones are shown by default, the earliest due first.
    EXPECT_EQ(shownTitles(), (QStringList{QStringLiteral("Thank Ana for the chat"), QStringLiteral("Call Ben"),
                                          QStringLiteral("Send the portfolio")}));
}

TEST_F(FollowUpsPageTest, OneClickOnTheCheckboxMarksItDoneAndUndoOpensItAgain)
{
    clickDoneBox(thank);
    EXPECT_TRUE(isDone(thank));
    EXPECT_EQ(undoStack()->count(), 1);
    EXPECT_EQ(undoStack()->undoText(), QStringLiteral("Mark “Thank Ana for the chat” done"));
    // It stays in view, struck through, so a slip is seen and put right.
    EXPECT_TRUE(shownTitles().contains(QStringLiteral("Thank Ana for the chat")));
    const QModelIndex title = page->proxy()->indexOfId(thank.value).siblingAtColumn(FollowUpsModel::Title);
    EXPECT_TRUE(title.data(Qt::FontRole).value<QFont>().strikeOut());

    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(isDone(thank));
    clickDoneBox(thank);
    clickDoneBox(thank); // a second click opens it again
    EXPECT_FALSE(isDone(thank));
}

TEST_F(FollowUpsPageTest, SpaceMarksTheSelectedRowsDoneInOneStep)
{
    QTableView *view = page->view();
    view->setFocus();
    view->selectionModel()->select(page->proxy()->indexOfId(thank.value), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(page->proxy()->indexOfId(later.value), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(view, Qt::Key_Space);
    EXPECT_TRUE(isDone(thank));
    EXPECT_TRUE(isDone(later));
    EXPECT_EQ(undoStack()->count(), 1);
    QTest::keyClick(view, Qt::Key_Space); // all of them done: Space opens them again
    EXPECT_FALSE(isDone(thank));
    EXPECT_FALSE(isDone(later));
    undoStack()->undo();
    EXPECT_TRUE(isDone(thank));
    undoStack()->undo();
    EXPECT_FALSE(isDone(thank));
    EXPECT_FALSE(isDone(later));
}

TEST_F(FollowUpsPageTest, FiltersByStatusDueAndOrigin)
{
    filter(0)->setCurrentIndex(1); // done
    EXPECT_EQ(shownTitles(), QStringList{QStringLiteral("Ask about the meetup")});
    filter(0)->setCurrentIndex(2); // open and done
    EXPECT_EQ(shownTitles().size(), 3);
    filter(1)->setCurrentIndex(1); // overdue
    EXPECT_EQ(shownTitles(), (QStringList{QStringLiteral("Thank Ana for the chat"), QStringLiteral("Ask about the meetup")}));
    filter(1)->setCurrentIndex(3); // this week: 15–21 June
    EXPECT_TRUE(shownTitles().isEmpty());
    filter(1)->setCurrentIndex(4); // later
    EXPECT_EQ(shownTitles(), QStringList{QStringLiteral("Send the portfolio")});
    filter(1)->setCurrentIndex(0);
    filter(2)->setCurrentIndex(filter(2)->findData(int(FollowUpOrigin::EventRule)));
    EXPECT_TRUE(shownTitles().isEmpty());
}

TEST_F(FollowUpsPageTest, TheEditorValidatesAtTheFieldAndSavesThroughTheWriter)
{
    page->startNew();
    auto *editor = qobject_cast<FollowUpEditor *>(page->editor());
    ASSERT_NE(editor, nullptr);
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("title"));
    auto *due = editor->findChild<QLineEdit *>(QStringLiteral("due"));
    auto *contact = editor->findChild<QLineEdit *>(QStringLiteral("contact"));
    ASSERT_TRUE(title && due && contact);
    EXPECT_EQ(due->text(), QStringLiteral("2026-06-16")); // tomorrow, by default
    due->setText(QStringLiteral("2026-06-31"));
    QTest::keyClicks(contact, QStringLiteral("Nobody Known"));
    EXPECT_FALSE(editor->save());
    auto fieldOf = [](QWidget *w) { return qobject_cast<FormField *>(w->parentWidget()); };
    EXPECT_TRUE(fieldOf(title)->hasError());
    EXPECT_TRUE(fieldOf(due)->error().contains(QStringLiteral("2026-06-31")));
    EXPECT_TRUE(fieldOf(contact)->hasError());
    EXPECT_EQ(model()->rowCount(), 3);

    QTest::keyClicks(title, QStringLiteral("Send Ana the article"));
    due->setText(QStringLiteral("2026-06-18"));
    contact->setText(QStringLiteral("ana lima"));
    ASSERT_TRUE(editor->save());
    const FollowUp saved = FollowUpStore(db.db(), clock).get(FollowUpId(editor->recordId())).value();
    EXPECT_EQ(saved.title, QStringLiteral("Send Ana the article"));
    EXPECT_EQ(saved.due, QDate(2026, 6, 18));
    EXPECT_EQ(saved.contact, anaId);
    EXPECT_EQ(model()->rowCount(), 4);
    undoStack()->undo();
    EXPECT_EQ(model()->rowCount(), 3);
}

TEST_F(FollowUpsPageTest, APickerTellsPeopleOfTheSameNameApartAndRefusesToGuess)
{
    Contact other;
    other.name = QStringLiteral("Ana Lima");
    const ContactId otherAna = ContactStore(db.db(), clock).insert(other).value();
    page->showRecord(thank.value);
    auto *editor = qobject_cast<FollowUpEditor *>(page->editor());
    editor->load(thank.value); // shown afresh, now that two people share the name
    auto *contact = editor->findChild<QLineEdit *>(QStringLiteral("contact"));
    ASSERT_EQ(editor->recordId(), thank.value);
    EXPECT_EQ(contact->text(), QStringLiteral("Ana Lima (#%1)").arg(anaId.value)); // which Ana, exactly

    contact->setText(QStringLiteral("Ana Lima")); // a name alone is ambiguous now
    emit contact->textEdited(contact->text());
    EXPECT_FALSE(editor->save());
    auto *field = qobject_cast<FormField *>(contact->parentWidget());
    ASSERT_NE(field, nullptr);
    EXPECT_TRUE(field->hasError());
    EXPECT_TRUE(field->error().contains(QString::number(otherAna.value))) << field->error().toStdString(); // lists the candidates

    contact->setText(QStringLiteral("Ana Lima (#%1)").arg(otherAna.value)); // as the completer offers it
    ASSERT_TRUE(editor->save());
    EXPECT_EQ(FollowUpStore(db.db(), clock).get(thank).value().contact, otherAna);
}

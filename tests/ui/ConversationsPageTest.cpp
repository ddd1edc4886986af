#include "ui/pages/ConversationsPage.h"

#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/FollowUpStore.h"
#include "tests/support/TempDatabase.h"
#include "ui/editors/ConversationEditor.h"
#include "ui/models/ConversationsModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/ContactNameEdit.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/ParticipantsField.h"
#include "ui/widgets/TalkBalanceField.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class ConversationsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        ContactStore contacts(db.db(), clock);
        for (const char *name : { "Ana Lima", "Ben Okafor", "Chen Wang" }) {
            Contact c;
            c.name = QString::fromUtf8(name);
            people << contacts.insert(c).value();
        }
        // Clock: 2026-06-15 12:00 UTC. A coffee chat 3 days ago, a job interview 60 days ago, a
        // referral request 200 days ago (last year).
        ana = add(ConversationKind::CoffeeChat, { people[0] }, -3, 0.35);
        ben = add(ConversationKind::JobInterview, { people[1] }, -60, 0.45);
        chen = add(ConversationKind::ReferralRequest, { people[2], people[0] }, -200, std::nullopt);

        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::Conversations);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        page = qobject_cast<ConversationsPage *>(window->page(PageId::Conversations));
        ASSERT_NE(page, nullptr);
        editor = qobject_cast<ConversationEditor *>(page->editor());
        ASSERT_NE(editor, nullptr);
    }

    ConversationId add(ConversationKind kind, QList<ContactId> with, int daysAgo, std::optional<double> share)
    {
        Conversation c;
        c.kind = kind;
        c.contacts = with;
        c.when = clock.nowUtc().addDays(daysAgo);
        c.durationMinutes = 45;
        if (share) {
            c.talk.source = TalkSource::Timer;
            c.talk.myShare = share;
            c.talk.mySeconds = 600;
            c.talk.theirSeconds = 1100;
        }
        return ConversationStore(db.db(), clock).insert(c).value();
    }

    QStringList shownWith() const
    {
        QStringList out;
        for (int row = 0; row < page->proxy()->rowCount(); ++row)
            out << page->proxy()->index(row, ConversationsModel::With).data().toString();
        return out;
    }

    FormField *fieldOf(QWidget *input) const
    {
        for (FormField *field : editor->findChildren<FormField *>())
            if (field->input() == input)
                return field;
        return nullptr;
    }

    QLineEdit *searchBox() const { return page->findChildren<QLineEdit *>().first(); }
    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    QList<ContactId> people;
    ConversationId ana, ben, chen;
    std::unique_ptr<MainWindow> window;
    ConversationsPage *page = nullptr;
    ConversationEditor *editor = nullptr;
};

} // namespace

TEST_F(ConversationsPageTest, ModelPassesTheModelTesterAndFollowsTheDatabaseRowByRow)
{
    auto *model = page->proxy()->recordModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model->rowCount(), 3);
    int resets = 0;
    QObject::connect(model, &QAbstractItemModel::modelReset, [&] { ++resets; });

    const ConversationId added = add(ConversationKind::GivingValue, { people[1] }, -1, 0.15);
    EXPECT_EQ(model->rowCount(), 4);
    Conversation changed = ConversationStore(db.db(), clock).get(added).value();
    changed.talk.myShare = 0.6;
    ASSERT_TRUE(ConversationStore(db.db(), clock).update(changed).ok());
    const int row = static_cast<RecordTableModel *>(model)->rowOf(added.value);
    EXPECT_EQ(model->index(row, ConversationsModel::MyShare).data().toString(), QStringLiteral("60%"));
    EXPECT_EQ(model->index(row, ConversationsModel::Target).data().toString(), QStringLiteral("Over target"));
    ASSERT_TRUE(ConversationStore(db.db(), clock).remove(added).ok());
    EXPECT_EQ(model->rowCount(), 3);

    // Ana leaves: her conversation alone goes, the one she shared shows the others only.
    ASSERT_TRUE(ContactStore(db.db(), clock).remove(people[0]).ok());
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_EQ(shownWith(), (QStringList { QStringLiteral("Ben Okafor"), QStringLiteral("Chen Wang") }));
    EXPECT_EQ(resets, 0);
}

TEST_F(ConversationsPageTest, ColumnsShowShareAgainstTheTargetOfTheKind)
{
    auto *model = static_cast<ConversationsModel *>(page->proxy()->recordModel());
    const auto cell
        = [&](ConversationId id, int column) { return model->index(model->rowOf(id.value), column).data().toString(); };
    // Networking target 20% ± 10: 35% is over. Interview target 50% ± 10: 45% is on.
    EXPECT_EQ(cell(ana, ConversationsModel::MyShare), QStringLiteral("35%"));
    EXPECT_EQ(cell(ana, ConversationsModel::Target), QStringLiteral("Over target"));
    EXPECT_EQ(cell(ben, ConversationsModel::Target), QStringLiteral("On target"));
    EXPECT_EQ(cell(chen, ConversationsModel::MyShare), QString());
    EXPECT_EQ(cell(chen, ConversationsModel::Target), QString());
    EXPECT_EQ(cell(chen, ConversationsModel::With), QStringLiteral("Ana Lima, Chen Wang"));
    EXPECT_EQ(cell(ana, ConversationsModel::Duration), QStringLiteral("45 min"));
    // Newest first by default.
    EXPECT_EQ(shownWith(),
        (QStringList {
            QStringLiteral("Ana Lima"), QStringLiteral("Ben Okafor"), QStringLiteral("Ana Lima, Chen Wang") }));
}

TEST_F(ConversationsPageTest, LogAConversationWithAManualShareAfterAFieldError)
{
    page->startNew();
    // No participant: the error is shown at the "With" field and nothing is saved.
    EXPECT_FALSE(editor->save());
    FormField *with = fieldOf(editor->participants());
    ASSERT_NE(with, nullptr);
    EXPECT_TRUE(with->hasError());
    EXPECT_EQ(page->proxy()->recordModel()->rowCount(), 3);

    // A name that is no contact is refused where it was typed, and stays there.
    editor->participants()->nameEdit()->setText(QStringLiteral("Nobody Known"));
    EXPECT_FALSE(editor->participants()->addTyped());
    EXPECT_TRUE(with->error().contains(QStringLiteral("Nobody Known")));
    EXPECT_EQ(editor->participants()->nameEdit()->text(), QStringLiteral("Nobody Known"));

    editor->participants()->nameEdit()->setText(QStringLiteral("ben okafor"));
    QTest::keyClick(editor->participants()->nameEdit(), Qt::Key_Return);
    EXPECT_EQ(editor->participants()->contacts(), QList<ContactId> { people[1] });
    editor->talk()->slider()->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(editor->talk()->slider(), Qt::Key_PageUp); // 20% (the networking target) + 30
    EXPECT_EQ(editor->talk()->sourceCombo()->currentData().toInt(), int(TalkSource::Estimate));
    ASSERT_TRUE(editor->save());
    EXPECT_FALSE(with->hasError());

    auto *model = static_cast<ConversationsModel *>(page->proxy()->recordModel());
    ASSERT_EQ(model->rowCount(), 4);
    const qint64 id = editor->recordId();
    const Conversation saved = ConversationStore(db.db(), clock).get(ConversationId(id)).value();
    EXPECT_EQ(saved.contacts, QList<ContactId> { people[1] });
    EXPECT_EQ(saved.talk.source, TalkSource::Estimate);
    ASSERT_TRUE(saved.talk.myShare.has_value());
    EXPECT_DOUBLE_EQ(*saved.talk.myShare, 0.5);
    EXPECT_EQ(model->index(model->rowOf(id), ConversationsModel::MyShare).data().toString(), QStringLiteral("50%"));
    EXPECT_EQ(
        model->index(model->rowOf(id), ConversationsModel::Target).data().toString(), QStringLiteral("Over target"));
    EXPECT_EQ(page->currentId(), id); // the new conversation is shown and selected

    undoStack()->undo();
    EXPECT_EQ(model->rowCount(), 3);
    undoStack()->redo();
    EXPECT_EQ(model->rowCount(), 4);
}

TEST_F(ConversationsPageTest, MeasuredSharesAreReadOnlyUntilReplacedByAnEstimate)
{
    page->showRecord(ana.value);
    ASSERT_EQ(editor->recordId(), ana.value);
    EXPECT_FALSE(editor->talk()->slider()->isEnabled());
    EXPECT_EQ(editor->talk()->balance().source, TalkSource::Timer);
    EXPECT_DOUBLE_EQ(editor->talk()->balance().mySeconds, 600);
    editor->talk()->setEstimate(20);
    EXPECT_TRUE(editor->talk()->slider()->isEnabled());
    EXPECT_EQ(editor->talk()->balance().source, TalkSource::Estimate);
    EXPECT_DOUBLE_EQ(editor->talk()->balance().mySeconds, 0); // timings belong to the measurement
    EXPECT_TRUE(editor->isDirty());
    editor->revert();
    EXPECT_EQ(editor->talk()->balance().source, TalkSource::Timer);
}

TEST_F(ConversationsPageTest, SearchAndFilters)
{
    QTest::keyClicks(searchBox(), QStringLiteral("okaf"));
    EXPECT_EQ(shownWith(), QStringList { QStringLiteral("Ben Okafor") });
    searchBox()->clear();

    page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(int(ConversationKind::JobInterview)));
    EXPECT_EQ(shownWith(), QStringList { QStringLiteral("Ben Okafor") });
    page->kindFilter()->setCurrentIndex(0);

    page->rangeFilter()->setCurrentIndex(page->rangeFilter()->findData(int(ConversationsPage::Last30)));
    EXPECT_EQ(shownWith(), QStringList { QStringLiteral("Ana Lima") });
    page->rangeFilter()->setCurrentIndex(page->rangeFilter()->findData(int(ConversationsPage::Last90)));
    EXPECT_EQ(shownWith().size(), 2);
    page->rangeFilter()->setCurrentIndex(page->rangeFilter()->findData(int(ConversationsPage::ThisYear)));
    EXPECT_EQ(shownWith().size(), 2);
    page->rangeFilter()->setCurrentIndex(page->rangeFilter()->findData(int(ConversationsPage::AllTime)));

    // A contact: the conversations with them, alone or with others.
    page->contactFilter()->setText(QStringLiteral("Ana Lima"));
    EXPECT_EQ(shownWith(), (QStringList { QStringLiteral("Ana Lima"), QStringLiteral("Ana Lima, Chen Wang") }));
    page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(int(ConversationKind::JobInterview)));
    EXPECT_TRUE(shownWith().isEmpty());
    auto clear = page->findChildren<QPushButton *>(); // the empty state offers to clear them
    const auto button = std::find_if(clear.begin(), clear.end(),
        [](QPushButton *b) { return b->text() == QStringLiteral("Clear search and filters"); });
    ASSERT_NE(button, clear.end());
    (*button)->click();
    EXPECT_EQ(shownWith().size(), 3);
}

TEST_F(ConversationsPageTest, DeleteThenUndoBringsBackTheConversationAndItsFollowUps)
{
    FollowUp followUp;
    followUp.title = QStringLiteral("Send Ben the article");
    followUp.due = clock.today();
    followUp.contact = people[1];
    followUp.conversation = ben;
    const FollowUpId followUpId = FollowUpStore(db.db(), clock).insert(followUp).value();
    const Conversation before = ConversationStore(db.db(), clock).get(ben).value();

    page->showRecord(ben.value);
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Delete);
    EXPECT_EQ(shownWith(), (QStringList { QStringLiteral("Ana Lima"), QStringLiteral("Ana Lima, Chen Wang") }));
    EXPECT_FALSE(FollowUpStore(db.db(), clock).get(followUpId).ok());

    QTest::keyClick(page->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(shownWith().size(), 3);
    const Conversation after = ConversationStore(db.db(), clock).get(ben).value();
    EXPECT_EQ(after.contacts, before.contacts);
    EXPECT_EQ(after.talk, before.talk);
    EXPECT_TRUE(FollowUpStore(db.db(), clock).get(followUpId).ok());
}

TEST_F(ConversationsPageTest, AddFollowUpIsDueTomorrowWithTheFirstParticipantAndUndoable)
{
    page->showRecord(chen.value);
    ASSERT_EQ(editor->recordId(), chen.value);
    auto buttons = editor->findChildren<QPushButton *>();
    const auto add = std::find_if(
        buttons.begin(), buttons.end(), [](QPushButton *b) { return b->text() == QStringLiteral("Add follow-up"); });
    ASSERT_NE(add, buttons.end());
    ASSERT_TRUE((*add)->isVisible());
    (*add)->click();
    const auto made = FollowUpStore(db.db(), clock).list({ .conversation = chen });
    ASSERT_EQ(made.size(), 1);
    EXPECT_EQ(made.first().due, clock.today().addDays(1));
    EXPECT_EQ(made.first().contact, people[0]); // participants in id order: Ana first
    EXPECT_EQ(made.first().title, QStringLiteral("Follow up with Ana Lima"));
    undoStack()->undo();
    EXPECT_TRUE(FollowUpStore(db.db(), clock).list({ .conversation = chen }).isEmpty());
}

TEST_F(ConversationsPageTest, AnUndoneEditShowsInTheEditor)
{
    page->showRecord(ana.value);
    auto lines = editor->findChildren<QLineEdit *>();
    const auto field = std::find_if(lines.begin(), lines.end(),
        [](QLineEdit *l) { return l->placeholderText().startsWith(QStringLiteral("e.g. send")); });
    ASSERT_NE(field, lines.end());
    QTest::keyClicks(*field, QStringLiteral("Send the slides"));
    ASSERT_TRUE(editor->save());
    EXPECT_EQ(ConversationStore(db.db(), clock).get(ana)->nextStep, QStringLiteral("Send the slides"));
    undoStack()->undo();
    EXPECT_EQ((*field)->text(), QString());
    EXPECT_FALSE(editor->isDirty());
}

TEST_F(ConversationsPageTest, ChangingTheTimeIsAnEditThatSaves)
{
    page->showRecord(ben.value);
    auto *time = editor->findChild<QTimeEdit *>();
    ASSERT_NE(time, nullptr);
    EXPECT_FALSE(editor->isDirty());
    time->setTime(QTime(9, 15));
    EXPECT_TRUE(editor->isDirty());
    ASSERT_TRUE(editor->save());
    EXPECT_EQ(ConversationStore(db.db(), clock).get(ben)->when.toLocalTime().time(), QTime(9, 15));
}

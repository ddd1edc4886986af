#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/util/Settings.h"
#include "tests/support/TempDatabase.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/pages/ContactsPage.h"
#include "ui/pages/TodayPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTimeZone>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

QDateTime noon(QDate day, int hour = 12)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc());
}

class TodayPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        ana = addContact(QStringLiteral("Ana Lima"), 30);
        ben = addContact(QStringLiteral("Ben Okafor"), 0);
        Conversation v;
        v.when = noon(today.addDays(-45)); // Ana: every 30 days, last talked 45 days ago
        v.contacts = {ana};
        ASSERT_TRUE(ConversationStore(db.db(), clock).insert(v).ok());
        FollowUp f;
        f.title = QStringLiteral("Send Ana the article");
        f.due = today.addDays(-2);
        f.contact = ana;
        followUp = FollowUpStore(db.db(), clock).insert(f).value();
        Event e;
        e.name = QStringLiteral("Rust meetup");
        e.start = noon(today.addDays(3), 17);
        event = EventStore(db.db(), clock).insert(e).value();
    }

    void open()
    {
        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::Today);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        page = qobject_cast<TodayPage *>(window->page(PageId::Today));
        ASSERT_NE(page, nullptr);
    }

    ContactId addContact(const QString &name, int cadence)
    {
        Contact c;
        c.name = name;
        c.cadenceDays = cadence;
        return ContactStore(db.db(), clock).insert(c).value();
    }

    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }
    std::optional<bool> isDone()
    {
        auto f = FollowUpStore(db.db(), clock).get(followUp);
        return f ? std::optional<bool>(f->isDone()) : std::nullopt;
    }

    FixedClock clock = test::fixedClock();
    const QDate today = QDate(2026, 6, 15);
    test::TempDatabase db;
    ContactId ana;
    ContactId ben;
    FollowUpId followUp;
    EventId event;
    std::unique_ptr<MainWindow> window;
    TodayPage *page = nullptr;
};

} // namespace

TEST_F(TodayPageTest, ShowsDueFollowUpsComingEventsLapsedContactsAndCounters)
{
    open();
    EXPECT_FALSE(page->isShowingWelcome());
    ASSERT_NE(page->doneBox(followUp.value), nullptr);
    EXPECT_FALSE(page->doneBox(followUp.value)->isChecked());
    ASSERT_NE(page->findChild<QLabel *>(QStringLiteral("followup-%1").arg(followUp.value)), nullptr);
    EXPECT_TRUE(page->findChild<QLabel *>(QStringLiteral("followup-%1").arg(followUp.value))->text().contains(QStringLiteral("Ana Lima")));
    ASSERT_EQ(page->agenda().upcoming.size(), 1);
    EXPECT_NE(page->findChild<QLabel *>(QStringLiteral("upcoming-%1-%2").arg(int(Entity::Event)).arg(event.value)), nullptr);
    ASSERT_EQ(page->agenda().lapsed.size(), 1);
    EXPECT_EQ(page->agenda().lapsed.first().id, ana);
    EXPECT_NE(page->findChild<QLabel *>(QStringLiteral("contact-%1").arg(ana.value)), nullptr);
    EXPECT_EQ(page->agenda().counts.contacts, 2);
    EXPECT_EQ(page->agenda().counts.activeContacts, 1);
    EXPECT_EQ(page->agenda().counts.followUpsDue, 1);
}

TEST_F(TodayPageTest, OneClickMarksAFollowUpDoneAndUndoOpensItAgain)
{
    open();
    QCheckBox *box = page->doneBox(followUp.value);
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(box, Qt::LeftButton);
    EXPECT_EQ(isDone(), true);
    // The page follows the change: the follow-up stays, ticked (done today), and no longer counts as due.
    ASSERT_TRUE(test::waitUntil([&] { return page->agenda().counts.followUpsDue == 0; }));
    ASSERT_NE(page->doneBox(followUp.value), nullptr);
    EXPECT_TRUE(page->doneBox(followUp.value)->isChecked());
    EXPECT_EQ(undoStack()->count(), 1);

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier); // Edit › Undo
    EXPECT_EQ(isDone(), false);
    ASSERT_TRUE(test::waitUntil([&] { return page->agenda().counts.followUpsDue == 1; }));
    EXPECT_FALSE(page->doneBox(followUp.value)->isChecked());

    // Unticking a done one opens it again, through the writer too.
    QTest::mouseClick(page->doneBox(followUp.value), Qt::LeftButton);
    ASSERT_TRUE(test::waitUntil([&] { return page->agenda().counts.followUpsDue == 0; }));
    QTest::mouseClick(page->doneBox(followUp.value), Qt::LeftButton);
    EXPECT_EQ(isDone(), false);
    EXPECT_EQ(undoStack()->count(), 2);
}

TEST_F(TodayPageTest, TheDoneBoxIsReachableByKeyboardAndKeepsFocusAcrossTheRefresh)
{
    open();
    QCheckBox *box = page->doneBox(followUp.value);
    ASSERT_NE(box, nullptr);
    EXPECT_NE(box->focusPolicy() & Qt::TabFocus, 0);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    EXPECT_EQ(isDone(), true);
    ASSERT_TRUE(test::waitUntil([&] { return page->agenda().counts.followUpsDue == 0; }));
    // The rebuilt box gets the focus back once shown.
    EXPECT_TRUE(test::waitUntil([&] { return page->doneBox(followUp.value) && page->doneBox(followUp.value)->hasFocus(); }));
}

TEST_F(TodayPageTest, ItemsOpenTheirRecords)
{
    open();
    QSignalSpy opened(&window->context().navigator, &Navigator::openRequested);
    auto *upcoming = page->findChild<QLabel *>(QStringLiteral("upcoming-%1-%2").arg(int(Entity::Event)).arg(this->event.value));
    ASSERT_NE(upcoming, nullptr);
    emit upcoming->linkActivated(Navigator::urlFor(Entity::Event, this->event.value).toString());
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().at(0).value<Entity>(), Entity::Event);
    EXPECT_EQ(opened.first().at(1).toLongLong(), this->event.value);

    auto *lapsed = page->findChild<QLabel *>(QStringLiteral("contact-%1").arg(ana.value));
    ASSERT_NE(lapsed, nullptr);
    ASSERT_TRUE(lapsed->text().contains(Navigator::urlFor(Entity::Contact, ana.value).toString()));
    emit lapsed->linkActivated(Navigator::urlFor(Entity::Contact, ana.value).toString());
    EXPECT_EQ(window->currentPage(), PageId::Contacts);
    auto *contacts = qobject_cast<ContactsPage *>(window->page(PageId::Contacts));
    ASSERT_NE(contacts, nullptr);
    EXPECT_EQ(contacts->currentId(), ana.value);
}

TEST_F(TodayPageTest, TheDefaultCadenceFromTheSettingsDecidesWhoLapsed)
{
    // Ben talked to 20 days ago: active, no cadence of his own; with a 14-day default he lapsed.
    Conversation v;
    v.when = noon(today.addDays(-20));
    v.contacts = {ben};
    ASSERT_TRUE(ConversationStore(db.db(), clock).insert(v).ok());
    open();
    EXPECT_EQ(page->agenda().lapsed.size(), 1);
    setSettingValue(settings::DefaultCadenceDays, 14);
    page->refresh();
    ASSERT_EQ(page->agenda().lapsed.size(), 2);
    EXPECT_EQ(page->agenda().lapsed.at(0).id, ana); // 15 days late, Ben 6
}

TEST_F(TodayPageTest, KeyboardReachesTheSidebarAndPagesByShortcut)
{
    open();
    auto *sidebar = window->findChild<QListWidget *>();
    ASSERT_NE(sidebar, nullptr);
    EXPECT_NE(sidebar->focusPolicy() & Qt::TabFocus, 0);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), PageId::Contacts);
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), PageId::Today);
    // From the sidebar, Tab goes into the page: the first stop on Today is an item of the agenda.
    sidebar->setFocus(Qt::OtherFocusReason);
    bool reached = false;
    for (int i = 0; i < 12 && !reached; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached = QApplication::focusWidget() == page->doneBox(followUp.value);
    }
    EXPECT_TRUE(reached);
}

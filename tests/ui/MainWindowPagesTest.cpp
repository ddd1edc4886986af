// Pages are built (their model read) the first time they are shown or asked for, not when the
// window opens: what a user sees does not change. The start-up budget this serves is in
// docs/PERFORMANCE.md, "Main window".
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"
#include "tests/support/TempDatabase.h"
#include "ui/editors/RecordEditor.h"
#include "ui/models/CompaniesModel.h"
#include "ui/models/NameDirectory.h"
#include "ui/pages/CompaniesPage.h"
#include "ui/pages/ContactsPage.h"
#include "ui/pages/EventsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace foothold;

namespace {

class MainWindowPagesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear(); // opens on the default page, Today
        for (const char *name : {"Lumen", "Orbit"})
            companyIds << CompanyStore(db.db(), clock).findOrCreate(QString::fromLatin1(name)).value();
        Contact ana;
        ana.name = QStringLiteral("Ana Lima");
        ana.company = companyIds.first();
        anaId = ContactStore(db.db(), clock).insert(ana).value();
        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::Contacts);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }

    Status write(const QString &what, const std::function<Status()> &work) { return window->context().writer.write(what, work); }

    static QStringList names(ListPage *page, int column = 0)
    {
        QStringList out;
        for (int row = 0; row < page->proxy()->rowCount(); ++row)
            out << page->proxy()->index(row, column).data().toString();
        out.sort();
        return out;
    }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    QList<CompanyId> companyIds;
    ContactId anaId;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(MainWindowPagesTest, OnlyThePagesShownAreBuilt)
{
    EXPECT_EQ(window->currentPage(), PageId::Contacts);
    EXPECT_TRUE(window->isPageBuilt(PageId::Contacts));
    EXPECT_TRUE(window->isPageBuilt(PageId::Today)); // the default page, shown first
    for (const PageId id : {PageId::Companies, PageId::Events, PageId::Conversations, PageId::Interviews, PageId::Applications,
                            PageId::FollowUps, PageId::Insights, PageId::Network})
        EXPECT_FALSE(window->isPageBuilt(id)) << qPrintable(pageKey(id));

    // Picked in the sidebar: built then, with its rows.
    window->findChild<QListWidget *>()->setCurrentRow(int(PageId::Companies));
    EXPECT_TRUE(window->isPageBuilt(PageId::Companies));
    auto *companies = qobject_cast<CompaniesPage *>(window->page(PageId::Companies));
    ASSERT_NE(companies, nullptr);
    EXPECT_TRUE(companies->isVisible());
    EXPECT_EQ(names(companies), (QStringList{QStringLiteral("Lumen"), QStringLiteral("Orbit")}));
    EXPECT_FALSE(window->isPageBuilt(PageId::Events));

    // Asked for without being shown (as the tests do): built, not shown.
    auto *events = qobject_cast<EventsPage *>(window->page(PageId::Events));
    ASSERT_NE(events, nullptr);
    EXPECT_TRUE(window->isPageBuilt(PageId::Events));
    EXPECT_EQ(window->currentPage(), PageId::Companies);
    EXPECT_FALSE(events->isVisible());
    EXPECT_EQ(window->page(PageId::Events), events); // once
}

TEST_F(MainWindowPagesTest, ALinkOpensARecordOnAPageNotBuiltYet)
{
    ASSERT_FALSE(window->isPageBuilt(PageId::Companies));
    window->context().navigator.open(Entity::Company, companyIds.last().value);
    EXPECT_EQ(window->currentPage(), PageId::Companies);
    auto *companies = qobject_cast<CompaniesPage *>(window->page(PageId::Companies));
    ASSERT_NE(companies, nullptr);
    EXPECT_TRUE(companies->isVisible());
    EXPECT_EQ(companies->currentId(), companyIds.last().value);
    ASSERT_NE(companies->editor(), nullptr);
    EXPECT_EQ(companies->editor()->recordId(), companyIds.last().value);

    // And back to a page built before: it kept its state.
    window->context().navigator.open(Entity::Contact, anaId.value);
    EXPECT_EQ(window->currentPage(), PageId::Contacts);
    EXPECT_EQ(qobject_cast<ContactsPage *>(window->page(PageId::Contacts))->currentId(), anaId.value);
}

TEST_F(MainWindowPagesTest, ChangesAndUndoBeforeAPageIsBuiltShowWhenItIs)
{
    // While only Today and Contacts exist: a company added, one renamed, an event added then undone.
    CompanyId quill;
    ASSERT_TRUE(write(QStringLiteral("Add Quill"), [&]() -> Status {
                    auto id = CompanyStore(db.db(), clock).findOrCreate(QStringLiteral("Quill"));
                    if (!id)
                        return id.error();
                    quill = *id;
                    return {};
                }).ok());
    Company orbit = CompanyStore(db.db(), clock).get(companyIds.last()).value();
    orbit.name = QStringLiteral("Orbit Labs");
    ASSERT_TRUE(write(QStringLiteral("Rename"), [&] { return CompanyStore(db.db(), clock).update(orbit); }).ok());
    Event meetup;
    meetup.name = QStringLiteral("Rust Meetup");
    meetup.start = QDateTime(QDate(2026, 9, 1), QTime(18, 0), QTimeZone::utc());
    ASSERT_TRUE(write(QStringLiteral("Add event"), [&]() -> Status {
                    auto id = EventStore(db.db(), clock).insert(meetup);
                    return id ? Status() : Status(id.error());
                }).ok());
    undoStack()->undo(); // the event goes again
    ASSERT_FALSE(window->isPageBuilt(PageId::Companies));
    ASSERT_FALSE(window->isPageBuilt(PageId::Events));
    // The contacts page, built, followed the rename row by row.
    auto *contacts = qobject_cast<ContactsPage *>(window->page(PageId::Contacts));
    EXPECT_EQ(window->context().names.company(orbit.id.value), QStringLiteral("Orbit Labs"));

    window->showPage(PageId::Companies);
    auto *companies = qobject_cast<CompaniesPage *>(window->page(PageId::Companies));
    EXPECT_EQ(names(companies), (QStringList{QStringLiteral("Lumen"), QStringLiteral("Orbit Labs"), QStringLiteral("Quill")}));
    window->showPage(PageId::Events);
    auto *events = qobject_cast<EventsPage *>(window->page(PageId::Events));
    EXPECT_EQ(events->proxy()->rowCount(), 0);

    // Undo on a page built since: it follows row by row, like every built page.
    undoStack()->undo(); // the rename
    EXPECT_EQ(names(companies), (QStringList{QStringLiteral("Lumen"), QStringLiteral("Orbit"), QStringLiteral("Quill")}));
    undoStack()->undo(); // Quill
    EXPECT_EQ(names(companies), (QStringList{QStringLiteral("Lumen"), QStringLiteral("Orbit")}));
    undoStack()->redo();
    EXPECT_EQ(names(companies), (QStringList{QStringLiteral("Lumen"), QStringLiteral("Orbit"), QStringLiteral("Quill")}));
    ASSERT_NE(contacts, nullptr);
    EXPECT_EQ(contacts->proxy()->rowCount(), 1);
}

TEST_F(MainWindowPagesTest, NewRecordOnAPageShownForTheFirstTime)
{
    window->showPage(PageId::Companies);
    auto *companies = qobject_cast<CompaniesPage *>(window->page(PageId::Companies));
    ASSERT_NE(companies, nullptr);
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier); // Ctrl+N: a new company
    RecordEditor *editor = companies->editor();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->recordId(), 0);
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("name"));
    ASSERT_NE(name, nullptr);
    QTest::keyClicks(name, QStringLiteral("Harbor Robotics"));
    ASSERT_TRUE(editor->save());
    EXPECT_EQ(names(companies), (QStringList{QStringLiteral("Harbor Robotics"), QStringLiteral("Lumen"), QStringLiteral("Orbit")}));
    EXPECT_EQ(companies->proxy()->indexOfId(companies->currentId()).data().toString(), QStringLiteral("Harbor Robotics"));
}

TEST_F(MainWindowPagesTest, OneContactNameIsReadAloneAndFollowsRenames)
{
    // An editor's "introduced by" asks for one name: it is read without all of them, and a rename
    // is not hidden by the name read before.
    NameDirectory &directory = window->context().names;
    EXPECT_EQ(directory.contact(anaId.value), QStringLiteral("Ana Lima"));
    EXPECT_EQ(directory.contact(anaId.value + 100), QString());
    Contact ana = ContactStore(db.db(), clock).get(anaId).value();
    ana.name = QStringLiteral("Ana Lima Souza");
    ASSERT_TRUE(write(QStringLiteral("Rename"), [&] { return ContactStore(db.db(), clock).update(ana); }).ok());
    EXPECT_EQ(directory.contact(anaId.value), QStringLiteral("Ana Lima Souza"));
    EXPECT_EQ(directory.contacts().value(anaId.value), QStringLiteral("Ana Lima Souza"));
    undoStack()->undo();
    EXPECT_EQ(directory.contact(anaId.value), QStringLiteral("Ana Lima"));
}

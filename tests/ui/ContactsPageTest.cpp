#include "core/storage/ContactStore.h"
#include "tests/support/TempDatabase.h"
#include "ui/editors/ContactEditor.h"
#include "ui/models/ContactsModel.h"
#include "ui/pages/ContactsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FormField.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class ContactsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear(); // every test starts with the default layout
        for (const char *name : {"Ana Lima", "Ben Okafor", "Chen Wang"}) {
            Contact c;
            c.name = QString::fromUtf8(name);
            ASSERT_TRUE(ContactStore(db.db(), clock).insert(c).ok());
        }
        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::Contacts);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        page = qobject_cast<ContactsPage *>(window->page(PageId::Contacts));
        ASSERT_NE(page, nullptr);
    }

    template <typename T>
    T *find(const char *objectOrClassHint = nullptr) const
    {
        Q_UNUSED(objectOrClassHint);
        return page->findChild<T *>();
    }

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < page->proxy()->rowCount(); ++row)
            names << page->proxy()->index(row, ContactsModel::Name).data().toString();
        return names;
    }

    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    std::unique_ptr<MainWindow> window;
    ContactsPage *page = nullptr;
};

} // namespace

TEST_F(ContactsPageTest, ModelPassesTheModelTester)
{
    auto *model = page->proxy()->recordModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    Contact c;
    c.name = QStringLiteral("Dara");
    ASSERT_TRUE(ContactStore(db.db(), clock).insert(c).ok()); // the model follows row by row
    EXPECT_EQ(model->rowCount(), 4);
}

TEST_F(ContactsPageTest, SearchAsYouTypeFiltersAndSorts)
{
    EXPECT_EQ(shownNames(), (QStringList{QStringLiteral("Ana Lima"), QStringLiteral("Ben Okafor"), QStringLiteral("Chen Wang")}));
    auto *search = page->findChildren<QLineEdit *>().first();
    QTest::keyClicks(search, QStringLiteral("oka"));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Ben Okafor")});
    search->clear();
    page->view()->sortByColumn(ContactsModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(shownNames().first(), QStringLiteral("Chen Wang"));
}

TEST_F(ContactsPageTest, AddThroughTheEditorShowsFieldErrorsThenSavesAndUndoes)
{
    page->startNew();
    auto *editor = qobject_cast<ContactEditor *>(page->editor());
    ASSERT_NE(editor, nullptr);
    auto fields = editor->findChildren<FormField *>();
    auto *name = qobject_cast<QLineEdit *>(fields.at(0)->input());
    auto *emails = qobject_cast<QPlainTextEdit *>(fields.at(3)->input());
    ASSERT_NE(name, nullptr);
    ASSERT_NE(emails, nullptr);
    QTest::keyClicks(name, QStringLiteral("Dara Fischer"));
    emails->setPlainText(QStringLiteral("dara-at-example"));
    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(fields.at(3)->hasError());
    EXPECT_TRUE(fields.at(3)->error().contains(QStringLiteral("dara-at-example")));
    EXPECT_EQ(page->proxy()->recordModel()->rowCount(), 3); // nothing saved
    EXPECT_EQ(name->text(), QStringLiteral("Dara Fischer")); // the edit stays

    emails->setPlainText(QStringLiteral("dara@example.com"));
    ASSERT_TRUE(editor->save());
    EXPECT_FALSE(fields.at(3)->hasError());
    EXPECT_EQ(page->proxy()->recordModel()->rowCount(), 4);
    EXPECT_EQ(ContactStore(db.db(), clock).findByEmail(QStringLiteral("dara@example.com")).size(), 1);

    undoStack()->undo();
    EXPECT_EQ(page->proxy()->recordModel()->rowCount(), 3);
    undoStack()->redo();
    EXPECT_EQ(page->proxy()->recordModel()->rowCount(), 4);
}

TEST_F(ContactsPageTest, DeleteSelectedThenUndoBringsThemBackWithTheSameIds)
{
    const auto before = ContactStore(db.db(), clock).findByName(QStringLiteral("Ben Okafor"));
    page->showRecord(before.first().value);
    page->deleteSelected();
    EXPECT_EQ(shownNames(), (QStringList{QStringLiteral("Ana Lima"), QStringLiteral("Chen Wang")}));
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Z, Qt::ControlModifier); // the Edit menu's shortcut
    EXPECT_EQ(shownNames(), (QStringList{QStringLiteral("Ana Lima"), QStringLiteral("Ben Okafor"), QStringLiteral("Chen Wang")}));
    EXPECT_EQ(ContactStore(db.db(), clock).findByName(QStringLiteral("Ben Okafor")), before);
}

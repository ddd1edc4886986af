#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"
#include "tests/support/TempDatabase.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/dialogs/SearchPalette.h"
#include "ui/pages/ContactsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class SearchPaletteTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        const CompanyId lumen = CompanyStore(db.db(), clock).findOrCreate(QStringLiteral("Lumen Labs")).value();
        for (const char *name : {"Ana Lima", "Ben Okafor", "Chen Okafor"}) {
            Contact c;
            c.name = QString::fromUtf8(name);
            c.company = lumen;
            ids << ContactStore(db.db(), clock).insert(c).value().value;
        }
        Event e;
        e.name = QStringLiteral("Okafor Family Hackathon");
        e.start = QDateTime(QDate(2026, 7, 1), QTime(9, 0), QTimeZone::utc());
        event = EventStore(db.db(), clock).insert(e).value().value;
        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::Today);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    SearchPalette *openPalette()
    {
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        auto *palette = window->findChild<SearchPalette *>();
        return palette && palette->isVisible() ? palette : nullptr;
    }

    QStringList titles(SearchPalette *palette) const
    {
        QStringList out;
        for (int i = 0; i < palette->results()->count(); ++i)
            out << palette->results()->item(i)->text();
        return out;
    }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    QList<qint64> ids;
    qint64 event = 0;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(SearchPaletteTest, CtrlKSearchesAsYouTypeAndEnterOpensTheRecord)
{
    SearchPalette *palette = openPalette();
    ASSERT_NE(palette, nullptr);
    EXPECT_TRUE(palette->field()->hasFocus());
    QTest::keyClicks(palette->field(), QStringLiteral("okafor"));
    ASSERT_TRUE(test::waitUntil([&] { return palette->results()->count() == 3; }));
    // A title that starts with the words first, then titles where a word starts with them.
    EXPECT_EQ(titles(palette), (QStringList{QStringLiteral("Okafor Family Hackathon"), QStringLiteral("Ben Okafor"),
                                            QStringLiteral("Chen Okafor")}));
    EXPECT_EQ(palette->results()->currentRow(), 0);
    EXPECT_TRUE(palette->results()->item(1)->data(Qt::UserRole + 2).toString().contains(QStringLiteral("Lumen Labs")));

    QTest::keyClick(palette->field(), Qt::Key_Down); // the field keeps the keyboard
    QTest::keyClick(palette->field(), Qt::Key_Down);
    EXPECT_EQ(palette->results()->currentRow(), 2);
    EXPECT_TRUE(palette->field()->hasFocus());
    QTest::keyClick(palette->field(), Qt::Key_Return);
    EXPECT_FALSE(palette->isVisible());
    EXPECT_EQ(window->currentPage(), PageId::Contacts);
    auto *contacts = qobject_cast<ContactsPage *>(window->page(PageId::Contacts));
    EXPECT_EQ(contacts->currentId(), ids.at(2)); // Chen Okafor
}

TEST_F(SearchPaletteTest, EveryKindOpensThroughTheNavigatorAndEscCloses)
{
    SearchPalette *palette = openPalette();
    ASSERT_NE(palette, nullptr);
    QSignalSpy opened(&window->context().navigator, &Navigator::openRequested);
    QTest::keyClicks(palette->field(), QStringLiteral("hackathon"));
    palette->search();
    ASSERT_EQ(palette->results()->count(), 1);
    QTest::keyClick(palette->field(), Qt::Key_Enter);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().at(0).value<Entity>(), Entity::Event);
    EXPECT_EQ(opened.first().at(1).toLongLong(), event);

    palette = openPalette();
    ASSERT_NE(palette, nullptr);
    EXPECT_EQ(palette->field()->selectedText(), QStringLiteral("hackathon")); // typing replaces it
    QTest::keyClick(palette->field(), Qt::Key_Escape);
    EXPECT_FALSE(palette->isVisible());
    EXPECT_EQ(opened.size(), 1);
}

TEST_F(SearchPaletteTest, SaysWhenNothingMatches)
{
    SearchPalette *palette = openPalette();
    ASSERT_NE(palette, nullptr);
    QTest::keyClicks(palette->field(), QStringLiteral("zzqx"));
    palette->search();
    EXPECT_EQ(palette->results()->count(), 0);
    EXPECT_FALSE(palette->results()->isVisible());
    QTest::keyClick(palette->field(), Qt::Key_Return); // nothing to open, nothing happens
    EXPECT_TRUE(palette->isVisible());
}

// Every list page puts its editor beside the table, split by a splitter the user can move. In a
// window 1,000 pixels wide the editor must still show its whole form: it scrolls up and down, never
// sideways (the Applications editor used to hide the right edge of its fields, and its Open button,
// behind a sideways scroll bar). The table gets three fifths at first, and the split is kept.
#include "core/services/sample/SampleData.h"
#include "tests/support/TempDatabase.h"
#include "ui/editors/RecordEditor.h"
#include "ui/pages/ListPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>

using namespace foothold;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc()));

class ListPageLayoutTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(generateSampleData(db.db(), SampleOptions{}, kClock).ok());
    }
    void TearDown() override { QSettings().clear(); }

    // A main window 1,000 × 700 showing `id`; its page.
    ListPage *open(PageId id)
    {
        window = std::make_unique<MainWindow>(db.db(), kClock);
        window->resize(1000, 700);
        window->showPage(id);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QApplication::processEvents();
        return qobject_cast<ListPage *>(window->page(id));
    }

    static QSplitter *splitterOf(ListPage *page) { return page->findChild<QSplitter *>(); }

    test::TempDatabase db;
    std::unique_ptr<MainWindow> window;
};

TEST_F(ListPageLayoutTest, InAWindow1000PixelsWideNoEditorScrollsSideways)
{
    open(PageId::Contacts);
    for (const PageId id : {PageId::Contacts, PageId::Companies, PageId::Events, PageId::Conversations, PageId::Interviews,
                            PageId::Applications, PageId::FollowUps}) {
        window->showPage(id);
        auto *page = qobject_cast<ListPage *>(window->page(id));
        ASSERT_NE(page, nullptr) << pageKey(id).toStdString();
        QApplication::processEvents();
        ASSERT_NE(page->editor(), nullptr) << pageKey(id).toStdString();
        auto *area = qobject_cast<QScrollArea *>(page->editor()->parentWidget()->parentWidget());
        ASSERT_NE(area, nullptr) << pageKey(id).toStdString();
        EXPECT_FALSE(area->horizontalScrollBar()->isVisible()) << pageKey(id).toStdString();
        EXPECT_GE(area->viewport()->width(), page->editor()->minimumSizeHint().width()) << pageKey(id).toStdString();
    }
}

TEST_F(ListPageLayoutTest, TheTableGetsThreeFifthsAtFirstAndAMovedSplitIsKept)
{
    ListPage *page = open(PageId::FollowUps);
    ASSERT_NE(page, nullptr);
    QSplitter *splitter = splitterOf(page);
    ASSERT_NE(splitter, nullptr);
    const QList<int> first = splitter->sizes();
    ASSERT_EQ(first.size(), 2);
    // The follow-up editor's minimum is well under two fifths of 1,000 pixels less the sidebar.
    EXPECT_NEAR(double(first[0]) / (first[0] + first[1]), 0.6, 0.03);

    // The user drags the split: a narrow table. It is kept for the next window.
    splitter->setSizes({250, first[0] + first[1] - 250});
    emit splitter->splitterMoved(250, 1);
    const int table = splitter->sizes().at(0);
    page = open(PageId::FollowUps);
    EXPECT_EQ(splitterOf(page)->sizes().at(0), table);
}

TEST_F(ListPageLayoutTest, ASplitKeptBeforeTheSplitterWasLaidOutIsIgnored)
{
    // What earlier versions saved when a column was resized while the page was built: QSplitter's
    // state with sizes of -1, which made the table as narrow as it could be.
    QSettings().setValue(QStringLiteral("pages/followups/splitter"),
                         QByteArray::fromHex("000000ff0000000100000002ffffffffffffffff00ffffffff0100000001 00"));
    QSettings().setValue(QStringLiteral("pages/followups/split"), QVariantList{-1, -1});
    ListPage *page = open(PageId::FollowUps);
    const QList<int> sizes = splitterOf(page)->sizes();
    EXPECT_NEAR(double(sizes[0]) / (sizes[0] + sizes[1]), 0.6, 0.03);
}

} // namespace

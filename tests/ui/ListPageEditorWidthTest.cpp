// Every list page puts its editor beside the table. In a window 1,000 pixels wide the editor must
// still show its whole form: it scrolls up and down, never sideways (the Applications editor used
// to hide the right edge of its fields, and its Open button, behind a sideways scroll bar).
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
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

TEST(ListPageEditorWidthTest, InAWindow1000PixelsWideNoEditorScrollsSideways)
{
    QSettings().clear();
    test::TempDatabase db;
    const FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc()));
    ASSERT_TRUE(generateSampleData(db.db(), SampleOptions{}, clock).ok());
    MainWindow window(db.db(), clock);
    window.resize(1000, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    for (const PageId id : {PageId::Contacts, PageId::Companies, PageId::Events, PageId::Conversations, PageId::Interviews,
                            PageId::Applications, PageId::FollowUps}) {
        window.showPage(id);
        auto *page = qobject_cast<ListPage *>(window.page(id));
        ASSERT_NE(page, nullptr) << pageKey(id).toStdString();
        QApplication::processEvents();
        ASSERT_NE(page->editor(), nullptr) << pageKey(id).toStdString();
        auto *area = qobject_cast<QScrollArea *>(page->editor()->parentWidget()->parentWidget());
        ASSERT_NE(area, nullptr) << pageKey(id).toStdString();
        EXPECT_FALSE(area->horizontalScrollBar()->isVisible()) << pageKey(id).toStdString();
        EXPECT_GE(area->viewport()->width(), page->editor()->minimumSizeHint().width()) << pageKey(id).toStdString();
    }
}

} // namespace

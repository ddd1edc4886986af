// The Insights page's Events chart (docs/EVENTS.md, "Return"): attended events of the range, their
// cost against new contacts and conversations, referrals marked; empty states; export.
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventStore.h"
#include "core/util/Settings.h"
#include "tests/support/TempDatabase.h"
#include "ui/charts/EventReturnChart.h"
#include "ui/charts/ReturnChart.h"
#include "ui/pages/InsightsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/EmptyState.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

QDateTime utc(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

// The clock says 2026-06-15: the last 3 months start 2026-03-16, the last 12 2025-06-16.
class InsightsEventsChartTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        setSettingValue(settings::HomeCurrency, QStringLiteral("EUR"));
    }

    EventId event(const char *name, QDateTime start, EventStatus status, qint64 costMinor)
    {
        Event e;
        e.name = QString::fromUtf8(name);
        e.start = start;
        e.status = status;
        if (costMinor > 0)
            e.costs = {{CostCategory::Ticket, costMinor, QStringLiteral("EUR"), 1.0, {}}};
        auto id = EventStore(db.db(), clock).insert(e);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : EventId();
    }

    ContactId metAt(const char *name, EventId where)
    {
        Contact c;
        c.name = QString::fromUtf8(name);
        c.metAt = where;
        auto id = ContactStore(db.db(), clock).insert(c);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : ContactId();
    }

    // Spring Conf (attended, April, 250.00): Ana and Ben met there, a chat with Ana afterwards, and
    // Ana referred me. Go Meetup (attended, February, free): Chen. Old Summit (attended, March 2025,
    // 900.00): nobody. Winter Fest (skipped) and Autumn Conf (considering) are not plotted.
    void addEvents()
    {
        const EventId spring = event("Spring Conf", utc(2026, 4, 1), EventStatus::Attended, 25000);
        const EventId meetup = event("Go Meetup", utc(2026, 2, 20, 18), EventStatus::Attended, 0);
        event("Old Summit", utc(2025, 3, 1), EventStatus::Attended, 90000);
        event("Winter Fest", utc(2026, 1, 10), EventStatus::Skipped, 10000);
        event("Autumn Conf", utc(2026, 9, 1), EventStatus::Considering, 50000);
        const ContactId ana = metAt("Ana Lima", spring);
        metAt("Ben Okafor", spring);
        metAt("Chen Wang", meetup);
        Conversation chat;
        chat.when = utc(2026, 4, 10, 12);
        chat.kind = ConversationKind::CoffeeChat;
        chat.contacts = {ana};
        ASSERT_TRUE(ConversationStore(db.db(), clock).insert(chat).ok());
        JobApplication a;
        a.company = CompanyStore(db.db(), clock).findOrCreate(QStringLiteral("Lumen")).value();
        a.role = QStringLiteral("Engineer");
        a.source = ApplicationSource::Referral;
        a.referrer = ana;
        a.moveTo(ApplicationStage::Applied, QDate(2026, 4, 20));
        ASSERT_TRUE(ApplicationStore(db.db(), clock).insert(a).ok());
    }

    void open()
    {
        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::Insights);
        window->resize(1400, 900);
        window->show();
        page = qobject_cast<InsightsPage *>(window->page(PageId::Insights));
        ASSERT_NE(page, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([this] { return page->isUpToDate(); }, 10000));
        chart = page->eventsChart();
        ASSERT_NE(chart, nullptr);
    }

    void showRange(InsightsRange range)
    {
        InsightsFilter filter;
        filter.range = range;
        page->setFilter(filter);
    }

    [[nodiscard]] QString emptyTitle() const { return chart->emptyState()->findChildren<QLabel *>().first()->text(); }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    std::unique_ptr<MainWindow> window;
    InsightsPage *page = nullptr;
    EventReturnChart *chart = nullptr;
};

} // namespace

TEST_F(InsightsEventsChartTest, WithoutAttendedEventsItSaysWhatToDo)
{
    event("Autumn Conf", utc(2026, 9, 1), EventStatus::Considering, 50000);
    open();
    EXPECT_TRUE(chart->isEmpty());
    EXPECT_EQ(chart->pointCount(), 0);
    EXPECT_EQ(emptyTitle(), QStringLiteral("Mark the events you went to as attended to see what they brought"));
}

TEST_F(InsightsEventsChartTest, PlotsTheAttendedEventsOfTheRange)
{
    addEvents();
    open();
    showRange(InsightsRange::Last12Months);
    ASSERT_FALSE(chart->isEmpty());
    ASSERT_EQ(chart->pointCount(), 2); // Go Meetup, Spring Conf: by start
    const auto &points = chart->plot()->points();
    EXPECT_EQ(points[0].name, QStringLiteral("Go Meetup"));
    EXPECT_DOUBLE_EQ(points[0].cost, 0.0);
    EXPECT_EQ(points[0].contacts, 1);
    EXPECT_EQ(points[0].conversations, 0);
    EXPECT_FALSE(points[0].referral);
    EXPECT_EQ(points[1].name, QStringLiteral("Spring Conf"));
    EXPECT_DOUBLE_EQ(points[1].cost, 250.0);
    EXPECT_EQ(points[1].contacts, 2);
    EXPECT_EQ(points[1].conversations, 1);
    EXPECT_TRUE(points[1].referral);
    EXPECT_EQ(chart->referralCount(), 1);
    // The tooltip of Spring Conf's mark: 125.00 per contact, 250.00 per conversation.
    const QPoint mark = chart->plot()->contactsMarkOf(1).toPoint();
    EXPECT_TRUE(chart->plot()->pointsAt(mark).contains(1));
    EXPECT_TRUE(ReturnChart::tooltipOf(points[1]).contains(QStringLiteral("Spring Conf")));
    EXPECT_TRUE(ReturnChart::tooltipOf(points[1]).contains(QStringLiteral("125.00 EUR each")));
    EXPECT_TRUE(ReturnChart::tooltipOf(points[1]).contains(QStringLiteral("1 referral")));

    showRange(InsightsRange::Last3Months); // from 2026-03-16: Spring Conf only
    EXPECT_EQ(chart->pointCount(), 1);
    showRange(InsightsRange::All); // Old Summit too; never the skipped or considered ones
    EXPECT_EQ(chart->pointCount(), 3);
}

TEST_F(InsightsEventsChartTest, ARangeWithoutAttendedEventsSaysSo)
{
    event("Old Summit", utc(2025, 3, 1), EventStatus::Attended, 90000);
    open();
    showRange(InsightsRange::Last3Months);
    EXPECT_TRUE(chart->isEmpty());
    EXPECT_EQ(emptyTitle(), QStringLiteral("No attended events in this range"));
    showRange(InsightsRange::All);
    EXPECT_FALSE(chart->isEmpty());
    EXPECT_EQ(chart->pointCount(), 1);
    EXPECT_EQ(chart->referralCount(), 0);
}

TEST_F(InsightsEventsChartTest, FollowsTheDataAndExports)
{
    open();
    EXPECT_TRUE(chart->isEmpty());
    addEvents(); // through the stores: the page hears of it and reloads
    ASSERT_TRUE(QTest::qWaitFor([this] { return page->isUpToDate() && chart->pointCount() == 2; }, 10000));

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("events.png"));
    const QString svg = dir.filePath(QStringLiteral("events.svg"));
    ASSERT_TRUE(chart->exportPng(png).ok());
    ASSERT_TRUE(chart->exportSvg(svg).ok());
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 200);
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("Events"));
}

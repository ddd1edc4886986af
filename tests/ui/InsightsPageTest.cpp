#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "tests/support/TempDatabase.h"
#include "ui/charts/ActivityChart.h"
#include "ui/insights/InsightsArrangement.h"
#include "ui/charts/FunnelChart.h"
#include "ui/charts/NetworkGrowthChart.h"
#include "ui/charts/TalkBalanceChart.h"
#include "ui/pages/InsightsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/widgets/EmptyState.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

// The clock says 2026-06-15 (test::fixedClock): "last 3 months" is 2026-03-16 .. 2026-06-15.
class InsightsPageTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }

    void open()
    {
        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::Insights);
        window->resize(1400, 900);
        window->show();
        page = qobject_cast<InsightsPage *>(window->page(PageId::Insights));
        ASSERT_NE(page, nullptr);
        waitUpToDate();
    }

    void waitUpToDate()
    {
        ASSERT_TRUE(QTest::qWaitFor([this] { return page->isUpToDate(); }, 10000));
    }

    ContactId contact(const char *name, Channel channel, QDate connected)
    {
        Contact c;
        c.name = QString::fromUtf8(name);
        c.channel = channel;
        c.connectedOn = connected;
        auto id = ContactStore(db.db(), clock).insert(c);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : ContactId();
    }

    ConversationId conversation(ContactId who, QDate on, ConversationKind kind, std::optional<double> share)
    {
        Conversation c;
        c.when = QDateTime(on, QTime(12, 0), QTimeZone::utc());
        c.kind = kind;
        c.contacts = {who};
        if (share) {
            c.talk.source = TalkSource::Estimate;
            c.talk.myShare = share;
        }
        auto id = ConversationStore(db.db(), clock).insert(c);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : ConversationId();
    }

    void application(ApplicationSource source, const QList<ApplicationStage> &stages, QDate start = QDate(2026, 5, 1))
    {
        auto company = CompanyStore(db.db(), clock).findOrCreate(QStringLiteral("Lumen"));
        ASSERT_TRUE(company.ok());
        JobApplication a;
        a.company = *company;
        a.role = QStringLiteral("Engineer");
        a.source = source;
        QDate day = start;
        for (const ApplicationStage stage : stages)
            a.moveTo(stage, day = day.addDays(2));
        ASSERT_TRUE(ApplicationStore(db.db(), clock).insert(a).ok());
    }

    // Two LinkedIn contacts long ago, one event contact in May; three coffee chats and an interview in
    // the last three months; a chat of 2025; a referral that got an offer, two cold ones.
    void addData()
    {
        ana = contact("Ana Lima", Channel::LinkedIn, QDate(2025, 1, 10));
        contact("Ben Okafor", Channel::LinkedIn, QDate(2025, 1, 12));
        contact("Chen Wang", Channel::Event, QDate(2026, 5, 20));
        conversation(ana, QDate(2025, 9, 1), ConversationKind::CoffeeChat, 0.6);
        chat = conversation(ana, QDate(2026, 4, 1), ConversationKind::CoffeeChat, 0.4);
        conversation(ana, QDate(2026, 5, 1), ConversationKind::CoffeeChat, 0.2);
        conversation(ana, QDate(2026, 6, 1), ConversationKind::CoffeeChat, std::nullopt);
        interview = conversation(ana, QDate(2026, 6, 2), ConversationKind::JobInterview, 0.5);
        application(ApplicationSource::Referral, {ApplicationStage::Applied, ApplicationStage::Interviewing, ApplicationStage::Offer});
        application(ApplicationSource::JobBoard, {ApplicationStage::Applied, ApplicationStage::Rejected});
        application(ApplicationSource::CompanySite, {ApplicationStage::Applied, ApplicationStage::Interviewing});
    }

    int scatterPoints() const { return page->balanceChart()->pointCount(); }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    std::unique_ptr<MainWindow> window;
    InsightsPage *page = nullptr;
    ContactId ana;
    ConversationId chat;
    ConversationId interview;
};

} // namespace

TEST_F(InsightsPageTest, WithoutDataEveryChartSaysWhatToDo)
{
    open();
    EXPECT_TRUE(page->growthChart()->isEmpty());
    EXPECT_TRUE(page->balanceChart()->isEmpty());
    EXPECT_TRUE(page->funnelChart()->isEmpty());
    EXPECT_TRUE(page->activityChart()->isEmpty());
    auto titleOf = [](ChartFrame *chart) { return chart->emptyState()->findChildren<QLabel *>().first()->text(); };
    EXPECT_EQ(titleOf(page->balanceChart()), QStringLiteral("Log conversations with a talk share to see your balance"));
    EXPECT_EQ(titleOf(page->funnelChart()), QStringLiteral("No applications yet"));
    EXPECT_EQ(titleOf(page->growthChart()), QStringLiteral("No contacts with a date yet"));
}

TEST_F(InsightsPageTest, EachChartShowsItsData)
{
    addData();
    open();
    InsightsFilter filter;
    filter.range = InsightsRange::Last3Months;
    page->setFilter(filter);

    EXPECT_FALSE(page->growthChart()->isEmpty());
    // Months March to June; LinkedIn carries its two contacts of 2025, Event adds one in May.
    const auto &growth = page->growthChart()->data();
    ASSERT_EQ(growth.size(), 2);
    EXPECT_EQ(growth.at(0).points.size(), 4);
    EXPECT_EQ(growth.at(0).points.first().total, 2);
    EXPECT_EQ(growth.at(1).points.at(2).added, 1);

    EXPECT_FALSE(page->balanceChart()->isEmpty());
    EXPECT_EQ(scatterPoints(), 3); // two chats and the interview with a share
    EXPECT_EQ(page->balanceChart()->pointCount(ConversationKind::CoffeeChat), 2);

    EXPECT_FALSE(page->funnelChart()->isEmpty());
    // saved, applied, screening, interviewing, offer, accepted
    EXPECT_EQ(page->funnelChart()->stageCounts(), (QList<qint64>{0, 1, 0, 1, 1, 0}));
    EXPECT_EQ(page->funnelChart()->conversionText(QStringLiteral("all"), 0), QStringLiteral("67%\n2 of 3"));
    EXPECT_EQ(page->funnelChart()->conversionText(QStringLiteral("cold"), 1), QStringLiteral("0%\n0 of 1"));
    EXPECT_EQ(page->funnelChart()->conversionText(QStringLiteral("referral"), 2), QStringLiteral("100%\n1 of 1"));

    EXPECT_FALSE(page->activityChart()->isEmpty());
    qint64 conversations = 0;
    qint64 contacts = 0;
    for (const WeekActivity &w : page->activityChart()->data()) {
        conversations += w.conversations;
        contacts += w.newContacts;
    }
    EXPECT_EQ(conversations, 4); // the 2025 chat is outside the range; the one without a share counts
    EXPECT_EQ(contacts, 1);
}

TEST_F(InsightsPageTest, ANullRateIsADashNeverZeroOverZero)
{
    application(ApplicationSource::JobBoard, {ApplicationStage::Saved});
    open();
    ASSERT_FALSE(page->funnelChart()->isEmpty());
    EXPECT_EQ(page->funnelChart()->conversionText(QStringLiteral("all"), 0), QStringLiteral("—\n0 of 0"));
    EXPECT_EQ(page->funnelChart()->conversionText(QStringLiteral("referral"), 1), QStringLiteral("—\n0 of 0"));
}

TEST_F(InsightsPageTest, FiltersChangeTheSeries)
{
    addData();
    open();
    InsightsFilter filter;
    filter.range = InsightsRange::All;
    page->setFilter(filter);
    EXPECT_EQ(scatterPoints(), 4);
    EXPECT_EQ(page->growthChart()->data().first().points.size(), 18); // 2025-01 .. 2026-06

    // The kind filter, through its combo box as a person would.
    QComboBox *kind = nullptr;
    for (QComboBox *box : page->findChildren<QComboBox *>())
        if (box->accessibleName() == QStringLiteral("Kind of conversation"))
            kind = box;
    ASSERT_NE(kind, nullptr);
    kind->setCurrentIndex(kind->findText(label(ConversationKind::JobInterview)));
    EXPECT_EQ(page->filter().kind, ConversationKind::JobInterview);
    EXPECT_EQ(scatterPoints(), 1);
    EXPECT_EQ(page->balanceChart()->pointCount(ConversationKind::CoffeeChat), 0);

    filter = page->filter();
    filter.source = ApplicationSource::Referral;
    page->setFilter(filter);
    EXPECT_EQ(page->funnelChart()->stageCounts(), (QList<qint64>{0, 0, 0, 0, 1, 0}));
    filter.source.reset();
    filter.coldOnly = true;
    page->setFilter(filter);
    EXPECT_EQ(page->funnelChart()->stageCounts(), (QList<qint64>{0, 1, 0, 1, 0, 0}));

    filter.range = InsightsRange::Last3Months;
    page->setFilter(filter);
    EXPECT_EQ(page->growthChart()->data().first().points.size(), 4);
    EXPECT_EQ(QSettings().value(QStringLiteral("insights/range")).toString(), QStringLiteral("3m")); // remembered
}

TEST_F(InsightsPageTest, RedrawsAfterTheDataChanges)
{
    addData();
    open();
    EXPECT_EQ(scatterPoints(), 4);
    QSignalSpy updated(page, &InsightsPage::updated);
    conversation(ana, QDate(2026, 6, 10), ConversationKind::InformationalInterview, 0.15);
    ASSERT_TRUE(updated.wait(5000)); // debounced, loaded off the UI thread
    waitUpToDate();
    EXPECT_EQ(scatterPoints(), 5);
    EXPECT_EQ(page->balanceChart()->pointCount(ConversationKind::InformationalInterview), 1);
}

TEST_F(InsightsPageTest, ClickingABalancePointOpensTheConversation)
{
    addData();
    open();
    QSignalSpy opened(&window->context().navigator, &Navigator::openRequested);
    QSignalSpy activated(page->balanceChart(), &TalkBalanceChart::conversationActivated);
    QApplication::processEvents(); // the chart lays out its plot area
    const auto at = page->balanceChart()->viewPositionOf(interview);
    ASSERT_TRUE(at.has_value());
    // A click beside the point opens nothing; on it, the conversation.
    QTest::mouseClick(page->balanceChart()->plotWidget(), Qt::LeftButton, {}, *at + QPoint(0, 40));
    EXPECT_EQ(activated.count(), 0);
    QTest::mouseClick(page->balanceChart()->plotWidget(), Qt::LeftButton, {}, *at);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), interview.value);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).value<Entity>(), Entity::Conversation);
    EXPECT_EQ(opened.at(0).at(1).toLongLong(), interview.value);
    EXPECT_EQ(window->currentPage(), PageId::Conversations);
}

TEST_F(InsightsPageTest, EveryChartExportsAPngAndAnSvg)
{
    addData();
    open();
    QTemporaryDir dir;
    for (ChartFrame *chart : QList<ChartFrame *>{page->growthChart(), page->balanceChart(), page->funnelChart(), page->activityChart()}) {
        const QString png = dir.filePath(chart->title() + QStringLiteral(".png"));
        const QString svg = dir.filePath(chart->title() + QStringLiteral(".svg"));
        ASSERT_TRUE(chart->exportPng(png).ok());
        ASSERT_TRUE(chart->exportSvg(svg).ok());
        QImage image(png);
        ASSERT_FALSE(image.isNull());
        EXPECT_GT(image.width(), 200);
        QFile file(svg);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        EXPECT_TRUE(text.contains("<svg")) << chart->title().toStdString();
        EXPECT_TRUE(text.contains(chart->title().toUtf8())) << chart->title().toStdString();
    }
    // A file that cannot be written is an error naming it, not a crash.
    const Status refused = page->growthChart()->exportPng(dir.filePath(QStringLiteral("missing/folder/x.png")));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("x.png")));
}

TEST_F(InsightsPageTest, GrowthSwitchesBetweenCumulativeAndPerMonth)
{
    addData();
    open();
    auto *growth = page->growthChart();
    EXPECT_EQ(growth->mode(), NetworkGrowthChart::Mode::Cumulative);
    EXPECT_EQ(growth->seriesCount(), 2); // one area per channel
    growth->setMode(NetworkGrowthChart::Mode::PerMonth);
    EXPECT_EQ(growth->seriesCount(), 1); // one stacked bar series, a bar set per channel
    EXPECT_EQ(growth->data().size(), 2); // the same data
}

// A narrow window: the filters move to a row of their own and the charts go one under the other,
// so that nothing runs off the right edge (no horizontal scrolling); a wide one has both side by side.
TEST_F(InsightsPageTest, ANarrowWindowGetsOneColumnAndNothingRunsOffItsEdge)
{
    addData();
    open();
    auto *arrangement = page->findChild<InsightsArrangement *>();
    ASSERT_NE(arrangement, nullptr);
    EXPECT_EQ(arrangement->columns(), 2);
    EXPECT_FALSE(arrangement->filtersOnSecondRow());

    window->resize(900, 700);
    QTest::qWait(50);
    EXPECT_EQ(arrangement->columns(), 1) << "page " << page->width() << ", window " << window->width();
    EXPECT_TRUE(arrangement->filtersOnSecondRow());
    auto *scroll = page->findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    EXPECT_LE(page->width(), page->parentWidget()->width()) << "the page is wider than the room it has";
    for (QWidget *chart : scroll->widget()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        EXPECT_LE(chart->minimumSizeHint().width(), scroll->viewport()->width()) << chart->metaObject()->className();
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible());

    window->resize(1400, 900);
    QTest::qWait(50);
    EXPECT_EQ(arrangement->columns(), 2);
    EXPECT_FALSE(arrangement->filtersOnSecondRow());
}

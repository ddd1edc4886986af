#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/LinkStore.h"
#include "core/storage/NetworkStore.h"
#include "tests/support/TempDatabase.h"
#include "ui/charts/ReachChart.h"
#include "ui/network/NetworkCanvas.h"
#include "ui/network/NetworkView.h"
#include "ui/network/PathsPanel.h"
#include "ui/network/ReachPanel.h"
#include "ui/pages/NetworkPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/EmptyState.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

// Me → Ana (a connection at Acme, weak tie 0.2: connected, no conversations) → Ben (a prospect at
// Lumen, the target) → Dara (a prospect); Chen is a connection with no company and no link.
class NetworkPageTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }

    void buildNetwork()
    {
        CompanyStore companies(db.db(), clock);
        Company lumen;
        lumen.name = QStringLiteral("Lumen Labs");
        lumen.priority = CompanyPriority::High;
        lumenId = *companies.insert(lumen);
        Company acme;
        acme.name = QStringLiteral("Acme");
        acmeId = *companies.insert(acme);
        ana = person(QStringLiteral("Ana Lima"), acmeId, false);
        ben = person(QStringLiteral("Ben Okafor"), lumenId, true);
        chen = person(QStringLiteral("Chen Wang"), {}, false, {QStringLiteral("rust"), QStringLiteral("mentor")});
        dara = person(QStringLiteral("Dara Singh"), {}, true);
        link(ana, ben, 0.8);
        link(ben, dara, 0.5);
    }

    ContactId person(const QString &name, CompanyId company, bool prospect, QStringList tags = {})
    {
        Contact c;
        c.name = name;
        c.tags = tags;
        c.company = company;
        c.prospect = prospect;
        if (!prospect)
            c.connectedOn = QDate(2026, 1, 10);
        auto id = ContactStore(db.db(), clock).insert(c);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : ContactId{};
    }

    void link(ContactId a, ContactId b, double strength)
    {
        Link l;
        l.from = a;
        l.to = b;
        l.kind = LinkKind::Knows;
        l.strength = strength;
        ASSERT_TRUE(LinkStore(db.db()).insert(l).ok());
    }

    // Opens the window on the Network page and waits for the network to load (and, when nothing
    // was laid out before, for the first layout).
    void open(bool expectLayout)
    {
        window = std::make_unique<MainWindow>(db.db(), clock);
        page = qobject_cast<NetworkPage *>(window->page(PageId::Network));
        ASSERT_NE(page, nullptr);
        QSignalSpy loaded(page, &NetworkPage::loaded);
        QSignalSpy laidOut(page, &NetworkPage::layoutFinished);
        window->showPage(PageId::Network);
        window->resize(1200, 800);
        window->show();
        ASSERT_TRUE(loaded.wait(20000));
        if (expectLayout) {
            ASSERT_TRUE(laidOut.count() > 0 || laidOut.wait(20000));
            EXPECT_TRUE(laidOut.first().first().toBool());
        }
    }

    bool waitReloaded()
    {
        QSignalSpy loaded(page, &NetworkPage::loaded);
        return loaded.wait(20000);
    }

    NetworkCanvas *canvas() const { return page->view()->canvas(); }
    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }

    void mouse(QEvent::Type type, QPoint at, Qt::MouseButtons buttons)
    {
        QWidget *viewport = page->view()->viewport();
        QMouseEvent event(type, QPointF(at), viewport->mapToGlobal(QPointF(at)), Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
    }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    std::unique_ptr<MainWindow> window;
    NetworkPage *page = nullptr;
    CompanyId lumenId, acmeId;
    ContactId ana, ben, chen, dara;
};

} // namespace

TEST_F(NetworkPageTest, AnEmptyDatabaseSaysWhatToDo)
{
    open(false);
    auto *stack = page->findChild<QStackedWidget *>();
    ASSERT_NE(stack, nullptr);
    auto *empty = qobject_cast<EmptyState *>(stack->currentWidget());
    ASSERT_NE(empty, nullptr);
    bool saysEmpty = false;
    for (auto *label : empty->findChildren<QLabel *>())
        saysEmpty = saysEmpty || label->text().contains(QStringLiteral("Your network is empty"));
    EXPECT_TRUE(saysEmpty);
    EXPECT_EQ(page->view()->canvas(), nullptr);
}

TEST_F(NetworkPageTest, LoadsLaysOutAndStoresTheLayout)
{
    buildNetwork();
    open(true);
    ASSERT_NE(canvas(), nullptr);
    EXPECT_EQ(canvas()->nodeCount(), 5); // me and four people
    EXPECT_EQ(canvas()->nodePos(0), QPointF(0, 0));
    auto stored = NetworkStore(db.db()).positions();
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->size(), 4);
    // The canvas shows the stored places (layout units × scale).
    EXPECT_EQ(canvas()->nodePos(canvas()->nodeOf(ben)), stored->value(ben.value).at * NetworkCanvas::kScale);
}

TEST_F(NetworkPageTest, ReachCountsPeopleByDegreeAndTargets)
{
    buildNetwork();
    open(true);
    const auto snapshot = page->snapshot();
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(snapshot->peopleByDegree[1], 2); // Ana, Chen
    EXPECT_EQ(snapshot->peopleByDegree[2], 1); // Ben, through Ana
    EXPECT_EQ(snapshot->peopleByDegree[3], 1); // Dara, through Ben
    EXPECT_EQ(snapshot->reach.firstDegree.size(), 1);  // Acme
    EXPECT_EQ(snapshot->reach.secondDegree.size(), 1); // Lumen Labs
    // By month from the first connection (January) to today (June): six points per line.
    EXPECT_EQ(snapshot->reach.byMonth.size(), 6);
    EXPECT_EQ(page->reach()->chart()->pointCount(), 6);
    const QString text = page->reach()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Target companies covered: 1 of 1"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("foothold://company/%1").arg(lumenId.value))) << qPrintable(text);
}

TEST_F(NetworkPageTest, WarmPathsToACompanyAreRankedHighlightedAndAskable)
{
    buildNetwork();
    open(true);
    page->paths()->showPathsTo(lumenId);
    const PathsAnswer &answer = page->paths()->answer();
    ASSERT_EQ(answer.paths.size(), 1);
    ASSERT_EQ(answer.paths.first().hops.size(), 2);
    EXPECT_EQ(answer.paths.first().hops.at(0).id, ana);
    EXPECT_EQ(answer.paths.first().hops.at(1).id, ben);
    EXPECT_NEAR(answer.paths.first().score, 0.2 * 0.8, 1e-9); // weak tie to Ana × Ana knows Ben
    EXPECT_TRUE(page->paths()->resultText().contains(QStringLiteral("Ask Ana Lima for an introduction")));
    // The chosen company's name shows from its start, however narrow the box.
    auto *box = page->paths()->findChild<QComboBox *>();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->lineEdit()->cursorPosition(), 0);
    // The path is drawn on the graph: me → Ana → Ben.
    const std::vector<int> expected{0, canvas()->nodeOf(ana), canvas()->nodeOf(ben)};
    EXPECT_EQ(canvas()->pathNodes(), expected);

    // "Show on the graph" brings the path into view.
    page->view()->centreOnNode(0);
    page->view()->zoomBy(8.0);
    page->view()->centerOn(canvas()->nodePos(0) + QPointF(1e5, 1e5));
    const QRectF away = page->view()->mapToScene(page->view()->viewport()->rect()).boundingRect();
    ASSERT_FALSE(away.contains(canvas()->nodePos(0))); // the path is out of view first
    auto *results = page->paths()->findChild<QTextBrowser *>();
    ASSERT_NE(results, nullptr);
    emit results->anchorClicked(QUrl(QStringLiteral("path:0")));
    const QRectF visible = page->view()->mapToScene(page->view()->viewport()->rect()).boundingRect();
    for (const int node : expected)
        EXPECT_TRUE(visible.contains(canvas()->nodePos(node))) << node;

    // Asking creates the follow-up once, through the undo stack.
    ASSERT_TRUE(page->paths()->ask(0));
    EXPECT_EQ(*FollowUpStore(db.db(), clock).count(), 1);
    EXPECT_FALSE(page->paths()->ask(0)); // the same request is never made twice
    EXPECT_EQ(*FollowUpStore(db.db(), clock).count(), 1);
    undoStack()->undo();
    EXPECT_EQ(*FollowUpStore(db.db(), clock).count(), 0);
}

TEST_F(NetworkPageTest, NoPathOffersTheNearestHelp)
{
    buildNetwork();
    Company nowhere;
    nowhere.name = QStringLiteral("Nowhere Inc");
    const CompanyId id = *CompanyStore(db.db(), clock).insert(nowhere);
    open(true);
    page->paths()->showPathsTo(id);
    EXPECT_TRUE(page->paths()->answer().paths.isEmpty());
    EXPECT_TRUE(page->paths()->resultText().contains(QStringLiteral("nobody in your records works there yet")));
    EXPECT_TRUE(canvas()->pathNodes().empty());
}

TEST_F(NetworkPageTest, FiltersAndFindAPerson)
{
    buildNetwork();
    open(true);
    EXPECT_EQ(canvas()->shownCount(), 4);
    canvas()->setFilter(0.0, 1, {});
    EXPECT_EQ(canvas()->shownCount(), 2); // Ana and Chen
    EXPECT_TRUE(canvas()->isShown(canvas()->nodeOf(chen)));
    EXPECT_FALSE(canvas()->isShown(canvas()->nodeOf(ben)));
    canvas()->setFilter(0.0, 0, lumenId);
    EXPECT_EQ(canvas()->shownCount(), 1);
    EXPECT_TRUE(canvas()->isShown(canvas()->nodeOf(ben)));
    const auto &tags = page->snapshot()->details.tags;
    ASSERT_EQ(tags, QStringList({QStringLiteral("mentor"), QStringLiteral("rust")}));
    canvas()->setFilter(0.0, 0, {}, int(tags.indexOf(QStringLiteral("rust"))));
    EXPECT_EQ(canvas()->shownCount(), 1);
    EXPECT_TRUE(canvas()->isShown(canvas()->nodeOf(chen)));
    canvas()->setFilter(0.6, 0, {}); // strong ties: only people with a link that strong (Ana–Ben 0.8)
    EXPECT_EQ(canvas()->shownCount(), 2);
    canvas()->setFilter(0.0, 0, {});

    EXPECT_TRUE(page->focusPerson(QStringLiteral("okafor")));
    EXPECT_EQ(canvas()->focusNode(), canvas()->nodeOf(ben));
    EXPECT_FALSE(page->focusPerson(QStringLiteral("Zed")));
}

TEST_F(NetworkPageTest, KeyboardZoomsPansAndCentresOnMe)
{
    buildNetwork();
    open(true);
    page->view()->setFocus();
    const double before = page->view()->zoom();
    QTest::keyClick(page->view(), Qt::Key_Plus);
    EXPECT_NEAR(page->view()->zoom(), before * 1.25, 1e-9);
    QTest::keyClick(page->view(), Qt::Key_Minus);
    EXPECT_NEAR(page->view()->zoom(), before, 1e-9);
    // Arrows pan (the scroll bars are hidden, their values still move the view).
    const QPointF centre = page->view()->mapToScene(page->view()->viewport()->rect().center());
    QTest::keyClick(page->view(), Qt::Key_Right);
    EXPECT_GT(page->view()->mapToScene(page->view()->viewport()->rect().center()).x(), centre.x());
    QTest::keyClick(page->view(), Qt::Key_Down);
    EXPECT_GT(page->view()->mapToScene(page->view()->viewport()->rect().center()).y(), centre.y());
    QTest::keyClick(page->view(), Qt::Key_Home); // centres on me
    EXPECT_NEAR(page->view()->mapToScene(page->view()->viewport()->rect().center()).x(), 0.0, 2.0 / page->view()->zoom());
}

TEST_F(NetworkPageTest, DraggingAPersonPinsThemAndUndoPutsThemBack)
{
    buildNetwork();
    open(true);
    const int node = canvas()->nodeOf(chen);
    const QPointF before = canvas()->nodePos(node);
    const NodePosition storedBefore = NetworkStore(db.db()).positions()->value(chen.value);
    EXPECT_FALSE(storedBefore.pinned);

    NetworkView *view = page->view();
    const QPoint from = view->mapFromScene(before);
    const QPoint to = from + QPoint(60, 40);
    mouse(QEvent::MouseButtonPress, from, Qt::LeftButton);
    mouse(QEvent::MouseMove, from + QPoint(20, 10), Qt::LeftButton);
    mouse(QEvent::MouseMove, to, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, to, Qt::NoButton);

    const NodePosition moved = NetworkStore(db.db()).positions()->value(chen.value);
    EXPECT_TRUE(moved.pinned);
    EXPECT_NEAR(moved.at.x() * NetworkCanvas::kScale, view->mapToScene(to).x(), 1e-6);
    EXPECT_NEAR(moved.at.y() * NetworkCanvas::kScale, view->mapToScene(to).y(), 1e-6);
    ASSERT_EQ(undoStack()->count(), 1);

    undoStack()->undo();
    EXPECT_EQ(NetworkStore(db.db()).positions()->value(chen.value), storedBefore);
    ASSERT_TRUE(waitReloaded()); // the page follows the undo
    EXPECT_EQ(canvas()->nodePos(canvas()->nodeOf(chen)), before);
}

TEST_F(NetworkPageTest, AClickOpensThePersonsRecord)
{
    buildNetwork();
    open(true);
    const QPoint at = page->view()->mapFromScene(canvas()->nodePos(canvas()->nodeOf(ana)));
    mouse(QEvent::MouseButtonPress, at, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, at, Qt::NoButton);
    EXPECT_EQ(window->currentPage(), PageId::Contacts);
}

TEST_F(NetworkPageTest, StoppingTheLayoutKeepsTheStoredPlaces)
{
    buildNetwork();
    open(true);
    const auto before = *NetworkStore(db.db()).positions();
    QSignalSpy finished(page, &NetworkPage::layoutFinished);
    // The test holds the write lock while it starts and stops the layout: however fast the layout
    // of this small network and however late this thread gets the processor, the layout cannot
    // store its places before the stop (it asks again once it holds the lock).
    ASSERT_TRUE(db.db().exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
    page->startLayout();
    EXPECT_TRUE(page->isLayingOut());
    page->cancelLayout();
    ASSERT_TRUE(db.db().exec(QStringLiteral("ROLLBACK")).ok());
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("stopped")));
    EXPECT_EQ(*NetworkStore(db.db()).positions(), before);
    EXPECT_FALSE(page->isLayingOut());
}

TEST_F(NetworkPageTest, ExportsPngAndSvg)
{
    buildNetwork();
    open(true);
    const QString png = db.dir() + QStringLiteral("/network.png");
    const QString svg = db.dir() + QStringLiteral("/network.svg");
    ASSERT_TRUE(page->exportTo(png));
    ASSERT_TRUE(page->exportTo(svg));
    QImage image(png);
    EXPECT_FALSE(image.isNull());
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("<svg"));
}

TEST_F(NetworkPageTest, FollowsChangesWhileShown)
{
    open(false);
    EXPECT_EQ(page->view()->canvas(), nullptr);
    QSignalSpy laidOut(page, &NetworkPage::layoutFinished);
    person(QStringLiteral("Ana Lima"), {}, false); // announced by the store after its commit
    ASSERT_TRUE(waitReloaded());
    ASSERT_NE(canvas(), nullptr);
    EXPECT_EQ(canvas()->nodeCount(), 2); // me and Ana
    ASSERT_TRUE(laidOut.count() > 0 || laidOut.wait(20000)); // never laid out: laid out now
}

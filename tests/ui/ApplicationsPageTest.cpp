// The Applications page driven through the real main window: the table, the board (drag, keyboard
// moves, filters), the editor (validation at the field, stage history) and undo.
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/util/Settings.h"
#include "tests/support/TempDatabase.h"
#include "ui/board/ApplicationsBoard.h"
#include "ui/board/BoardColumnView.h"
#include "ui/board/StageColumnModel.h"
#include "ui/editors/ApplicationEditor.h"
#include "ui/models/ApplicationsModel.h"
#include "ui/models/NameDirectory.h"
#include "ui/pages/ApplicationsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UiContext.h"
#include "ui/widgets/FormField.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDrag>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class ApplicationsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        CompanyStore companies(db.db(), clock);
        lumen = companies.findOrCreate(QStringLiteral("Lumen")).value();
        acme = companies.findOrCreate(QStringLiteral("Acme")).value();
        Contact ana;
        ana.name = QStringLiteral("Ana Lima");
        anaId = ContactStore(db.db(), clock).insert(ana).value();

        ApplicationStore store(db.db(), clock);
        JobApplication backend;
        backend.company = lumen;
        backend.role = QStringLiteral("Backend Engineer");
        backend.source = ApplicationSource::Referral;
        backend.referrer = anaId;
        backend.history = {{ApplicationStage::Saved, QDate(2026, 6, 1), {}}, {ApplicationStage::Applied, QDate(2026, 6, 3), {}}};
        backend.stage = ApplicationStage::Applied;
        backendId = store.insert(backend).value();
        JobApplication frontend;
        frontend.company = acme;
        frontend.role = QStringLiteral("Frontend Engineer");
        frontend.source = ApplicationSource::JobBoard;
        frontend.history = {{ApplicationStage::Saved, QDate(2026, 6, 10), {}}};
        frontendId = store.insert(frontend).value();
        JobApplication data;
        data.company = acme;
        data.role = QStringLiteral("Data Engineer");
        data.history = {{ApplicationStage::Applied, QDate(2026, 5, 2), {}}, {ApplicationStage::Interviewing, QDate(2026, 5, 20), {}}};
        data.stage = ApplicationStage::Interviewing;
        dataId = store.insert(data).value();
        openWindow();
    }

    void openWindow()
    {
        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::Applications);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        page = qobject_cast<ApplicationsPage *>(window->page(PageId::Applications));
        ASSERT_NE(page, nullptr);
        editor = qobject_cast<ApplicationEditor *>(page->editor());
        ASSERT_NE(editor, nullptr);
    }

    JobApplication stored(ApplicationId id) { return ApplicationStore(db.db(), clock).get(id).value(); }
    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }
    ApplicationsModel *model() const { return static_cast<ApplicationsModel *>(page->proxy()->recordModel()); }
    StageColumnModel *column(ApplicationStage stage) const { return page->board()->columnModel(stage); }

    QList<qint64> columnIds(ApplicationStage stage) const
    {
        QList<qint64> ids;
        for (int row = 0; row < column(stage)->rowCount(); ++row)
            ids << column(stage)->idAt(row);
        return ids;
    }

    template <typename T>
    T *input(const char *name) const
    {
        return editor->findChild<T *>(QLatin1String(name));
    }

    // The FormField that shows the errors of `input`.
    static FormField *fieldOf(QWidget *input)
    {
        for (QWidget *w = input; w; w = w->parentWidget())
            if (auto *field = qobject_cast<FormField *>(w))
                return field;
        return nullptr;
    }

    // A drag of the card `id` as the column it is in would start it.
    std::unique_ptr<QMimeData> dragOf(qint64 id) const
    {
        for (const ApplicationStage stage : allValues<ApplicationStage>()) {
            const QModelIndex index = column(stage)->indexOfId(id);
            if (index.isValid())
                return std::unique_ptr<QMimeData>(column(stage)->mimeData({index}));
        }
        return nullptr;
    }

    FixedClock clock = test::fixedClock(); // today is 2026-06-15
    test::TempDatabase db;
    CompanyId lumen, acme;
    ContactId anaId;
    ApplicationId backendId, frontendId, dataId;
    std::unique_ptr<MainWindow> window;
    ApplicationsPage *page = nullptr;
    ApplicationEditor *editor = nullptr;
};

} // namespace

TEST_F(ApplicationsPageTest, ModelsPassTheModelTesterAndFollowChanges)
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> columnTesters;
    for (const ApplicationStage stage : allValues<ApplicationStage>())
        columnTesters.push_back(std::make_unique<QAbstractItemModelTester>(column(stage), QAbstractItemModelTester::FailureReportingMode::Fatal));

    EXPECT_EQ(model()->rowCount(), 3);
    const int backend = model()->rowOf(backendId.value);
    EXPECT_EQ(model()->index(backend, ApplicationsModel::Company).data().toString(), QStringLiteral("Lumen"));
    EXPECT_EQ(model()->index(backend, ApplicationsModel::Referrer).data().toString(), QStringLiteral("Ana Lima"));
    EXPECT_EQ(model()->index(backend, ApplicationsModel::AppliedOn).data(RecordTableModel::SortRole).toLongLong(),
              QDate(2026, 6, 3).toJulianDay());
    EXPECT_EQ(model()->index(backend, 0).data(ApplicationsModel::DaysInStageRole).toInt(), 12); // 3 → 15 June
    EXPECT_EQ(columnIds(ApplicationStage::Applied), QList<qint64>{backendId.value});
    EXPECT_EQ(columnIds(ApplicationStage::Saved), QList<qint64>{frontendId.value});

    // Inserted, moved, removed and renamed elsewhere: every model follows, row by row.
    ApplicationStore store(db.db(), clock);
    JobApplication another;
    another.company = lumen;
    another.role = QStringLiteral("SRE");
    const ApplicationId anotherId = store.insert(another).value();
    EXPECT_EQ(model()->rowCount(), 4);
    EXPECT_EQ(columnIds(ApplicationStage::Saved), (QList<qint64>{anotherId.value, frontendId.value})); // newest first
    ASSERT_TRUE(store.moveTo(anotherId, ApplicationStage::Offer, clock.today()).ok());
    EXPECT_EQ(columnIds(ApplicationStage::Offer), QList<qint64>{anotherId.value});
    ASSERT_TRUE(store.remove(anotherId).ok());
    EXPECT_EQ(model()->rowCount(), 3);
    EXPECT_TRUE(columnIds(ApplicationStage::Offer).isEmpty());
    Company renamed = CompanyStore(db.db(), clock).get(lumen).value();
    renamed.name = QStringLiteral("Lumen Labs");
    ASSERT_TRUE(CompanyStore(db.db(), clock).update(renamed).ok());
    EXPECT_EQ(model()->index(backend, ApplicationsModel::Company).data().toString(), QStringLiteral("Lumen Labs"));
}

TEST_F(ApplicationsPageTest, AddThroughTheEditorShowsErrorsAtTheFieldsFirstThenSavesAndUndoes)
{
    page->startNew();
    input<QComboBox>("company")->setCurrentText(QStringLiteral("Nimbus"));
    QTest::keyClicks(input<QLineEdit>("role"), QStringLiteral("Site Reliability Engineer"));
    QTest::keyClicks(input<QLineEdit>("url"), QStringLiteral("nimbus.example/jobs"));
    QTest::keyClicks(input<QLineEdit>("salaryMin"), QStringLiteral("90000"));
    QTest::keyClicks(input<QLineEdit>("salaryMax"), QStringLiteral("80k"));
    EXPECT_FALSE(editor->save());
    FormField *url = fieldOf(input<QLineEdit>("url"));
    FormField *salary = fieldOf(input<QLineEdit>("salaryMin"));
    ASSERT_NE(url, nullptr);
    ASSERT_NE(salary, nullptr);
    EXPECT_TRUE(url->hasError());
    EXPECT_TRUE(url->error().contains(QStringLiteral("nimbus.example/jobs"))) << url->error().toStdString();
    EXPECT_TRUE(salary->hasError());
    EXPECT_TRUE(salary->error().contains(QStringLiteral("below the minimum"))) << salary->error().toStdString();
    EXPECT_EQ(model()->rowCount(), 3); // nothing saved…
    EXPECT_FALSE(window->context().names.companies().values().contains(QStringLiteral("Nimbus"))); // …not even the company
    EXPECT_EQ(input<QLineEdit>("role")->text(), QStringLiteral("Site Reliability Engineer")); // the edit stays

    input<QLineEdit>("url")->setText(QStringLiteral("https://nimbus.example/jobs/7"));
    input<QLineEdit>("salaryMax")->setText(QStringLiteral("100,000"));
    ASSERT_TRUE(editor->save());
    EXPECT_FALSE(url->hasError());
    EXPECT_FALSE(salary->hasError());
    EXPECT_EQ(model()->rowCount(), 4);
    const ApplicationId added(editor->recordId());
    const JobApplication saved = stored(added);
    EXPECT_EQ(saved.role, QStringLiteral("Site Reliability Engineer"));
    EXPECT_EQ(saved.postingUrl, QStringLiteral("https://nimbus.example/jobs/7"));
    EXPECT_EQ(saved.salaryMin, 90000);
    EXPECT_EQ(saved.salaryMax, 100000);
    ASSERT_EQ(saved.history.size(), 1);
    EXPECT_EQ(saved.history.first().date, QDate(2026, 6, 15));
    EXPECT_EQ(window->context().names.company(saved.company.value), QStringLiteral("Nimbus")); // created by the save
    EXPECT_EQ(page->currentId(), added.value); // shown in the list

    undoStack()->undo(); // the application and the company it created go together
    EXPECT_EQ(model()->rowCount(), 3);
    EXPECT_FALSE(window->context().names.companies().values().contains(QStringLiteral("Nimbus")));
    undoStack()->redo();
    EXPECT_EQ(stored(added).role, QStringLiteral("Site Reliability Engineer"));
}

TEST_F(ApplicationsPageTest, ChoosingAStageInTheEditorAddsADatedEntryToTheTimeline)
{
    page->showRecord(frontendId.value);
    ASSERT_EQ(editor->recordId(), frontendId.value);
    auto *stage = input<QComboBox>("stage");
    stage->setCurrentIndex(stage->findData(int(ApplicationStage::Screening)));
    stage->setCurrentIndex(stage->findData(int(ApplicationStage::Applied))); // a change of mind replaces it
    ASSERT_TRUE(editor->save());
    const JobApplication after = stored(frontendId);
    EXPECT_EQ(after.stage, ApplicationStage::Applied);
    ASSERT_EQ(after.history.size(), 2);
    EXPECT_EQ(after.history.at(0), (StageChange{ApplicationStage::Saved, QDate(2026, 6, 10), {}}));
    EXPECT_EQ(after.history.at(1), (StageChange{ApplicationStage::Applied, QDate(2026, 6, 15), {}}));

    // A date typed in the timeline that goes back in time is refused at the history field.
    auto dates = input<QWidget>("history")->findChildren<QLineEdit *>();
    ASSERT_GE(dates.size(), 2);
    dates.at(2)->setText(QStringLiteral("2026-06-01")); // the second entry's date (fields: date, note, date, note)
    emit dates.at(2)->textEdited(dates.at(2)->text());
    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(fieldOf(input<QWidget>("history"))->hasError());
    EXPECT_EQ(stored(frontendId).history.at(1).date, QDate(2026, 6, 15));
}

TEST_F(ApplicationsPageTest, DroppingACardOnAColumnMovesItWithADatedEntryAndUndoPutsItBack)
{
    page->showBoard(true);
    page->showRecord(backendId.value);
    page->startNew(); // Ctrl+N: no card stays selected for a record no longer shown
    EXPECT_TRUE(page->board()->selectedIds().isEmpty());
    const JobApplication before = stored(frontendId);
    // What a drop does: the target column's model receives the dragged card.
    auto drag = dragOf(frontendId.value);
    ASSERT_TRUE(drag);
    EXPECT_FALSE(column(ApplicationStage::Saved)->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, {})); // its own column
    ASSERT_TRUE(column(ApplicationStage::Interviewing)->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, {}));

    JobApplication after = stored(frontendId);
    EXPECT_EQ(after.stage, ApplicationStage::Interviewing);
    ASSERT_EQ(after.history.size(), before.history.size() + 1);
    EXPECT_EQ(after.history.last(), (StageChange{ApplicationStage::Interviewing, QDate(2026, 6, 15), {}}));
    EXPECT_TRUE(columnIds(ApplicationStage::Saved).isEmpty());
    EXPECT_TRUE(columnIds(ApplicationStage::Interviewing).contains(frontendId.value));
    EXPECT_EQ(page->board()->selectedIds(), QList<qint64>{frontendId.value}); // it stays selected where it went
    EXPECT_EQ(editor->recordId(), frontendId.value);
    EXPECT_EQ(input<QComboBox>("stage")->currentData().toInt(), int(ApplicationStage::Interviewing)); // the editor follows

    page->board()->columnView(ApplicationStage::Interviewing)->setFocus();
    QTest::keyClick(page->board()->columnView(ApplicationStage::Interviewing), Qt::Key_Z, Qt::ControlModifier);
    after = stored(frontendId);
    EXPECT_EQ(after.stage, before.stage);
    EXPECT_EQ(after.history, before.history); // the history as it was
    EXPECT_EQ(columnIds(ApplicationStage::Saved), QList<qint64>{frontendId.value});
    undoStack()->redo();
    EXPECT_EQ(stored(frontendId).stage, ApplicationStage::Interviewing);
}

TEST_F(ApplicationsPageTest, ADragAndDropOnTheColumnViewMovesTheCard)
{
    page->showBoard(true);
    BoardColumnView *target = page->board()->columnView(ApplicationStage::Offer);
    ASSERT_TRUE(target->isVisible());
    auto drag = dragOf(dataId.value);
    const QPoint at = target->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, drag.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDragMoveEvent move(at, Qt::MoveAction, drag.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &move);
    EXPECT_TRUE(move.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, drag.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &drop);
    EXPECT_TRUE(drop.isAccepted());

    const JobApplication after = stored(dataId);
    EXPECT_EQ(after.stage, ApplicationStage::Offer);
    EXPECT_EQ(after.history.last().date, QDate(2026, 6, 15));
    EXPECT_EQ(columnIds(ApplicationStage::Offer), QList<qint64>{dataId.value});
    EXPECT_EQ(undoStack()->undoText(), QStringLiteral("Move Data Engineer at Acme to Offer"));

    // A drag of something that is not a card is refused.
    QMimeData text;
    text.setText(QStringLiteral("12"));
    QDragEnterEvent refused(at, Qt::MoveAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST_F(ApplicationsPageTest, TheKeyboardMovesCardsToTheNextAndPreviousStage)
{
    page->showBoard(true);
    page->board()->selectId(backendId.value);
    BoardColumnView *applied = page->board()->columnView(ApplicationStage::Applied);
    applied->setFocus();
    QTest::keyClick(applied, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored(backendId).stage, ApplicationStage::Screening);
    EXPECT_EQ(stored(backendId).history.last().date, QDate(2026, 6, 15));
    BoardColumnView *screening = page->board()->columnView(ApplicationStage::Screening);
    EXPECT_TRUE(screening->hasFocus()); // the focus follows the card, so the next move is one key away
    QTest::keyClick(screening, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored(backendId).stage, ApplicationStage::Interviewing);
    EXPECT_EQ(stored(backendId).history.size(), 4);
    EXPECT_EQ(undoStack()->count(), 2);

    // Left/Right without modifiers walk to the nearest column with cards.
    BoardColumnView *interviewing = page->board()->columnView(ApplicationStage::Interviewing);
    ASSERT_TRUE(interviewing->hasFocus());
    QTest::keyClick(interviewing, Qt::Key_Left);
    EXPECT_TRUE(page->board()->columnView(ApplicationStage::Saved)->hasFocus());
    EXPECT_EQ(page->board()->currentId(), frontendId.value);
    EXPECT_EQ(page->currentId(), frontendId.value); // the table and the editor follow the board
    EXPECT_EQ(editor->recordId(), frontendId.value);
}

TEST_F(ApplicationsPageTest, TheBoardFollowsTheSearchAndFilters)
{
    page->showBoard(true);
    auto *search = page->findChildren<QLineEdit *>().first();
    QTest::keyClicks(search, QStringLiteral("acme"));
    EXPECT_TRUE(columnIds(ApplicationStage::Applied).isEmpty());
    EXPECT_EQ(columnIds(ApplicationStage::Saved), QList<qint64>{frontendId.value});
    EXPECT_EQ(columnIds(ApplicationStage::Interviewing), QList<qint64>{dataId.value});
    search->clear();
    auto *source = page->findChild<QComboBox *>(QStringLiteral("sourceFilter"));
    source->setCurrentIndex(source->findData(int(ApplicationSource::Referral)));
    EXPECT_EQ(columnIds(ApplicationStage::Applied), QList<qint64>{backendId.value});
    EXPECT_TRUE(columnIds(ApplicationStage::Saved).isEmpty());
    EXPECT_EQ(page->proxy()->rowCount(), 1); // the table shows the same records
}

TEST_F(ApplicationsPageTest, DeleteThenUndoBringsTheApplicationBackWithItsHistory)
{
    const JobApplication before = stored(backendId);
    page->showRecord(backendId.value);
    page->deleteSelected();
    EXPECT_EQ(model()->rowCount(), 2);
    EXPECT_FALSE(ApplicationStore(db.db(), clock).get(backendId).ok());
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(model()->rowCount(), 3);
    const JobApplication after = stored(backendId);
    EXPECT_EQ(after.history, before.history);
    EXPECT_EQ(after.referrer, anaId);
}

TEST_F(ApplicationsPageTest, TheChosenViewIsRemembered)
{
    EXPECT_FALSE(page->isBoardShown());
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_B, Qt::ControlModifier);
    EXPECT_TRUE(page->isBoardShown());
    EXPECT_EQ(settingValue(settings::ApplicationsView), QStringLiteral("board"));
    window.reset();
    openWindow();
    EXPECT_TRUE(page->isBoardShown());
}

TEST_F(ApplicationsPageTest, AMouseDragOfACardCarriesItToAnotherColumn)
{
    // The offscreen platform's drag is a stub (QDrag::exec returns at once), so the drag is
    // followed in two halves: real mouse events on the card start a QDrag, and that drag's data is
    // then dragged over and dropped on the target column as the platform would deliver it.
    page->showBoard(true);
    QApplication::processEvents(); // the columns lay their cards out
    BoardColumnView *source = page->board()->columnView(ApplicationStage::Saved);
    BoardColumnView *target = page->board()->columnView(ApplicationStage::Screening);
    const QRect card = source->visualRect(source->columnModel()->indexOfId(frontendId.value));
    ASSERT_FALSE(card.isEmpty());
    QTest::mousePress(source->viewport(), Qt::LeftButton, {}, card.center());
    QTest::mouseMove(source->viewport(), card.center() + QPoint(QApplication::startDragDistance() + 2, 0));
    QTest::mouseMove(source->viewport(), card.center() + QPoint(3 * QApplication::startDragDistance(), 0));
    QTest::mouseRelease(source->viewport(), Qt::LeftButton, {}, card.center() + QPoint(3 * QApplication::startDragDistance(), 0));
    QDrag *drag = source->findChild<QDrag *>(); // deleted later, once the event loop runs
    ASSERT_NE(drag, nullptr);
    EXPECT_EQ(StageColumnModel::idsIn(drag->mimeData()), QList<qint64>{frontendId.value});
    EXPECT_TRUE(drag->supportedActions() & Qt::MoveAction);

    const QPoint at = target->viewport()->rect().center();
    QDragEnterEvent enter(at, drag->supportedActions(), drag->mimeData(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDropEvent drop(at, drag->supportedActions(), drag->mimeData(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &drop);
    EXPECT_TRUE(drop.isAccepted());

    const JobApplication after = stored(frontendId);
    EXPECT_EQ(after.stage, ApplicationStage::Screening);
    EXPECT_EQ(after.history.last(), (StageChange{ApplicationStage::Screening, QDate(2026, 6, 15), {}}));
    EXPECT_EQ(columnIds(ApplicationStage::Screening), QList<qint64>{frontendId.value});
    undoStack()->undo();
    EXPECT_EQ(stored(frontendId).stage, ApplicationStage::Saved);
    EXPECT_EQ(stored(frontendId).history.size(), 1);
}

TEST_F(ApplicationsPageTest, AMoveOfTheRecordBeingEditedKeepsTheEditAndSaysSo)
{
    page->showBoard(true);
    page->showRecord(backendId.value); // as a link from another page would
    ASSERT_EQ(editor->recordId(), backendId.value);
    EXPECT_EQ(page->board()->selectedIds(), QList<qint64>{backendId.value}); // picked on the board too
    QTest::keyClicks(input<QLineEdit>("role"), QStringLiteral(" II"));
    ASSERT_TRUE(editor->isDirty());
    ASSERT_TRUE(page->board()->moveApplications({backendId.value}, ApplicationStage::Offer).ok());
    EXPECT_EQ(input<QLineEdit>("role")->text(), QStringLiteral("Backend Engineer II")); // the edit stays
    bool warned = false;
    for (QLabel *label : editor->findChildren<QLabel *>())
        warned = warned || (label->isVisible() && label->text().contains(QStringLiteral("changed elsewhere")));
    EXPECT_TRUE(warned);
    editor->revert(); // shows the stored record, moved
    EXPECT_EQ(input<QComboBox>("stage")->currentData().toInt(), int(ApplicationStage::Offer));
}

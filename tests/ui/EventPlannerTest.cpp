#include "core/analytics/EventRanking.h"
#include "core/storage/AgendaSessionStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/EventBriefStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/util/Settings.h"
#include "tests/support/TempDatabase.h"
#include "ui/editors/EventEditor.h"
#include "ui/pages/AgendaPanel.h"
#include "ui/pages/BriefPanel.h"
#include "ui/pages/CapturePanel.h"
#include "ui/pages/EventPlannerDialog.h"
#include "ui/pages/EventsPage.h"
#include "ui/charts/ReturnChart.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

QDateTime utc(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

// Keynote 09:00–10:00 and Rust 09:30–10:30 in Berlin (CET, UTC+1) clash; the coffee at
// 10:30–11:00 follows the keynote without clashing.
const char *const kAgenda =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:k@t\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Berlin:20261026T090000\r\n"
    "DTEND;TZID=Europe/Berlin:20261026T100000\r\nSUMMARY:Opening keynote\r\nLOCATION:Hall A\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:r@t\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Berlin:20261026T093000\r\n"
    "DTEND;TZID=Europe/Berlin:20261026T103000\r\nSUMMARY:Rust in production\r\nLOCATION:Room 2\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:c@t\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Berlin:20261026T103000\r\n"
    "DTEND;TZID=Europe/Berlin:20261026T110000\r\nSUMMARY:Coffee\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

class EventPlannerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        setSettingValue(settings::HomeCurrency, QStringLiteral("EUR"));
        setSettingValue(settings::EventsYearlyBudget, 1000.0);
        setSettingValue(settings::EventInterests, QStringList{QStringLiteral("rust")});
        CompanyStore companies(db.db(), clock);
        Company lumen;
        lumen.name = QStringLiteral("Lumen");
        lumen.priority = CompanyPriority::High;
        const CompanyId lumenId = companies.insert(lumen).value();
        EventStore events(db.db(), clock);
        Event dev; // 2026-10-26/27 in Berlin, 700.00: companies 3, interests 1, cost −7, days 133 → −2.22
        dev.name = QStringLiteral("DevConf");
        dev.kind = EventKind::Conference;
        dev.timeZone = QStringLiteral("Europe/Berlin");
        dev.start = utc(2026, 10, 26, 7);
        dev.end = utc(2026, 10, 27, 17);
        dev.tags = {QStringLiteral("Rust")};
        dev.costs = {{CostCategory::Ticket, 70000, QStringLiteral("EUR"), 1.0, {}}};
        dev.companies = {{lumenId, EventCompanyRole::Hiring}};
        devId = events.insert(dev).value();
        Event meetup; // 2026-07-15, free: days 30 → −0.5
        meetup.name = QStringLiteral("Go Meetup");
        meetup.start = utc(2026, 7, 15, 18);
        meetup.status = EventStatus::Registered;
        meetupId = events.insert(meetup).value();
        Event past; // attended, 250.00, one contact met there
        past.name = QStringLiteral("Spring Conf");
        past.start = utc(2026, 4, 1);
        past.status = EventStatus::Attended;
        past.costs = {{CostCategory::Ticket, 25000, QStringLiteral("EUR"), 1.0, {}}};
        pastId = events.insert(past).value();
        Contact ana;
        ana.name = QStringLiteral("Ana Lima");
        ana.metAt = pastId;
        ContactStore(db.db(), clock).insert(ana).value();

        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::Events);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        page = qobject_cast<EventsPage *>(window->page(PageId::Events));
        ASSERT_NE(page, nullptr);
        ASSERT_NE(page->plannerButton(), nullptr);
        QTest::mouseClick(page->plannerButton(), Qt::LeftButton);
        planner = page->findChild<EventPlannerDialog *>();
        ASSERT_NE(planner, nullptr);
        ASSERT_TRUE(planner->isVisible());
    }

    QString cell(QTableWidget *table, int row, int column) const { return table->item(row, column)->text(); }
    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }

    test::TempDatabase db;
    FixedClock clock = test::fixedClock(); // 2026-06-15 12:00 UTC
    EventId devId, meetupId, pastId;
    std::unique_ptr<MainWindow> window;
    EventsPage *page = nullptr;
    EventPlannerDialog *planner = nullptr;
};

} // namespace

TEST_F(EventPlannerTest, PlanIsRankedWithItsPartsAndTheBudget)
{
    QTableWidget *plan = planner->planTable();
    ASSERT_EQ(plan->rowCount(), 2); // the attended one is not a candidate
    // Meetup: −0.5. DevConf: 3 + 1 − 7 − 2.22 = −5.22.
    EXPECT_EQ(cell(plan, 0, 1), QStringLiteral("Go Meetup"));
    EXPECT_EQ(plan->item(0, 4)->data(Qt::UserRole).toDouble(), -0.5);
    EXPECT_EQ(cell(plan, 1, 1), QStringLiteral("DevConf"));
    EXPECT_DOUBLE_EQ(plan->item(1, 4)->data(Qt::UserRole).toDouble(), -5.22);
    EXPECT_DOUBLE_EQ(plan->item(1, 5)->data(Qt::UserRole).toDouble(), 3.0);  // companies
    EXPECT_DOUBLE_EQ(plan->item(1, 10)->data(Qt::UserRole).toDouble(), -7.0); // cost
    EXPECT_TRUE(planner->budgetLabel()->text().contains(QStringLiteral("spent 250.00"))) << planner->budgetLabel()->text().toStdString();
    EXPECT_TRUE(planner->budgetLabel()->text().contains(QStringLiteral("remaining 750.00")));

    // Cost no longer counts: DevConf 3 + 1 − 2.22 = 1.78 goes first; the weight is remembered.
    QDoubleSpinBox *cost = planner->weightBox(int(ScorePart::Cost));
    ASSERT_NE(cost, nullptr);
    cost->setValue(0);
    EXPECT_EQ(cell(plan, 0, 1), QStringLiteral("DevConf"));
    EXPECT_DOUBLE_EQ(plan->item(0, 4)->data(Qt::UserRole).toDouble(), 1.78);
    EXPECT_TRUE(settingValue(settings::EventScoreWeights).contains(QStringLiteral("cost=0")));
}

TEST_F(EventPlannerTest, AgendaImportChooseClashAndUndo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agenda.ics"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kAgenda);
    file.close();
    planner->open(EventPlannerDialog::AgendaTab, devId);
    AgendaPanel *agenda = planner->agenda();
    ASSERT_TRUE(agenda->importFile(path)) << agenda->status().toStdString();
    QTableWidget *table = agenda->table();
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(cell(table, 0, 5), QStringLiteral("Opening keynote"));
    EXPECT_TRUE(cell(table, 0, 1).endsWith(QStringLiteral("2026-10-26 09:00"))); // Berlin wall clock

    table->item(0, 0)->setCheckState(Qt::Checked);
    table->item(1, 0)->setCheckState(Qt::Checked);
    table->item(2, 0)->setCheckState(Qt::Checked);
    EXPECT_EQ(AgendaSessionStore(db.db()).list(devId, true).size(), 3);
    EXPECT_TRUE(agenda->status().contains(QStringLiteral("2 clashing"))) << agenda->status().toStdString();
    EXPECT_EQ(cell(table, 0, 0), QStringLiteral("clash"));
    EXPECT_TRUE(cell(table, 2, 0).isEmpty()); // the coffee follows the keynote
    EXPECT_TRUE(table->item(0, 5)->toolTip().contains(QStringLiteral("Rust in production")));

    const QString plan = dir.filePath(QStringLiteral("plan.ics"));
    ASSERT_TRUE(agenda->exportFile(plan));
    QFile written(plan);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll().count("BEGIN:VEVENT"), 3);

    // Undo the last choice, then the import.
    undoStack()->undo();
    agenda->refresh();
    EXPECT_EQ(AgendaSessionStore(db.db()).list(devId, true).size(), 2);
    undoStack()->undo();
    undoStack()->undo();
    undoStack()->undo();
    EXPECT_EQ(AgendaSessionStore(db.db()).count(devId).value(), 0);
}

TEST_F(EventPlannerTest, QuickCaptureEnterForTheNext)
{
    planner->open(EventPlannerDialog::CaptureTab, devId);
    CapturePanel *capture = planner->capture();
    QTest::keyClicks(capture->nameEdit(), QStringLiteral("Rita Moss"));
    QTest::keyClicks(capture->companyEdit(), QStringLiteral("Lumen"));
    QTest::keyClicks(capture->noteEdit(), QStringLiteral("Rust tooling"));
    QTest::keyClick(capture->noteEdit(), Qt::Key_Return);
    EXPECT_TRUE(capture->nameEdit()->text().isEmpty());
    EXPECT_TRUE(capture->noteEdit()->text().isEmpty());
    EXPECT_EQ(planner->focusWidget(), capture->nameEdit()); // the cursor is back in Name
    ASSERT_EQ(capture->captured()->count(), 1);
    EXPECT_EQ(capture->captured()->item(0)->text(), QStringLiteral("Rita Moss — Lumen: Rust tooling"));
    // The next one, Enter straight from the name.
    QTest::keyClicks(capture->nameEdit(), QStringLiteral("Tom Reed"));
    QTest::keyClick(capture->nameEdit(), Qt::Key_Return);
    EXPECT_EQ(capture->captured()->count(), 2);
    // An empty name saves nothing.
    QTest::keyClick(capture->nameEdit(), Qt::Key_Return);
    EXPECT_EQ(capture->captured()->count(), 2);
    EXPECT_TRUE(capture->status().contains(QStringLiteral("name")));

    ContactStore contacts(db.db(), clock);
    int metHere = 0;
    for (const ContactSummary &c : contacts.summaries())
        if (contacts.get(c.id).value().metAt == devId) {
            ++metHere;
            EXPECT_EQ(contacts.get(c.id).value().channel, Channel::Event);
        }
    EXPECT_EQ(metHere, 2);
    // Each got its follow-up within 48 hours of the event's first day (captured before it).
    const auto followUps = FollowUpStore(db.db(), clock).list();
    ASSERT_EQ(followUps.size(), 2);
    EXPECT_EQ(followUps[0].due, QDate(2026, 10, 28));
    EXPECT_EQ(followUps[0].origin, FollowUpOrigin::EventRule);
    // Undo takes the last person back out, with the follow-up the rule made.
    undoStack()->undo();
    EXPECT_EQ(FollowUpStore(db.db(), clock).list().size(), 1);
}

TEST_F(EventPlannerTest, ReturnComparesEveryEvent)
{
    planner->open(EventPlannerDialog::ReturnTab);
    QTableWidget *table = planner->returnTable();
    ASSERT_EQ(table->rowCount(), 3);
    int spring = -1;
    for (int row = 0; row < table->rowCount(); ++row)
        if (cell(table, row, 0) == QStringLiteral("Spring Conf"))
            spring = row;
    ASSERT_GE(spring, 0);
    EXPECT_EQ(cell(table, spring, 3), QStringLiteral("1"));
    EXPECT_DOUBLE_EQ(table->item(spring, 9)->data(Qt::UserRole).toDouble(), 250.0); // per contact
    // Only attended events are plotted: Spring Conf, 250.00 for one contact.
    ASSERT_EQ(planner->chart()->points().size(), 1);
    EXPECT_DOUBLE_EQ(planner->chart()->points()[0].cost, 250.0);
    EXPECT_EQ(planner->chart()->points()[0].contacts, 1);
}

TEST_F(EventPlannerTest, TurningTheRulesOffInTheEditorTakesTheirFollowUpsOffToday)
{
    planner->open(EventPlannerDialog::CaptureTab, devId);
    QTest::keyClicks(planner->capture()->nameEdit(), QStringLiteral("Rita Moss"));
    QTest::keyClick(planner->capture()->nameEdit(), Qt::Key_Return);
    ASSERT_EQ(FollowUpStore(db.db(), clock).list().size(), 1);
    planner->close();
    page->showRecord(devId.value);
    auto *editor = qobject_cast<EventEditor *>(page->editor());
    ASSERT_NE(editor, nullptr);
    auto *rules = editor->findChild<QCheckBox *>(QStringLiteral("followUps"));
    ASSERT_NE(rules, nullptr);
    ASSERT_TRUE(rules->isChecked());
    rules->setChecked(false);
    ASSERT_TRUE(editor->save());
    EXPECT_TRUE(FollowUpStore(db.db(), clock).list().isEmpty());
    EXPECT_FALSE(EventStore(db.db(), clock).get(devId).value().followUpRules);
    // One undo brings the rules and the follow-up back.
    undoStack()->undo();
    EXPECT_EQ(FollowUpStore(db.db(), clock).list().size(), 1);
    EXPECT_TRUE(EventStore(db.db(), clock).get(devId).value().followUpRules);
}

TEST_F(EventPlannerTest, BeforeShowsCompaniesQuestionsPitchAndChecklist)
{
    planner->open(EventPlannerDialog::BeforeTab, devId);
    const QString text = planner->brief()->view()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Lumen (target): hiring"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("What is a typical day like for you?")));
    // The draft from the interest matching the event's tag, until the user writes their own.
    EXPECT_TRUE(planner->brief()->pitchEdit()->toPlainText().contains(QStringLiteral("I work with Rust")));
    QListWidget *list = planner->brief()->checklist();
    ASSERT_EQ(list->count(), 8);
    EXPECT_EQ(list->item(1)->text(), QStringLiteral("Costs entered (ticket, travel, stay)"));
    EXPECT_EQ(list->item(1)->checkState(), Qt::Checked);
    EXPECT_EQ(list->item(3)->text(), QStringLiteral("Agenda imported"));
    EXPECT_EQ(list->item(3)->checkState(), Qt::Unchecked);
}

// The pitch, ticks and own items: one undo step per edit (never per keystroke), undone in order,
// and kept when the planner is opened again.
TEST_F(EventPlannerTest, BeforePitchAndChecklistAreEditedUndoneAndKept)
{
    planner->open(EventPlannerDialog::BeforeTab, devId);
    QApplication::setActiveWindow(planner);
    ASSERT_TRUE(QTest::qWaitForWindowActive(planner));
    BriefPanel *brief = planner->brief();
    QPlainTextEdit *pitch = brief->pitchEdit();
    QListWidget *list = brief->checklist();
    EventBriefStore store(db.db());
    const QString draft = pitch->toPlainText();
    const int steps = undoStack()->count();

    // Typing makes no undo step; Ctrl+S makes one.
    pitch->setFocus();
    pitch->selectAll();
    QTest::keyClicks(pitch, QStringLiteral("Hi, I'm Sam."));
    EXPECT_EQ(undoStack()->count(), steps);
    EXPECT_FALSE(store.pitch(devId).value().has_value());
    QTest::keyClick(pitch, Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(undoStack()->count(), steps + 1);
    EXPECT_EQ(store.pitch(devId).value(), std::optional<QString>(QStringLiteral("Hi, I'm Sam.")));
    // More typing, kept when the text loses the focus.
    QTest::keyClicks(pitch, QStringLiteral(" I write Rust."));
    list->setFocus();
    EXPECT_EQ(undoStack()->count(), steps + 2);
    EXPECT_EQ(store.pitch(devId).value(), std::optional<QString>(QStringLiteral("Hi, I'm Sam. I write Rust.")));

    // Space ticks the current item: "Pitch practised", a generated one.
    list->setCurrentRow(6);
    QTest::keyClick(list, Qt::Key_Space);
    EXPECT_EQ(list->item(6)->checkState(), Qt::Checked);
    EXPECT_EQ(undoStack()->count(), steps + 3);
    auto rows = store.checklist(devId).value();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].generated, QStringLiteral("pitch"));
    EXPECT_TRUE(rows[0].done);
    // Delete on a generated item removes nothing.
    QTest::keyClick(list, Qt::Key_Delete);
    EXPECT_EQ(list->count(), 8);
    EXPECT_EQ(undoStack()->count(), steps + 3);

    // Two items of my own (Enter adds), one ticked, the other removed with Delete.
    QLineEdit *add = brief->newItemEdit();
    add->setFocus();
    QTest::keyClicks(add, QStringLiteral("Print CVs"));
    QTest::keyClick(add, Qt::Key_Return);
    QTest::keyClicks(add, QStringLiteral("Charge the phone"));
    QTest::keyClick(add, Qt::Key_Return);
    EXPECT_TRUE(add->text().isEmpty());
    ASSERT_EQ(list->count(), 10);
    EXPECT_EQ(list->item(8)->text(), QStringLiteral("Print CVs"));
    EXPECT_EQ(list->item(9)->text(), QStringLiteral("Charge the phone"));
    EXPECT_EQ(undoStack()->count(), steps + 5);
    list->setFocus();
    list->setCurrentRow(8);
    QTest::keyClick(list, Qt::Key_Space);
    list->setCurrentRow(9);
    QTest::keyClick(list, Qt::Key_Delete);
    ASSERT_EQ(list->count(), 9);
    EXPECT_EQ(undoStack()->count(), steps + 7);
    rows = store.checklist(devId).value();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1].label, QStringLiteral("Print CVs"));
    EXPECT_TRUE(rows[1].done);

    // Undo brings the removed item back, then takes the tick off: the tab follows.
    undoStack()->undo();
    ASSERT_EQ(list->count(), 10);
    EXPECT_EQ(list->item(9)->text(), QStringLiteral("Charge the phone"));
    undoStack()->undo();
    EXPECT_EQ(list->item(8)->checkState(), Qt::Unchecked);
    undoStack()->redo();
    EXPECT_EQ(list->item(8)->checkState(), Qt::Checked);

    // Kept when the planner is closed and a new one opened (read from the database).
    planner->close();
    planner = openEventPlanner(window->context(), window.get(), EventPlannerDialog::BeforeTab);
    planner->open(EventPlannerDialog::BeforeTab, devId);
    brief = planner->brief();
    EXPECT_EQ(brief->pitchEdit()->toPlainText(), QStringLiteral("Hi, I'm Sam. I write Rust."));
    list = brief->checklist();
    ASSERT_EQ(list->count(), 10);
    EXPECT_EQ(list->item(6)->checkState(), Qt::Checked);
    EXPECT_EQ(list->item(8)->text(), QStringLiteral("Print CVs"));
    EXPECT_EQ(list->item(8)->checkState(), Qt::Checked);
    EXPECT_EQ(list->item(9)->checkState(), Qt::Unchecked);

    // Reset to the draft, one step; undone, my pitch is back.
    ASSERT_TRUE(brief->resetPitch());
    EXPECT_EQ(brief->pitchEdit()->toPlainText(), draft);
    EXPECT_FALSE(store.pitch(devId).value().has_value());
    undoStack()->undo();
    EXPECT_EQ(brief->pitchEdit()->toPlainText(), QStringLiteral("Hi, I'm Sam. I write Rust."));
    // Another event has its own (none yet).
    const int meetup = brief->eventBox()->findData(meetupId.value);
    ASSERT_GE(meetup, 0);
    brief->eventBox()->setCurrentIndex(meetup);
    EXPECT_TRUE(brief->pitchEdit()->toPlainText().contains(QStringLiteral("Go Meetup")));
    EXPECT_EQ(brief->checklist()->count(), 8);
}

TEST(EventPlannerEmpty, EveryTabOpensOnAnEmptyDatabase)
{
    QSettings().clear();
    test::TempDatabase db;
    FixedClock clock = test::fixedClock();
    MainWindow window(db.db(), clock);
    window.showPage(PageId::Events);
    auto *page = qobject_cast<EventsPage *>(window.page(PageId::Events));
    ASSERT_NE(page, nullptr);
    EventPlannerDialog *planner = page->openPlanner();
    for (int tab = 0; tab < planner->tabs()->count(); ++tab)
        planner->tabs()->setCurrentIndex(tab);
    EXPECT_EQ(planner->planTable()->rowCount(), 0);
    EXPECT_EQ(planner->returnTable()->rowCount(), 0);
    EXPECT_TRUE(planner->brief()->view()->toPlainText().contains(QStringLiteral("No events yet")));
    EXPECT_FALSE(planner->capture()->capture()); // no event to capture at
    EXPECT_TRUE(planner->budgetLabel()->text().contains(QStringLiteral("not set")));
}

TEST_F(EventPlannerTest, AnUnreadableSessionStopsTheAgendaUnlessTheBoxLeavesItOut)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agenda.ics"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
               "BEGIN:VEVENT\r\nUID:good@devconf\r\nDTSTART;TZID=Europe/Berlin:20261026T140000\r\nSUMMARY:Afternoon talk\r\nEND:VEVENT\r\n"
               "BEGIN:VEVENT\r\nUID:lost@devconf\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
               "END:VCALENDAR\r\n");
    file.close();
    planner->open(EventPlannerDialog::AgendaTab, devId);
    AgendaPanel *agenda = planner->agenda();
    ASSERT_FALSE(agenda->skipInvalidBox()->isChecked());
    EXPECT_FALSE(agenda->importFile(path));
    EXPECT_TRUE(agenda->status().contains(QStringLiteral("agenda.ics:9:"))) << agenda->status().toStdString();
    EXPECT_EQ(agenda->table()->rowCount(), 0);

    agenda->skipInvalidBox()->setChecked(true);
    ASSERT_TRUE(agenda->importFile(path)) << agenda->status().toStdString();
    EXPECT_EQ(agenda->table()->rowCount(), 1);
    EXPECT_TRUE(agenda->status().contains(QStringLiteral("1 left out"))) << agenda->status().toStdString();
}

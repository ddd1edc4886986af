#include "core/domain/AllDay.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"
#include "core/util/Settings.h"
#include "tests/support/TempDatabase.h"
#include "ui/editors/CostTable.h"
#include "ui/editors/EventEditor.h"
#include "ui/editors/PickedRecordList.h"
#include "ui/models/EventsModel.h"
#include "ui/pages/ContactsPage.h"
#include "ui/pages/EventsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/RelatedList.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

class EventsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        setSettingValue(settings::HomeCurrency, QStringLiteral("EUR"));
        lumenId = CompanyStore(db.db(), clock).findOrCreate(QStringLiteral("Lumen")).value();

        Event rust; // 09:00 in Berlin, summer time: 07:00 UTC
        rust.name = QStringLiteral("RustConf");
        rust.kind = EventKind::Conference;
        rust.start = utc(2026, 9, 10, 7);
        rust.end = utc(2026, 9, 11, 15);
        rust.timeZone = QStringLiteral("Europe/Berlin");
        rust.location = QStringLiteral("Berlin");
        rust.status = EventStatus::Registered;
        rust.tags = {QStringLiteral("rust")};
        rust.costs = {{CostCategory::Ticket, 45000, QStringLiteral("EUR"), 1.0, {}},
                      {CostCategory::Travel, 12000, QStringLiteral("GBP"), 1.17, QStringLiteral("train")}};
        rust.companies = {{lumenId, EventCompanyRole::Sponsor}};
        rustId = events().insert(rust).value();

        Event go;
        go.name = QStringLiteral("Go Meetup");
        go.kind = EventKind::Meetup;
        go.start = utc(2026, 3, 5, 18);
        go.timeZone = QStringLiteral("UTC");
        go.status = EventStatus::Attended;
        go.tags = {QStringLiteral("go")};
        goId = events().insert(go).value();

        Event fair;
        fair.name = QStringLiteral("Career Fair");
        fair.kind = EventKind::CareerFair;
        setAllDay(fair, QDate(2025, 11, 20), QDate(2025, 11, 20));
        fair.status = EventStatus::Skipped;
        fairId = events().insert(fair).value();

        Contact ana;
        ana.name = QStringLiteral("Ana Lima");
        ana.metAt = goId;
        anaId = ContactStore(db.db(), clock).insert(ana).value();
        Contact ben;
        ben.name = QStringLiteral("Ben Okafor");
        benId = ContactStore(db.db(), clock).insert(ben).value();

        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::Events);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        page = qobject_cast<EventsPage *>(window->page(PageId::Events));
        ASSERT_NE(page, nullptr);
        editor = qobject_cast<EventEditor *>(page->editor());
        ASSERT_NE(editor, nullptr);
    }

    EventStore events() { return EventStore(db.db(), clock); }
    EventsModel *model() const { return qobject_cast<EventsModel *>(page->proxy()->recordModel()); }

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < page->proxy()->rowCount(); ++row)
            names << page->proxy()->index(row, EventsModel::Name).data().toString();
        names.sort();
        return names;
    }

    QVariant cell(EventId id, int column, int role = Qt::DisplayRole) const
    {
        return model()->index(model()->rowOf(id.value), column).data(role);
    }

    template <typename T>
    T *input(const char *name) const
    {
        return editor->findChild<T *>(QLatin1String(name));
    }

    FormField *fieldOf(QWidget *widget) const
    {
        for (FormField *field : editor->findChildren<FormField *>())
            if (field->input() == widget || field->input()->isAncestorOf(widget))
                return field;
        return nullptr;
    }

    void setText(const char *name, const QString &text) const
    {
        auto *edit = input<QLineEdit>(name);
        ASSERT_NE(edit, nullptr) << name;
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
    }

    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }

    FixedClock clock = test::fixedClock(); // 2026-06-15 12:00 UTC
    test::TempDatabase db;
    CompanyId lumenId;
    EventId rustId, goId, fairId;
    ContactId anaId, benId;
    std::unique_ptr<MainWindow> window;
    EventsPage *page = nullptr;
    EventEditor *editor = nullptr;
};

} // namespace

TEST_F(EventsPageTest, ModelPassesTheModelTesterWithCostsInTheHomeCurrencyAndPeopleMet)
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // 450.00 EUR + 120.00 GBP × 1.17 = 450.00 + 140.40 = 590.40 EUR.
    EXPECT_NEAR(cell(rustId, EventsModel::Cost, RecordTableModel::SortRole).toDouble(), 590.40, 1e-9);
    EXPECT_EQ(cell(rustId, EventsModel::Cost).toString(), EventsModel::moneyText(590.40, QStringLiteral("EUR")));
    EXPECT_TRUE(cell(rustId, EventsModel::Cost).toString().endsWith(QStringLiteral(" EUR")));
    EXPECT_EQ(cell(goId, EventsModel::Cost).toString(), QString()); // free
    // Shown in the event's own zone: 09:00 in Berlin, whatever the reader's zone.
    EXPECT_TRUE(cell(rustId, EventsModel::Start).toString().contains(QStringLiteral("09:00")));
    EXPECT_FALSE(cell(fairId, EventsModel::Start).toString().contains(QLatin1Char(':'))); // all day: a date
    EXPECT_EQ(cell(goId, EventsModel::Met).toString(), QStringLiteral("1"));
    EXPECT_EQ(cell(rustId, EventsModel::Met).toString(), QString());

    // Ana was met at RustConf after all: both rows follow.
    Contact ana = ContactStore(db.db(), clock).get(anaId).value();
    ana.metAt = rustId;
    ASSERT_TRUE(ContactStore(db.db(), clock).update(ana).ok());
    EXPECT_EQ(cell(rustId, EventsModel::Met).toString(), QStringLiteral("1"));
    EXPECT_EQ(cell(goId, EventsModel::Met).toString(), QString());

    Event more;
    more.name = QStringLiteral("Webinar");
    more.kind = EventKind::Webinar;
    more.start = utc(2026, 7, 1, 16);
    ASSERT_TRUE(events().insert(more).ok());
    EXPECT_EQ(model()->rowCount(), 4);
}

TEST_F(EventsPageTest, EditorShowsTimesInTheEventsZoneAndKeepsAllDayDatesPlain)
{
    page->showRecord(rustId.value);
    EXPECT_EQ(input<QLineEdit>("start")->text(), QStringLiteral("2026-09-10 09:00"));
    EXPECT_EQ(input<QLineEdit>("end")->text(), QStringLiteral("2026-09-11 17:00"));
    EXPECT_EQ(input<QComboBox>("timeZone")->currentText(), QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(editor->costTable()->rowCount(), 2);
    const bool readerInBerlinTime = QTimeZone::systemTimeZone().offsetFromUtc(utc(2026, 9, 10, 7)) == 7200;
    EXPECT_EQ(input<QLabel>("startLocal")->isVisibleTo(editor), !readerInBerlinTime); // "Your time: …"
    if (!readerInBerlinTime) { // the reader's own wall clock to the minute, without the seconds the C locale's short format has
        const QDateTime local = utc(2026, 9, 10, 7).toLocalTime();
        const QString text = input<QLabel>("startLocal")->text();
        EXPECT_TRUE(text.contains(QLocale().toString(local.date(), QLocale::ShortFormat))) << text.toStdString();
        EXPECT_FALSE(text.contains(local.toString(QStringLiteral("HH:mm:ss")))) << text.toStdString();
    }

    page->showRecord(fairId.value);
    EXPECT_TRUE(input<QCheckBox>("allDay")->isChecked());
    EXPECT_EQ(input<QLineEdit>("start")->text(), QStringLiteral("2025-11-20"));
    EXPECT_EQ(input<QLineEdit>("end")->text(), QStringLiteral("2025-11-20"));
    input<QCheckBox>("allDay")->setChecked(false); // the dates get a time to adjust
    EXPECT_EQ(input<QLineEdit>("start")->text(), QStringLiteral("2025-11-20 09:00"));
    EXPECT_TRUE(editor->isDirty());
    editor->revert();
    EXPECT_EQ(input<QLineEdit>("start")->text(), QStringLiteral("2025-11-20"));
}

TEST_F(EventsPageTest, AddThroughTheEditorShowsEachProblemAtItsFieldThenSaves)
{
    page->startNew();
    setText("name", QStringLiteral("PyCon DE"));
    input<QComboBox>("kind")->setCurrentIndex(input<QComboBox>("kind")->findData(int(EventKind::Conference)));
    input<QComboBox>("timeZone")->setCurrentText(QStringLiteral("Europe/Berlin"));
    setText("start", QStringLiteral("2026-04-20 09:00"));
    setText("end", QStringLiteral("2026-04-19 17:00"));
    setText("url", QStringLiteral("file:///etc/passwd"));
    EXPECT_FALSE(editor->save());
    FormField *urlField = fieldOf(input<QLineEdit>("url"));
    ASSERT_NE(urlField, nullptr);
    EXPECT_TRUE(urlField->error().contains(QStringLiteral("not a web address"))); // every problem at once
    FormField *endField = fieldOf(input<QLineEdit>("end"));
    ASSERT_NE(endField, nullptr);
    EXPECT_TRUE(endField->hasError());
    EXPECT_TRUE(endField->error().contains(QStringLiteral("before the start")));
    EXPECT_EQ(model()->rowCount(), 3);

    setText("end", QStringLiteral("2026-04-22 17:00"));
    setText("url", QStringLiteral("https://pycon.example/de"));
    editor->costTable()->addRow();
    auto *amount = editor->findChild<QLineEdit *>(QStringLiteral("costAmount"));
    ASSERT_NE(amount, nullptr);
    QTest::keyClicks(amount, QStringLiteral("-20"));
    EXPECT_FALSE(editor->save());
    FormField *costsField = fieldOf(editor->costTable());
    ASSERT_NE(costsField, nullptr);
    EXPECT_FALSE(endField->hasError());
    EXPECT_TRUE(costsField->hasError());
    EXPECT_TRUE(costsField->error().contains(QStringLiteral("negative")));
    EXPECT_TRUE(costsField->error().contains(QStringLiteral("row 1")));

    // Another currency needs its rate.
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("350"));
    auto *currency = editor->findChild<QLineEdit *>(QStringLiteral("costCurrency"));
    currency->clear();
    QTest::keyClicks(currency, QStringLiteral("gbp")); // upper-cased as typed
    EXPECT_EQ(currency->text(), QStringLiteral("GBP"));
    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(costsField->error().contains(QStringLiteral("rate")));
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("costRate")), QStringLiteral("1.2"));

    // Companies and people expected, picked by name; a company new to Foothold is made on save.
    auto *companies = editor->findChild<PickedRecordList *>(QStringLiteral("companies"));
    QTest::keyClicks(companies->picker(), QStringLiteral("Lumen"));
    QTest::keyClick(companies->picker(), Qt::Key_Return);
    QTest::keyClicks(companies->picker(), QStringLiteral("Acme Robotics"));
    QTest::keyClick(companies->picker(), Qt::Key_Return);
    ASSERT_EQ(companies->items().size(), 2);
    EXPECT_EQ(companies->items().at(0).id, lumenId.value);
    EXPECT_EQ(companies->items().at(1).id, 0);
    auto *people = editor->findChild<PickedRecordList *>(QStringLiteral("people"));
    QTest::keyClicks(people->picker(), QStringLiteral("Nobody Known"));
    QTest::keyClick(people->picker(), Qt::Key_Return);
    EXPECT_TRUE(people->items().isEmpty());
    EXPECT_TRUE(fieldOf(people)->hasError()); // no such contact, said at the field
    people->picker()->clear();
    QTest::keyClicks(people->picker(), QStringLiteral("ben okafor"));
    QTest::keyClick(people->picker(), Qt::Key_Return);
    ASSERT_EQ(people->items().size(), 1);
    EXPECT_EQ(people->items().first().id, benId.value);

    ASSERT_TRUE(editor->save());
    EXPECT_FALSE(costsField->hasError());
    EXPECT_EQ(model()->rowCount(), 4);
    const auto ids = events().findByName(QStringLiteral("PyCon DE"));
    ASSERT_EQ(ids.size(), 1);
    const Event saved = events().get(ids.first()).value();
    EXPECT_EQ(saved.start, utc(2026, 4, 20, 7)); // 09:00 in Berlin, summer time
    EXPECT_EQ(saved.end, utc(2026, 4, 22, 15));
    EXPECT_EQ(saved.timeZone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(saved.kind, EventKind::Conference);
    EXPECT_EQ(saved.url, QStringLiteral("https://pycon.example/de"));
    ASSERT_EQ(saved.costs.size(), 1);
    EXPECT_EQ(saved.costs.first(), (EventCost{CostCategory::Ticket, 35000, QStringLiteral("GBP"), 1.2, {}}));
    EXPECT_NEAR(cell(ids.first(), EventsModel::Cost, RecordTableModel::SortRole).toDouble(), 420.0, 1e-9); // 350 × 1.2
    const auto acme = CompanyStore(db.db(), clock).find(QStringLiteral("Acme Robotics")).value();
    ASSERT_TRUE(acme.has_value());
    EXPECT_EQ(saved.companies.size(), 2);
    EXPECT_EQ(saved.people, (QList<EventPerson>{{benId, EventPersonRole::Expected}}));
    EXPECT_EQ(page->currentId(), ids.first().value);

    undoStack()->undo(); // the event and the company made for it go together
    EXPECT_EQ(model()->rowCount(), 3);
    EXPECT_FALSE(CompanyStore(db.db(), clock).find(QStringLiteral("Acme Robotics")).value().has_value());
    undoStack()->redo();
    EXPECT_EQ(model()->rowCount(), 4);
}

TEST_F(EventsPageTest, AllDayEventsTakeDatesAndTimedEventsTakeTimes)
{
    page->startNew();
    setText("name", QStringLiteral("Hack Night"));
    setText("start", QStringLiteral("2026-07-01"));
    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(fieldOf(input<QLineEdit>("start"))->error().contains(QStringLiteral("All day")));
    input<QCheckBox>("allDay")->setChecked(true);
    setText("end", QStringLiteral("2026-07-02"));
    input<QComboBox>("timeZone")->setCurrentText(QStringLiteral("Mars/Olympus"));
    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(fieldOf(input<QComboBox>("timeZone"))->hasError());
    input<QComboBox>("timeZone")->setCurrentText(QStringLiteral("America/New_York"));
    ASSERT_TRUE(editor->save());
    const Event saved = events().get(events().findByName(QStringLiteral("Hack Night")).first()).value();
    EXPECT_TRUE(saved.allDay);
    // Dates, in no zone (core/domain/AllDay.h): the same on every machine.
    EXPECT_EQ(saved.start, utc(2026, 7, 1, 0));
    EXPECT_EQ(saved.end, QDateTime(QDate(2026, 7, 2), QTime(23, 59, 59), QTimeZone::utc())); // through the 2nd
    EXPECT_EQ(saved.timeZone, QStringLiteral("UTC"));
}

TEST_F(EventsPageTest, SearchAndFiltersByStatusKindDateRangeAndTag)
{
    auto *search = page->findChildren<QLineEdit *>().first();
    QTest::keyClicks(search, QStringLiteral("berlin"));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("RustConf")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("career"));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Career Fair")});
    search->clear();

    QComboBox *range = page->rangeFilter();
    range->setCurrentIndex(range->findData(EventsPage::Upcoming));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("RustConf")});
    range->setCurrentIndex(range->findData(EventsPage::Past));
    EXPECT_EQ(shownNames(), (QStringList{QStringLiteral("Career Fair"), QStringLiteral("Go Meetup")}));
    range->setCurrentIndex(range->findData(EventsPage::ThisYear));
    EXPECT_EQ(shownNames(), (QStringList{QStringLiteral("Go Meetup"), QStringLiteral("RustConf")}));
    range->setCurrentIndex(0);

    QComboBox *status = page->statusFilter();
    status->setCurrentIndex(status->findData(int(EventStatus::Attended)));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Go Meetup")});
    status->setCurrentIndex(0);
    QComboBox *kind = page->kindFilter();
    kind->setCurrentIndex(kind->findData(int(EventKind::CareerFair)));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Career Fair")});
    kind->setCurrentIndex(0);
    QComboBox *tag = page->tagFilter();
    EXPECT_EQ(tag->count(), 3); // any, go, rust
    tag->setCurrentIndex(tag->findData(QStringLiteral("rust")));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("RustConf")});
    tag->setCurrentIndex(0);
    EXPECT_EQ(shownNames().size(), 3);
}

TEST_F(EventsPageTest, DeleteThenUndoBringsTheEventBackWithTheSameIdAndWhoWasMetThere)
{
    page->showRecord(goId.value);
    page->deleteSelected();
    EXPECT_EQ(shownNames(), (QStringList{QStringLiteral("Career Fair"), QStringLiteral("RustConf")}));
    EXPECT_FALSE(ContactStore(db.db(), clock).get(anaId).value().metAt.isValid());
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(shownNames().size(), 3);
    EXPECT_EQ(events().get(goId).value().name, QStringLiteral("Go Meetup")); // the same id
    EXPECT_EQ(ContactStore(db.db(), clock).get(anaId).value().metAt, goId);
    EXPECT_EQ(cell(goId, EventsModel::Met).toString(), QStringLiteral("1"));
}

TEST_F(EventsPageTest, PeopleMetAndCompaniesExpectedAreLinksThatOpenTheirPages)
{
    page->showRecord(goId.value);
    RelatedList *related = editor->related();
    const QString anaLink = Navigator::urlFor(Entity::Contact, anaId.value).toString();
    ASSERT_TRUE(related->text().contains(anaLink));
    emit related->linkActivated(anaLink);
    EXPECT_EQ(window->currentPage(), PageId::Contacts);
    auto *contacts = qobject_cast<ContactsPage *>(window->page(PageId::Contacts));
    EXPECT_EQ(contacts->currentId(), anaId.value);

    window->context().navigator.openLink(Navigator::urlFor(Entity::Event, rustId.value)); // a link from elsewhere
    EXPECT_EQ(window->currentPage(), PageId::Events);
    EXPECT_EQ(editor->recordId(), rustId.value);
    EXPECT_TRUE(editor->related()->text().contains(QStringLiteral("Lumen · Sponsor")));
    const QString lumenLink = Navigator::urlFor(Entity::Company, lumenId.value).toString();
    emit editor->related()->linkActivated(lumenLink);
    EXPECT_EQ(window->currentPage(), PageId::Companies);
}

TEST_F(EventsPageTest, UndoOfAnEditShowsTheEventAsItWasInTheEditor)
{
    page->showRecord(goId.value);
    editor->costTable()->addRow();
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("costAmount")), QStringLiteral("15"));
    ASSERT_TRUE(editor->save());
    EXPECT_EQ(cell(goId, EventsModel::Cost).toString(), EventsModel::moneyText(15.0, QStringLiteral("EUR")));
    undoStack()->undo();
    EXPECT_EQ(cell(goId, EventsModel::Cost).toString(), QString());
    EXPECT_EQ(editor->costTable()->rowCount(), 0);
}

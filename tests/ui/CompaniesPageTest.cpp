#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"
#include "tests/support/TempDatabase.h"
#include "ui/editors/CompanyEditor.h"
#include "ui/models/CompaniesModel.h"
#include "ui/pages/CompaniesPage.h"
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
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class CompaniesPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        Company lumen;
        lumen.name = QStringLiteral("Lumen, Inc.");
        lumen.aliases = {QStringLiteral("Lumen Labs")};
        lumen.industry = QStringLiteral("Fintech");
        lumen.techStack = {QStringLiteral("Rust"), QStringLiteral("Postgres")};
        lumen.priority = CompanyPriority::High;
        lumenId = companies().insert(lumen).value();
        Company orbit;
        orbit.name = QStringLiteral("Orbit");
        orbit.industry = QStringLiteral("Games");
        orbit.priority = CompanyPriority::Low;
        orbitId = companies().insert(orbit).value();
        Company quill;
        quill.name = QStringLiteral("Quillstone");
        quill.industry = QStringLiteral("fintech"); // the same industry, spelt in lower case
        quillId = companies().insert(quill).value();

        Contact ana;
        ana.name = QStringLiteral("Ana Lima");
        ana.company = orbitId;
        anaId = ContactStore(db.db(), clock).insert(ana).value();
        Contact ben;
        ben.name = QStringLiteral("Ben Okafor");
        ben.company = lumenId;
        ben.prospect = true; // known of, not met
        ContactStore(db.db(), clock).insert(ben).value();
        JobApplication application;
        application.company = lumenId;
        application.role = QStringLiteral("Backend Engineer");
        application.stage = ApplicationStage::Interviewing;
        applicationId = ApplicationStore(db.db(), clock).insert(application).value();

        window = std::make_unique<MainWindow>(db.db(), clock);
        window->showPage(PageId::Companies);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        page = qobject_cast<CompaniesPage *>(window->page(PageId::Companies));
        ASSERT_NE(page, nullptr);
        editor = qobject_cast<CompanyEditor *>(page->editor());
        ASSERT_NE(editor, nullptr);
    }

    CompanyStore companies() { return CompanyStore(db.db(), clock); }
    CompaniesModel *model() const { return qobject_cast<CompaniesModel *>(page->proxy()->recordModel()); }

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < page->proxy()->rowCount(); ++row)
            names << page->proxy()->index(row, CompaniesModel::Name).data().toString();
        return names;
    }

    QString cell(CompanyId id, int column) const
    {
        return model()->index(model()->rowOf(id.value), column).data().toString();
    }

    template <typename T>
    T *input(const char *name) const
    {
        return editor->findChild<T *>(QLatin1String(name));
    }

    FormField *fieldOf(QWidget *input) const
    {
        for (FormField *field : editor->findChildren<FormField *>())
            if (field->input() == input || field->input()->isAncestorOf(input))
                return field;
        return nullptr;
    }

    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    CompanyId lumenId, orbitId, quillId;
    ContactId anaId;
    ApplicationId applicationId;
    std::unique_ptr<MainWindow> window;
    CompaniesPage *page = nullptr;
    CompanyEditor *editor = nullptr;
};

} // namespace

TEST_F(CompaniesPageTest, ModelPassesTheModelTesterAndCountsFollowChanges)
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(cell(lumenId, CompaniesModel::People), QStringLiteral("1"));
    EXPECT_EQ(cell(lumenId, CompaniesModel::OpenApplications), QStringLiteral("1"));
    EXPECT_EQ(cell(lumenId, CompaniesModel::Priority), QStringLiteral("Top target"));
    EXPECT_EQ(cell(lumenId, CompaniesModel::TechStack), QStringLiteral("Rust, Postgres"));
    EXPECT_EQ(cell(orbitId, CompaniesModel::People), QStringLiteral("1"));

    // Ana moves from Orbit to Lumen: both rows change, though the change names only the contact.
    Contact ana = ContactStore(db.db(), clock).get(anaId).value();
    ana.company = lumenId;
    ASSERT_TRUE(ContactStore(db.db(), clock).update(ana).ok());
    EXPECT_EQ(cell(lumenId, CompaniesModel::People), QStringLiteral("2"));
    EXPECT_EQ(cell(orbitId, CompaniesModel::People), QString());

    // A rejection closes the application.
    ASSERT_TRUE(ApplicationStore(db.db(), clock).moveTo(applicationId, ApplicationStage::Rejected, clock.today()).ok());
    EXPECT_EQ(cell(lumenId, CompaniesModel::OpenApplications), QString());

    ASSERT_TRUE(companies().findOrCreate(QStringLiteral("Zenith")).ok()); // inserted row by row
    EXPECT_EQ(model()->rowCount(), 4);
}

TEST_F(CompaniesPageTest, SizesSortByMagnitude)
{
    EXPECT_EQ(CompaniesModel::sizeRank(QStringLiteral("1,000+")), 1000);
    EXPECT_EQ(CompaniesModel::sizeRank(QStringLiteral("51-200")), 51);
    EXPECT_EQ(CompaniesModel::sizeRank(QStringLiteral("startup")), -1);
}

TEST_F(CompaniesPageTest, SearchMatchesAliasesIndustryAndStack)
{
    auto *search = page->findChildren<QLineEdit *>().first();
    QTest::keyClicks(search, QStringLiteral("lumen labs"));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Lumen, Inc.")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("postgres"));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Lumen, Inc.")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("games"));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Orbit")});
    search->clear();
    EXPECT_EQ(shownNames().size(), 3);
}

TEST_F(CompaniesPageTest, FiltersByPriorityIndustryAndPeopleIKnow)
{
    QComboBox *priority = page->priorityFilter();
    priority->setCurrentIndex(priority->findText(QStringLiteral("All targets")));
    EXPECT_EQ(shownNames(), (QStringList{QStringLiteral("Lumen, Inc."), QStringLiteral("Orbit")}));
    priority->setCurrentIndex(priority->findText(QStringLiteral("Maybe")));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Orbit")});
    priority->setCurrentIndex(0);

    QComboBox *industry = page->industryFilter();
    EXPECT_EQ(industry->count(), 3); // any, Fintech (either spelling), Games
    industry->setCurrentIndex(industry->findText(QStringLiteral("Fintech")));
    EXPECT_EQ(shownNames(), (QStringList{QStringLiteral("Lumen, Inc."), QStringLiteral("Quillstone")}));
    industry->setCurrentIndex(0);

    // Lumen's only person is a prospect: not someone I know.
    page->knownFilter()->setChecked(true);
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Orbit")});
    // Once I meet Ben, Lumen is a company where I know someone: the filter follows.
    const ContactId ben = ContactStore(db.db(), clock).findByName(QStringLiteral("Ben Okafor")).first();
    Contact met = ContactStore(db.db(), clock).get(ben).value();
    met.prospect = false;
    ASSERT_TRUE(ContactStore(db.db(), clock).update(met).ok());
    EXPECT_EQ(shownNames(), (QStringList{QStringLiteral("Lumen, Inc."), QStringLiteral("Orbit")}));
    page->knownFilter()->setChecked(false);
    EXPECT_EQ(shownNames().size(), 3);
}

TEST_F(CompaniesPageTest, AddThroughTheEditorShowsABadWebsiteAtItsFieldThenSaves)
{
    page->startNew();
    auto *name = input<QLineEdit>("name");
    auto *website = input<QLineEdit>("website");
    ASSERT_NE(name, nullptr);
    ASSERT_NE(website, nullptr);
    QTest::keyClicks(name, QStringLiteral("Harbor Robotics"));
    QTest::keyClicks(website, QStringLiteral("javascript:alert(1)"));
    QTest::keyClicks(input<QLineEdit>("stack"), QStringLiteral("C++, ROS, c++"));
    EXPECT_FALSE(input<QPushButton>("openWebsite")->isEnabled()); // never opened: not http(s)
    EXPECT_FALSE(editor->save());
    FormField *websiteField = fieldOf(website);
    ASSERT_NE(websiteField, nullptr);
    EXPECT_TRUE(websiteField->hasError());
    EXPECT_TRUE(websiteField->error().contains(QStringLiteral("javascript:alert(1)")));
    EXPECT_EQ(model()->rowCount(), 3);                          // nothing saved
    EXPECT_EQ(name->text(), QStringLiteral("Harbor Robotics")); // the edit stays

    website->clear();
    QTest::keyClicks(website, QStringLiteral("https://harbor.example"));
    EXPECT_TRUE(input<QPushButton>("openWebsite")->isEnabled());
    ASSERT_TRUE(editor->save());
    EXPECT_FALSE(websiteField->hasError());
    EXPECT_EQ(model()->rowCount(), 4);
    const auto id = companies().find(QStringLiteral("harbor robotics")).value();
    ASSERT_TRUE(id.has_value());
    const Company saved = companies().get(*id).value();
    EXPECT_EQ(saved.website, QStringLiteral("https://harbor.example"));
    EXPECT_EQ(saved.techStack, (QStringList{QStringLiteral("C++"), QStringLiteral("ROS")}));
    EXPECT_EQ(page->currentId(), id->value); // the new company is selected in the list

    undoStack()->undo();
    EXPECT_EQ(model()->rowCount(), 3);
    undoStack()->redo();
    EXPECT_EQ(model()->rowCount(), 4);
}

TEST_F(CompaniesPageTest, EditorShowsAliasesAndRenameKeepsTheOldNameAsAnAlias)
{
    page->showRecord(lumenId.value);
    EXPECT_EQ(editor->recordId(), lumenId.value);
    EXPECT_TRUE(input<QLabel>("aliases")->text().contains(QStringLiteral("Lumen Labs")));
    auto *name = input<QLineEdit>("name");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Lumen Financial"));
    ASSERT_TRUE(editor->save());
    const Company renamed = companies().get(lumenId).value();
    EXPECT_EQ(renamed.name, QStringLiteral("Lumen Financial"));
    EXPECT_TRUE(renamed.aliases.contains(QStringLiteral("Lumen, Inc.")));
    EXPECT_EQ(companies().find(QStringLiteral("Lumen Inc")).value(), std::optional<CompanyId>(lumenId));
    EXPECT_EQ(cell(lumenId, CompaniesModel::Name), QStringLiteral("Lumen Financial"));

    // A name another company has is refused at the field.
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Orbit"));
    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(fieldOf(name)->hasError());
}

TEST_F(CompaniesPageTest, DeleteThenUndoBringsTheCompanyBackWithTheSameIdAndItsPeople)
{
    page->showRecord(orbitId.value);
    page->deleteSelected();
    EXPECT_EQ(shownNames(), (QStringList{QStringLiteral("Lumen, Inc."), QStringLiteral("Quillstone")}));
    EXPECT_FALSE(ContactStore(db.db(), clock).get(anaId).value().company.isValid()); // Ana lost her company
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(shownNames(), (QStringList{QStringLiteral("Lumen, Inc."), QStringLiteral("Orbit"), QStringLiteral("Quillstone")}));
    EXPECT_EQ(companies().get(orbitId).value().name, QStringLiteral("Orbit")); // the same id
    EXPECT_EQ(ContactStore(db.db(), clock).get(anaId).value().company, orbitId);
    EXPECT_EQ(cell(orbitId, CompaniesModel::People), QStringLiteral("1"));
}

TEST_F(CompaniesPageTest, DeletingACompanyWithApplicationsIsRefusedAndExplained)
{
    page->showRecord(lumenId.value);
    page->deleteSelected();
    EXPECT_EQ(model()->rowCount(), 3); // nothing deleted
    EXPECT_TRUE(companies().get(lumenId).ok());
    auto *box = page->findChild<QMessageBox *>(QStringLiteral("deleteRefused"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->text().contains(QStringLiteral("Lumen, Inc.")));
    EXPECT_TRUE(box->text().contains(QStringLiteral("job applications belong to it")));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("Backend Engineer (Interviewing)")));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("move them to another company")));
    box->accept();
    QApplication::processEvents(); // the editor shows the company and why, once the list settles
    EXPECT_EQ(editor->recordId(), lumenId.value);
    EXPECT_TRUE(editor->findChild<RelatedList *>()->text().contains(QStringLiteral("Backend Engineer")));
    EXPECT_EQ(undoStack()->count(), 0); // nothing to undo: nothing happened

    // With Orbit also selected, neither goes.
    page->view()->selectAll();
    page->deleteSelected();
    EXPECT_EQ(model()->rowCount(), 3);
}

TEST_F(CompaniesPageTest, RelatedRecordsAreLinksThatOpenTheirPages)
{
    Event conf;
    conf.name = QStringLiteral("RustConf");
    conf.start = QDateTime(QDate(2026, 9, 1), QTime(9, 0), QTimeZone::utc());
    conf.companies = {{lumenId, EventCompanyRole::Sponsor}};
    const EventId confId = EventStore(db.db(), clock).insert(conf).value();
    page->showRecord(lumenId.value);
    RelatedList *related = editor->related();
    EXPECT_TRUE(related->text().contains(QStringLiteral("RustConf · Sponsor")));
    EXPECT_TRUE(related->text().contains(QStringLiteral("Ben Okafor")));
    const QString eventLink = Navigator::urlFor(Entity::Event, confId.value).toString();
    ASSERT_TRUE(related->text().contains(eventLink));
    emit related->linkActivated(eventLink); // what a click on the link does
    EXPECT_EQ(window->currentPage(), PageId::Events);
    auto *events = qobject_cast<EventsPage *>(window->page(PageId::Events));
    ASSERT_NE(events, nullptr);
    EXPECT_EQ(events->currentId(), confId.value);
    EXPECT_EQ(events->editor()->recordId(), confId.value);

    // And a link to a company from elsewhere lands on it.
    window->context().navigator.openLink(Navigator::urlFor(Entity::Company, quillId.value));
    EXPECT_EQ(window->currentPage(), PageId::Companies);
    EXPECT_EQ(page->currentId(), quillId.value);
}

TEST_F(CompaniesPageTest, UndoOfAnEditShowsTheRecordAsItWasInTheEditor)
{
    page->showRecord(orbitId.value);
    auto *industry = input<QLineEdit>("industry");
    industry->selectAll();
    QTest::keyClicks(industry, QStringLiteral("Esports"));
    ASSERT_TRUE(editor->save());
    EXPECT_EQ(cell(orbitId, CompaniesModel::Industry), QStringLiteral("Esports"));
    undoStack()->undo();
    EXPECT_EQ(cell(orbitId, CompaniesModel::Industry), QStringLiteral("Games"));
    EXPECT_EQ(industry->text(), QStringLiteral("Games")); // not the undone value, to be saved again by mistake
    EXPECT_FALSE(editor->isDirty());
}

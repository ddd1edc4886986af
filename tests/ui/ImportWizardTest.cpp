#include "core/services/BackupService.h"
#include "core/storage/ContactStore.h"
#include "core/storage/DuplicateStore.h"
#include "core/storage/EventStore.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDatabase.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/import/ImportFormat.h"
#include "ui/import/ImportPreviewView.h"
#include "ui/import/ImportRecordsModel.h"
#include "ui/import/ImportSummaryView.h"
#include "ui/import/ImportTask.h"
#include "ui/import/ImportWizard.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

QString fixture(const char *relative)
{
    return test::fixturePath(QStringLiteral("formats/") + QLatin1String(relative));
}

class ImportWizardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        window = std::make_unique<MainWindow>(db.db(), clock);
        window->show();
    }

    qint64 contactCount() { return ContactStore(db.db(), clock).count().value(); }
    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }
    QByteArray snapshot() { return BackupService(db.db(), clock).backup().value(); }

    ImportWizard *openWizard(const QString &path)
    {
        ImportWizard *wizard = ImportWizard::open(window->context(), window.get(), path);
        EXPECT_EQ(wizard->step(), ImportWizard::Step::Choose);
        return wizard;
    }
    // Clicks Preview (or Import) and waits for the worker (generously: the machine may be busy).
    static bool advanceTo(ImportWizard *wizard, ImportWizard::Step step)
    {
        wizard->nextButton()->click();
        return test::waitUntil([&] { return wizard->step() == step; }, 120000);
    }
    QStringList problems(ImportWizard *wizard) const
    {
        QStringList lines;
        for (int i = 0; i < wizard->preview()->problems()->count(); ++i)
            lines << wizard->preview()->problems()->item(i)->text();
        return lines;
    }
    // Runs a whole import through the wizard, returns the summary's headline.
    QString importThroughWizard(const QString &path)
    {
        ImportWizard *wizard = openWizard(path);
        EXPECT_TRUE(advanceTo(wizard, ImportWizard::Step::Preview));
        EXPECT_TRUE(advanceTo(wizard, ImportWizard::Step::Summary));
        const QString headline = wizard->summary()->headline()->text();
        wizard->nextButton()->click(); // Close
        return headline;
    }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST(ImportFormatTest, DetectsByContentThenByExtension)
{
    EXPECT_EQ(detectImportFormat(QStringLiteral("x.csv"), test::readFixture(QStringLiteral("formats/linkedin/connections-standard.csv"))),
              ImportFormat::LinkedIn);
    // UTF-16 with a byte-order mark, named as anything: the content decides.
    EXPECT_EQ(detectImportFormat(QStringLiteral("export.txt"), test::readFixture(QStringLiteral("formats/linkedin/connections-utf16.csv"))),
              ImportFormat::LinkedIn);
    EXPECT_EQ(detectImportFormat(QStringLiteral("a.txt"), test::readFixture(QStringLiteral("formats/vcard/v21-outlook.vcf"))), ImportFormat::VCard);
    EXPECT_EQ(detectImportFormat(QStringLiteral("a.txt"), test::readFixture(QStringLiteral("formats/ical/conference.ics"))), ImportFormat::Calendar);
    EXPECT_EQ(detectImportFormat(QStringLiteral("call.txt"), QByteArrayLiteral("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHi\n")),
              ImportFormat::Transcript);
    EXPECT_EQ(detectImportFormat(QStringLiteral("b"), QByteArrayLiteral("{\"format\": \"foothold-backup\", \"version\": 1}")), ImportFormat::Backup);
    EXPECT_EQ(detectImportFormat(QStringLiteral("people.vcf"), QByteArrayLiteral("nothing to see")), ImportFormat::VCard);
    EXPECT_EQ(detectImportFormat(QStringLiteral("notes.txt"), QByteArrayLiteral("nothing to see")), ImportFormat::Unknown);
}

TEST_F(ImportWizardTest, PreviewCountsEveryRecordThenImportsAsOneUndoStep)
{
    ImportWizard *wizard = openWizard(fixture("linkedin/connections-standard.csv"));
    EXPECT_EQ(wizard->format(), ImportFormat::LinkedIn);
    EXPECT_TRUE(wizard->detectedLabel()->text().contains(QLatin1String("LinkedIn")));

    ASSERT_TRUE(advanceTo(wizard, ImportWizard::Step::Preview));
    EXPECT_EQ(contactCount(), 0); // a preview changes nothing
    const ImportResult &preview = wizard->lastResult();
    EXPECT_EQ(preview.added, 4);
    EXPECT_EQ(preview.skipped, 1);
    EXPECT_TRUE(wizard->preview()->headline()->text().contains(QLatin1String("add 4, update 0, unchanged 0, skip 1")));
    ImportRecordsModel *model = wizard->preview()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model->rowCount(), 5); // every record listed, the skipped one with its line and why
    bool sawSkip = false;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ImportRecordsModel::ActionColumn).data().toString() == QLatin1String("Skip")) {
            sawSkip = true;
            EXPECT_EQ(model->index(row, ImportRecordsModel::LineColumn).data().toInt(), 8);
            EXPECT_FALSE(model->index(row, ImportRecordsModel::ReasonColumn).data().toString().isEmpty());
        }
    EXPECT_TRUE(sawSkip);
    // The filter shows one kind at a time.
    wizard->preview()->filter()->setCurrentIndex(wizard->preview()->filter()->findData(int(ImportAction::Added)));
    EXPECT_EQ(wizard->preview()->table()->model()->rowCount(), 4);

    ASSERT_TRUE(wizard->nextButton()->isEnabled());
    ASSERT_TRUE(advanceTo(wizard, ImportWizard::Step::Summary));
    EXPECT_EQ(wizard->summary()->headline()->text(),
              QStringLiteral("Imported connections-standard.csv: added 4, updated 0, unchanged 0, skipped 1."));
    EXPECT_TRUE(wizard->summary()->undoNote()->text().contains(QLatin1String("one step")));
    EXPECT_TRUE(wizard->summary()->details()->toPlainText().contains(QLatin1String("connections-standard.csv:8: skipped")));
    EXPECT_EQ(contactCount(), 4);
    // The UI's connection was told: the contacts list shows them.
    ASSERT_EQ(undoStack()->count(), 1);
    EXPECT_EQ(undoStack()->undoText(), QStringLiteral("Import connections-standard.csv"));

    QString undoError;
    QObject::connect(&window->context().writer, &UndoableWriter::failed, window.get(),
                     [&](const QString &, const Error &error) { undoError = error.message; });
    test::answerNextMessageBox(QMessageBox::Ok);
    undoStack()->undo();
    EXPECT_TRUE(undoError.isEmpty()) << undoError.toStdString();
    EXPECT_EQ(contactCount(), 0);
    undoStack()->redo();
    EXPECT_EQ(contactCount(), 4);
    wizard->nextButton()->click();
}

TEST_F(ImportWizardTest, RecordErrorsAreShownWithTheirLinesAndCanBeSkipped)
{
    const QString path = fixture("linkedin/connections-bad-rows.csv");
    ImportWizard *wizard = openWizard(path);
    ASSERT_TRUE(advanceTo(wizard, ImportWizard::Step::Preview));
    EXPECT_FALSE(wizard->lastResult().ok());
    EXPECT_FALSE(wizard->nextButton()->isEnabled()); // nothing can be imported as it is
    const QStringList lines = problems(wizard);
    EXPECT_TRUE(lines.contains(QStringLiteral("connections-bad-rows.csv:6: Connected On “31 Foo 2024” is not a date like 12 Mar 2024")))
        << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(QLatin1String("connections-bad-rows.csv:7: ")); }));
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(QLatin1String("connections-bad-rows.csv:8: ")); }));

    // Ticking the box previews again, with the bad records skipped.
    wizard->skipInvalidBox()->setChecked(true);
    ASSERT_TRUE(test::waitUntil([&] { return wizard->step() == ImportWizard::Step::Preview && wizard->lastResult().ok(); }, 120000));
    EXPECT_EQ(wizard->lastResult().added, 1);
    EXPECT_EQ(wizard->lastResult().skipped, 3);
    ASSERT_TRUE(wizard->nextButton()->isEnabled());
    ASSERT_TRUE(advanceTo(wizard, ImportWizard::Step::Summary));
    EXPECT_EQ(contactCount(), 1);
    EXPECT_TRUE(wizard->summary()->details()->toPlainText().contains(QLatin1String("connections-bad-rows.csv:6: skipped")));
    wizard->nextButton()->click();
}

// vCard cards with invalid values are record errors as LinkedIn's bad rows are: listed with their
// lines and reasons, nothing importable, and the checkbox skips them (listed) and imports the rest.
TEST_F(ImportWizardTest, VCardInvalidValuesAreErrorsThatTheCheckboxSkips)
{
    ImportWizard *wizard = openWizard(fixture("vcard/invalid-values.vcf"));
    EXPECT_EQ(wizard->format(), ImportFormat::VCard);
    ASSERT_TRUE(advanceTo(wizard, ImportWizard::Step::Preview));
    EXPECT_FALSE(wizard->lastResult().ok());
    EXPECT_FALSE(wizard->nextButton()->isEnabled());
    EXPECT_TRUE(wizard->preview()->headline()->text().contains(QLatin1String("3 error(s)")))
        << wizard->preview()->headline()->text().toStdString();
    const QStringList lines = problems(wizard);
    for (const char *expected : {"invalid-values.vcf:20: BDAY “1990-02-30” is not a date",
                                 "invalid-values.vcf:21: “notanemail” is not an e-mail address",
                                 "invalid-values.vcf:33: PHOTO is not valid base64",
                                 "invalid-values.vcf:12: warning: a birthday without a year (--0415) cannot be kept: left out"})
        EXPECT_TRUE(lines.contains(QString::fromUtf8(expected))) << expected << "\n" << lines.join(QLatin1Char('\n')).toStdString();

    wizard->skipInvalidBox()->setChecked(true);
    ASSERT_TRUE(test::waitUntil([&] { return wizard->step() == ImportWizard::Step::Preview && wizard->lastResult().ok(); }, 120000));
    EXPECT_EQ(wizard->lastResult().added, 3);
    EXPECT_EQ(wizard->lastResult().skipped, 2);
    // The preview lists the skipped cards with why.
    const ImportRecordsModel *model = wizard->preview()->model();
    QStringList skipped;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ImportRecordsModel::ActionColumn).data().toString() == QLatin1String("Skip"))
            for (int column = 0; column < model->columnCount(); ++column)
                skipped << model->index(row, column).data().toString();
    EXPECT_TRUE(skipped.contains(QStringLiteral("Cy Bad"))) << skipped.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(skipped.join(QLatin1Char('|')).contains(QStringLiteral("“notanemail” is not an e-mail address")));
    EXPECT_TRUE(skipped.contains(QStringLiteral("Ed Photo")));
    ASSERT_TRUE(advanceTo(wizard, ImportWizard::Step::Summary));
    EXPECT_EQ(contactCount(), 3);
    EXPECT_TRUE(wizard->summary()->details()->toPlainText().contains(QLatin1String("invalid-values.vcf:20: skipped")));
    wizard->nextButton()->click();
}

TEST_F(ImportWizardTest, AFileLevelErrorRefusesTheFileWithItsLine)
{
    ImportWizard *wizard = openWizard(fixture("vcard/missing-end.vcf"));
    EXPECT_EQ(wizard->format(), ImportFormat::VCard);
    ASSERT_TRUE(advanceTo(wizard, ImportWizard::Step::Preview));
    EXPECT_FALSE(wizard->lastResult().ok());
    const QStringList lines = problems(wizard);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(lines.first().startsWith(QLatin1String("missing-end.vcf:"))) << lines.first().toStdString();
    EXPECT_TRUE(lines.first().at(QStringLiteral("missing-end.vcf:").size()).isDigit()) << lines.first().toStdString();
    EXPECT_FALSE(wizard->nextButton()->isEnabled());
    EXPECT_EQ(contactCount(), 0);
    wizard->cancelButton()->click();
}

TEST_F(ImportWizardTest, CancelledImportLeavesTheDatabaseExactlyAsItWas)
{
    // Enough rows that the import is still running when Cancel is clicked.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Connections.csv"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < 20000; ++i)
            file.write(QStringLiteral("Person,Number%1,https://www.linkedin.com/in/p%1,,Company %2,Engineer,12 Mar 2024\n")
                           .arg(i)
                           .arg(i % 500)
                           .toUtf8());
    }
    Contact mine;
    mine.name = QStringLiteral("Someone Already Here");
    ASSERT_TRUE(ContactStore(db.db(), clock).insert(mine).ok());
    const QByteArray before = snapshot();

    ImportWizard *wizard = openWizard(path);
    ASSERT_TRUE(advanceTo(wizard, ImportWizard::Step::Preview));
    EXPECT_EQ(wizard->lastResult().added, 20000);
    wizard->nextButton()->click(); // Import
    ASSERT_EQ(wizard->step(), ImportWizard::Step::Working);
    wizard->cancelButton()->click();
    ASSERT_TRUE(test::waitUntil([&] { return wizard->step() == ImportWizard::Step::Summary; }, 120000));
    EXPECT_EQ(wizard->summary()->headline()->text(), QStringLiteral("Import cancelled: nothing was imported."));
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(undoStack()->count(), 0);
    wizard->nextButton()->click();
}

TEST_F(ImportWizardTest, ATaskCancelledBeforeItRunsChangesNothing)
{
    const QByteArray before = snapshot();
    ImportTask::Request request;
    request.format = ImportFormat::LinkedIn;
    request.bytes = test::readFixture(QStringLiteral("formats/linkedin/connections-standard.csv"));
    request.sourceName = QStringLiteral("Connections.csv");
    ImportTask task(db->path(), clock, request);
    task.cancel();
    task.start();
    ASSERT_TRUE(test::waitUntil([&] { return !task.isRunning(); }, 120000));
    QTest::qWait(20); // the queued finished() signal
    ASSERT_FALSE(task.result().ok());
    EXPECT_EQ(task.result().failure->code, Error::Code::Cancelled);
    EXPECT_TRUE(task.changeset().isEmpty());
    EXPECT_EQ(snapshot(), before);
}

TEST_F(ImportWizardTest, ICalendarEventsImportAndTheSecondRunIsUnchanged)
{
    EXPECT_TRUE(importThroughWizard(fixture("ical/conference.ics")).startsWith(QLatin1String("Imported conference.ics: added ")));
    const qint64 events = EventStore(db.db(), clock).list().size();
    EXPECT_GT(events, 0);
    // The same file again: the preview says everything is already here, and there is nothing to import.
    ImportWizard *wizard = openWizard(fixture("ical/conference.ics"));
    ASSERT_TRUE(advanceTo(wizard, ImportWizard::Step::Preview));
    EXPECT_EQ(wizard->lastResult().added, 0);
    EXPECT_EQ(wizard->lastResult().unchanged, events);
    EXPECT_FALSE(wizard->nextButton()->isEnabled());
    wizard->cancelButton()->click();
}

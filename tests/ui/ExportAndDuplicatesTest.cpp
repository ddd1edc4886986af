#include "core/services/BackupService.h"
#include "core/services/LinkedInImporter.h"
#include "core/services/VCardImporter.h"
#include "core/storage/ContactStore.h"
#include "core/storage/DuplicateStore.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDatabase.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/dialogs/DuplicatesDialog.h"
#include "ui/import/FileActions.h"
#include "ui/pages/TodayPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UiContext.h"
#include "ui/widgets/WelcomePanel.h"
#include "ui/import/ImportWizard.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class ExportAndDuplicatesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        window = std::make_unique<MainWindow>(db.db(), clock);
        window->show();
    }

    ImportResult importLinkedIn(const char *name)
    {
        ImportOptions options;
        options.sourceName = QLatin1String(name);
        return LinkedInImporter(db.db(), clock).import(test::readFixture(QStringLiteral("formats/linkedin/") + QLatin1String(name)), options);
    }
    qint64 contactCount() { return ContactStore(db.db(), clock).count().value(); }
    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }
    QByteArray readFile(const QString &path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(ExportAndDuplicatesTest, TheWelcomeButtonOpensTheWizardForLinkedIn)
{
    auto *today = qobject_cast<TodayPage *>(window->page(PageId::Today));
    ASSERT_NE(today, nullptr);
    ASSERT_TRUE(today->isShowingWelcome());
    ASSERT_TRUE(today->welcome()->importButton()->isEnabled());
    today->welcome()->importButton()->click();
    auto *wizard = window->findChild<ImportWizard *>();
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(wizard->isVisible());
    EXPECT_EQ(wizard->format(), ImportFormat::LinkedIn);
    wizard->cancelButton()->click();
}

TEST_F(ExportAndDuplicatesTest, TheFileMenuHasImportExportAndRestore)
{
    auto *import = window->findChild<QAction *>(QStringLiteral("importFile"));
    ASSERT_NE(import, nullptr);
    EXPECT_EQ(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    auto *exports = window->findChild<QMenu *>(QStringLiteral("exportMenu"));
    ASSERT_NE(exports, nullptr);
    EXPECT_EQ(exports->actions().size(), 5); // four exports and a separator
    EXPECT_NE(window->findChild<QAction *>(QStringLiteral("restoreBackup")), nullptr);
}

TEST_F(ExportAndDuplicatesTest, ExportedVCardsAndCsvAreReadBack)
{
    ASSERT_TRUE(importLinkedIn("connections-standard.csv").ok());
    ASSERT_EQ(contactCount(), 4);

    const QString vcf = dir.filePath(QStringLiteral("out.vcf"));
    ASSERT_TRUE(exportToFile(window->context(), ExportKind::VCard, vcf, {}, window.get()).ok());
    // The importer reads the export back: everyone is already here, unchanged.
    ImportOptions dry;
    dry.dryRun = true;
    dry.sourceName = QStringLiteral("out.vcf");
    const ImportResult back = VCardImporter(db.db(), clock).import(readFile(vcf), dry);
    ASSERT_TRUE(back.ok()) << back.failure->message.toStdString();
    EXPECT_EQ(back.unchanged, 4);
    EXPECT_EQ(back.added, 0);

    const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
    ASSERT_TRUE(exportToFile(window->context(), ExportKind::Csv, csv, QStringLiteral("contacts"), window.get()).ok());
    const QByteArray text = readFile(csv);
    EXPECT_TRUE(text.startsWith("\xEF\xBB\xBF")); // a BOM, for spreadsheets
    EXPECT_EQ(text.count("\r\n"), 5);              // header and four contacts
    EXPECT_TRUE(text.contains("José García"));
}

TEST_F(ExportAndDuplicatesTest, AFailedExportLeavesTheOldFileAsItWas)
{
    const QString path = dir.filePath(QStringLiteral("missing-dir/out.vcf"));
    EXPECT_FALSE(exportToFile(window->context(), ExportKind::VCard, path, {}, window.get()).ok());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ExportAndDuplicatesTest, ABackupRestoresAfterConfirmationAndNotWithout)
{
    ASSERT_TRUE(importLinkedIn("connections-standard.csv").ok());
    const QString backup = dir.filePath(QStringLiteral("backup.json"));
    ASSERT_TRUE(exportToFile(window->context(), ExportKind::Backup, backup, {}, window.get()).ok());
    const QByteArray fourPeople = BackupService(db.db(), clock).backup().value();
    ASSERT_TRUE(importLinkedIn("connections-later.csv").ok());
    ASSERT_EQ(contactCount(), 6);

    bool asked = false;
    const Status declined = restoreBackupFrom(window->context(), window.get(), backup, [&] { asked = true; return false; });
    EXPECT_TRUE(asked); // the database holds data: --replace semantics need a yes
    ASSERT_FALSE(declined.ok());
    EXPECT_EQ(declined.error().code, Error::Code::Cancelled);
    EXPECT_EQ(contactCount(), 6);

    ASSERT_TRUE(restoreBackupFrom(window->context(), window.get(), backup, [] { return true; }).ok());
    EXPECT_EQ(contactCount(), 4);
    EXPECT_EQ(BackupService(db.db(), clock).backup().value(), fourPeople);
    EXPECT_EQ(undoStack()->count(), 0);
}

TEST_F(ExportAndDuplicatesTest, MergingALikelyDuplicateIsUndoableAndDismissSticks)
{
    ASSERT_TRUE(importLinkedIn("connections-standard.csv").ok());
    const ImportResult later = importLinkedIn("connections-later.csv");
    ASSERT_TRUE(later.ok());
    ASSERT_EQ(later.duplicates.size(), 1); // the second Ana Lima, at Globex
    ASSERT_EQ(contactCount(), 6);

    DuplicatesDialog *dialog = DuplicatesDialog::showFor(window->context(), window.get());
    ASSERT_EQ(dialog->list()->topLevelItemCount(), 1);
    EXPECT_TRUE(dialog->list()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Ana Lima — ")));
    EXPECT_TRUE(dialog->list()->topLevelItem(0)->text(1).contains(QLatin1String("Globex")));
    const DuplicateCandidate pair = dialog->candidates().first();

    ASSERT_TRUE(dialog->mergeSelected(true).ok());
    EXPECT_EQ(contactCount(), 5);
    EXPECT_FALSE(ContactStore(db.db(), clock).get(pair.second).ok());
    EXPECT_EQ(dialog->list()->topLevelItemCount(), 0);
    ASSERT_EQ(undoStack()->count(), 1);

    undoStack()->undo(); // both back, the pair listed again (the list follows the change)
    EXPECT_EQ(contactCount(), 6);
    EXPECT_TRUE(ContactStore(db.db(), clock).get(pair.second).ok());
    EXPECT_TRUE(test::waitUntil([&] { return dialog->list()->topLevelItemCount() == 1; }));
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("duplicateDetails"))->text().contains(QLatin1String("Designer at Globex")));

    ASSERT_TRUE(dialog->dismissSelected().ok());
    EXPECT_EQ(dialog->list()->topLevelItemCount(), 0);
    EXPECT_EQ(contactCount(), 6);
    EXPECT_EQ(DuplicateStore(db.db(), clock).list(true).size(), 1);
    EXPECT_TRUE(DuplicateStore(db.db(), clock).list(true).first().dismissed);
    dialog->close();
}

TEST_F(ExportAndDuplicatesTest, AFileDroppedOnTheWindowOpensTheWizardOnIt)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(test::fixturePath(QStringLiteral("formats/vcard/v40.vcf")))});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    auto *wizard = window->findChild<ImportWizard *>();
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(wizard->format(), ImportFormat::VCard);
    EXPECT_TRUE(wizard->nextButton()->isEnabled());
    wizard->cancelButton()->click();
}

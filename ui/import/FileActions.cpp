#include "ui/import/FileActions.h"

#include "core/services/BackupService.h"
#include "core/services/Export.h"
#include "core/storage/Database.h"
#include "ui/import/DatabaseWorker.h"
#include "ui/import/ImportWizard.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"

#include <QAction>
#include <QDate>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QObject::tr(text);
}

QString documents(const QString &name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

void exportWithDialog(UiContext &context, QWidget *window, ExportKind kind, const QString &table)
{
    QString suggested;
    QString filter;
    switch (kind) {
    case ExportKind::VCard:
        suggested = QStringLiteral("foothold-contacts.vcf");
        filter = tr("vCards (*.vcf)");
        break;
    case ExportKind::Calendar:
        suggested = QStringLiteral("foothold-calendar.ics");
        filter = tr("iCalendar (*.ics)");
        break;
    case ExportKind::Csv:
        suggested = QStringLiteral("foothold-%1.csv").arg(table);
        filter = tr("CSV (*.csv)");
        break;
    case ExportKind::Backup:
        suggested = QStringLiteral("foothold-backup-%1.json").arg(QDate::currentDate().toString(Qt::ISODate));
        filter = tr("Foothold backup (*.json)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(window, tr("Export"), documents(suggested), filter);
    if (path.isEmpty())
        return;
    if (auto s = exportToFile(context, kind, path, table, window); !s)
        QMessageBox::warning(window, tr("Export"), QObject::tr("Nothing was written to %1: %2").arg(QDir::toNativeSeparators(path), s.error().message));
    else
        QMessageBox::information(window, tr("Export"), QObject::tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void exportCurrentList(UiContext &context, QWidget *window, const QString &current)
{
    QString table = current;
    if (!csvTables().contains(table)) {
        bool ok = false;
        table = QInputDialog::getItem(window, tr("Export CSV"), tr("Which list?"), csvTables(), 0, false, &ok);
        if (!ok)
            return;
    }
    exportWithDialog(context, window, ExportKind::Csv, table);
}

void restoreWithDialog(UiContext &context, QWidget *window)
{
    const QString path = QFileDialog::getOpenFileName(window, tr("Restore a backup"), documents(QString()),
                                                      tr("Foothold backup (*.json);;All files (*)"));
    if (!path.isEmpty())
        (void)restoreBackupFrom(context, window, path);
}

// Hands files dropped on the window to the import wizard.
class DropFilter final : public QObject {
public:
    DropFilter(UiContext &context, QWidget *window) : QObject(window), m_context(context), m_window(window) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_window)
            return false;
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (localFile(drag).isEmpty())
                return false;
            drag->acceptProposedAction();
            return true;
        }
        if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QString path = localFile(drop);
            if (path.isEmpty())
                return false;
            drop->acceptProposedAction();
            ImportWizard::open(m_context, m_window, path);
            return true;
        }
        return false;
    }

private:
    static QString localFile(const QDropEvent *event)
    {
        const QMimeData *mime = event->mimeData();
        if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
            return {};
        return mime->urls().first().toLocalFile();
    }

    UiContext &m_context;
    QWidget *m_window;
};

} // namespace

void addImportExportActions(QMenu *file, UiContext &context, QWidget *window, std::function<QString()> currentList)
{
    QAction *import = file->addAction(tr("&Import…"), window, [&context, window] { ImportWizard::open(context, window); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setObjectName(QStringLiteral("importFile"));
    import->setStatusTip(tr("Import LinkedIn connections, vCards or an iCalendar file, with a preview first"));

    QMenu *exports = file->addMenu(tr("&Export"));
    exports->setObjectName(QStringLiteral("exportMenu"));
    exports->addAction(tr("&vCard (all contacts)…"), window, [&context, window] { exportWithDialog(context, window, ExportKind::VCard, {}); });
    exports->addAction(tr("&iCalendar (events, interviews, follow-ups)…"), window,
                       [&context, window] { exportWithDialog(context, window, ExportKind::Calendar, {}); });
    exports->addAction(tr("&CSV of the current list…"), window,
                       [&context, window, currentList] { exportCurrentList(context, window, currentList ? currentList() : QString()); });
    exports->addSeparator();
    exports->addAction(tr("Full &backup (JSON)…"), window, [&context, window] { exportWithDialog(context, window, ExportKind::Backup, {}); });

    QAction *restore = file->addAction(tr("Restore bac&kup…"), window, [&context, window] { restoreWithDialog(context, window); });
    restore->setObjectName(QStringLiteral("restoreBackup"));
}

Status exportToFile(UiContext &context, ExportKind kind, const QString &path, const QString &table, QWidget *parent)
{
    auto bytes = std::make_shared<QByteArray>();
    const Clock *clock = &context.clock;
    Status read = DatabaseWorker::runBlocking(
        context.db.path(),
        [kind, table, bytes, clock](Database &db) -> Status {
            Result<QByteArray> out = QByteArray();
            switch (kind) {
            case ExportKind::VCard: out = exportVCards(db); break;
            case ExportKind::Calendar: out = exportCalendar(db, *clock); break;
            case ExportKind::Csv: out = exportCsv(db, table, CsvWriteOptions{true, true}); break; // BOM: spreadsheets read UTF-8 right
            case ExportKind::Backup: out = BackupService(db, *clock).backup(); break;
            }
            if (!out)
                return out.error();
            *bytes = *out;
            return {};
        },
        tr("Export"), tr("Exporting…"), parent);
    if (!read)
        return read;
    // QSaveFile writes beside and renames on commit: an existing file stays whole if anything fails.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error::io(file.errorString());
    return {};
}

Status restoreBackupFrom(UiContext &context, QWidget *parent, const QString &path, const std::function<bool()> &confirm)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const Error error = Error::io(QObject::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        QMessageBox::warning(parent, tr("Restore backup"), error.message);
        return error;
    }
    const QByteArray bytes = file.readAll();
    auto holds = BackupService(context.db, context.clock).holdsData();
    const bool replace = holds.ok() && *holds;
    if (replace) {
        bool yes = false;
        if (confirm) {
            yes = confirm();
        } else {
            QMessageBox box(QMessageBox::Warning, tr("Restore backup"),
                            QObject::tr("Replace everything in this database with the backup %1?").arg(QFileInfo(path).fileName()), QMessageBox::Cancel,
                            parent);
            box.setInformativeText(tr("Every contact, company, event, conversation, interview, application and follow-up here now "
                                      "is deleted and the backup's records take their place. This cannot be undone; make a "
                                      "backup first (File › Export › Full backup) if you may want today's data back."));
            QPushButton *yesButton = box.addButton(tr("Replace everything"), QMessageBox::DestructiveRole);
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            yes = box.clickedButton() == yesButton;
        }
        if (!yes)
            return Error{Error::Code::Cancelled, tr("not restored"), {}, {}};
    }
    const Clock *clock = &context.clock;
    const QString name = QFileInfo(path).fileName();
    Status status = DatabaseWorker::runBlocking(
        context.db.path(), [bytes, name, replace, clock](Database &db) { return BackupService(db, *clock).restore(bytes, name, replace); },
        tr("Restore backup"), tr("Restoring %1…").arg(name), parent);
    if (!status) {
        QMessageBox::warning(parent, tr("Restore backup"), QObject::tr("Nothing was changed: %1").arg(status.error().toString()));
        return status;
    }
    // Every row may have changed under the models and under the undo history.
    context.writer.stack()->clear();
    context.db.announceReset();
    if (!confirm)
        QMessageBox::information(parent, tr("Restore backup"), QObject::tr("Restored %1.").arg(name));
    return {};
}

void acceptImportDrops(QWidget *window, UiContext &context)
{
    window->setAcceptDrops(true);
    window->installEventFilter(new DropFilter(context, window));
}

} // namespace foothold

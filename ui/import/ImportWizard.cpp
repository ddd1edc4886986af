#include "ui/import/ImportWizard.h"

#include "core/storage/Database.h"
#include "ui/dialogs/DuplicatesDialog.h"
#include "ui/import/FileActions.h"
#include "ui/import/ImportPreviewView.h"
#include "ui/import/ImportSummaryView.h"
#include "ui/import/ImportTask.h"
#include "ui/shell/UiContext.h"
#include "ui/talk/TalkDialogs.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace foothold {

ImportWizard::ImportWizard(UiContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_pages(new QStackedWidget(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Choose file…"), this)), m_format(new QComboBox(this)), m_detected(new QLabel(this)),
      m_about(new QLabel(this)), m_other(new QPushButton(this)),
      m_skipInvalid(new QCheckBox(tr("S&kip records with errors (list them, import the rest)"), this)),
      m_workLabel(new QLabel(this)), m_progress(new QProgressBar(this)), m_preview(new ImportPreviewView(this)),
      m_summary(new ImportSummaryView(this)), m_back(new QPushButton(tr("< &Back"), this)), m_next(new QPushButton(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_poll(new QTimer(this))
{
    setWindowTitle(tr("Import"));
    setObjectName(QStringLiteral("importWizard"));
    m_pages->addWidget(buildChoosePage());
    m_pages->addWidget(buildWorkingPage());
    m_pages->addWidget(m_preview);
    m_pages->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_skipInvalid);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    m_skipInvalid->setToolTip(tr("Without this, one record with an error stops the whole import and nothing is imported"));
    m_next->setDefault(true);
    m_next->setAutoDefault(true);

    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &ImportWizard::pollProgress);
    connect(m_browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_filePath)
            setFile(m_path->text());
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportWizard::updateChoose);
    connect(m_other, &QPushButton::clicked, this, &ImportWizard::openOther);
    connect(m_next, &QPushButton::clicked, this, &ImportWizard::next);
    connect(m_back, &QPushButton::clicked, this, &ImportWizard::back);
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::reject);
    connect(m_skipInvalid, &QCheckBox::toggled, this, [this] {
        if (step() == Step::Preview)
            startTask(true); // the preview follows the choice
    });
    connect(m_summary, &ImportSummaryView::duplicatesRequested, this, [this] { DuplicatesDialog::showFor(m_context, parentWidget()); });
    resize(820, 560);
    showStep(Step::Choose);
}

ImportWizard::~ImportWizard() = default;

QWidget *ImportWizard::buildChoosePage()
{
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("Import contacts or events"), page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    auto *intro = new QLabel(tr("Choose a file, or drop it on the main window. Nothing changes until you have seen the preview "
                                "and clicked Import; people already here are updated, not added twice."),
                             page);
    intro->setWordWrap(true);

    m_path->setPlaceholderText(tr("Connections.csv, contacts.vcf, schedule.ics…"));
    m_path->setAccessibleName(tr("File to import"));
    m_path->setClearButtonEnabled(true);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    for (ImportFormat f : {ImportFormat::LinkedIn, ImportFormat::VCard, ImportFormat::Calendar})
        m_format->addItem(importFormatLabel(f), int(f));
    m_format->setAccessibleName(tr("Read the file as"));
    m_detected->setWordWrap(true);
    m_detected->setObjectName(QStringLiteral("detectedFormat"));
    m_about->setWordWrap(true);
    m_about->setForegroundRole(QPalette::PlaceholderText);
    m_about->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_path); // a row holding a layout gets no buddy of its own
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Read as:"), m_format);
    form->addRow(QString(), m_detected);
    auto *otherRow = new QHBoxLayout;
    otherRow->addWidget(m_other);
    otherRow->addStretch();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addLayout(otherRow);
    layout->addSpacing(8);
    layout->addWidget(m_about);
    layout->addStretch();
    return page;
}

QWidget *ImportWizard::buildWorkingPage()
{
    auto *page = new QWidget(this);
    m_workLabel->setWordWrap(true);
    m_progress->setAccessibleName(tr("Progress"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_workLabel);
    layout->addWidget(m_progress);
    layout->addStretch(2);
    return page;
}

ImportWizard *ImportWizard::open(UiContext &context, QWidget *parent, const QString &path, ImportFormat format)
{
    auto *wizard = new ImportWizard(context, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    if (format != ImportFormat::Unknown)
        wizard->setFormat(format);
    if (!path.isEmpty())
        wizard->setFile(path);
    wizard->show();
    return wizard;
}

void ImportWizard::setFormat(ImportFormat format)
{
    const int index = m_format->findData(int(format));
    if (index >= 0)
        m_format->setCurrentIndex(index);
    updateChoose();
}

ImportFormat ImportWizard::format() const
{
    return static_cast<ImportFormat>(m_format->currentData().toInt());
}

ImportWizard::Step ImportWizard::step() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

void ImportWizard::chooseFile()
{
    QString filter;
    switch (format()) {
    case ImportFormat::VCard: filter = tr("vCards (*.vcf *.vcard);;"); break;
    case ImportFormat::Calendar: filter = tr("Calendars (*.ics *.ical);;"); break;
    default: filter = tr("LinkedIn connections (*.csv);;"); break;
    }
    filter += tr("Files Foothold imports (*.csv *.vcf *.vcard *.ics *.ical);;All files (*)");
    const QString start = m_filePath.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) : m_filePath;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a file"), start, filter);
    if (!path.isEmpty())
        setFile(path);
}

bool ImportWizard::setFile(const QString &path)
{
    m_filePath = path;
    m_path->setText(QDir::toNativeSeparators(path));
    m_sourceName = QFileInfo(path).fileName();
    m_bytes.clear();
    m_detectedFormat = ImportFormat::Unknown;
    m_readError.clear();
    QFile file(path);
    bool ok = false;
    if (path.isEmpty()) {
        m_detected->clear();
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_readError = tr("Cannot read %1: %2").arg(m_sourceName, file.errorString());
    } else if (m_bytes = file.readAll(); m_bytes.isEmpty()) {
        m_readError = tr("%1 is empty.").arg(m_sourceName);
    } else {
        ok = true;
        m_detectedFormat = detectImportFormat(path, m_bytes);
        const int index = m_format->findData(int(m_detectedFormat));
        if (index >= 0)
            m_format->setCurrentIndex(index);
    }
    updateChoose();
    return ok;
}

void ImportWizard::updateChoose()
{
    m_other->hide();
    QString detected;
    QColor colour;
    if (!m_readError.isEmpty()) {
        colour = errorColor(palette());
        detected = m_readError;
    } else if (!m_filePath.isEmpty()) {
        switch (m_detectedFormat) {
        case ImportFormat::Transcript:
            detected = tr("This looks like a meeting transcript: File › Import transcript… reads it as a conversation.");
            m_other->setText(tr("Open &transcript import…"));
            m_other->show();
            break;
        case ImportFormat::Backup:
            detected = tr("This is a Foothold backup: File › Restore backup… puts it back.");
            m_other->setText(tr("&Restore this backup…"));
            m_other->show();
            break;
        case ImportFormat::Unknown:
            detected = tr("Foothold could not tell what this file is; it will be read as chosen above.");
            colour = warningColor(palette());
            break;
        default:
            detected = m_detectedFormat == format() ? tr("Detected: %1.").arg(importFormatLabel(m_detectedFormat))
                                                    : tr("Detected: %1; read as %2 as you chose.")
                                                          .arg(importFormatLabel(m_detectedFormat), importFormatLabel(format()));
            colour = m_detectedFormat == format() ? okColor(palette()) : warningColor(palette());
            break;
        }
    }
    m_detected->setText(detected);
    m_detected->setStyleSheet(colour.isValid() ? QStringLiteral("color: %1").arg(colour.name()) : QString());
    QString about = tr("Imports %1.").arg(importFormatContents(format()));
    if (format() == ImportFormat::LinkedIn)
        about += QLatin1Char(' ') + tr("To get the file: on LinkedIn, Me › Settings & Privacy › Data privacy › Get a copy of your data, "
                                       "choose Connections; the archive LinkedIn e-mails you holds Connections.csv.");
    m_about->setText(about);
    if (step() == Step::Choose)
        m_next->setEnabled(!m_bytes.isEmpty() && m_detectedFormat != ImportFormat::Transcript && m_detectedFormat != ImportFormat::Backup);
}

void ImportWizard::openOther()
{
    const ImportFormat other = m_detectedFormat;
    const QString path = m_filePath;
    UiContext &context = m_context;
    QWidget *window = parentWidget();
    QDialog::reject();
    if (other == ImportFormat::Transcript)
        openTranscriptImport(context, window);
    else if (other == ImportFormat::Backup)
        (void)restoreBackupFrom(context, window, path);
}

void ImportWizard::showStep(Step step)
{
    m_pages->setCurrentIndex(int(step));
    m_back->setVisible(step == Step::Preview);
    m_skipInvalid->setVisible(step == Step::Choose || step == Step::Preview);
    m_cancel->setText(step == Step::Summary ? tr("Close") : tr("Cancel"));
    m_cancel->setVisible(step != Step::Summary);
    switch (step) {
    case Step::Choose:
        m_next->setText(tr("&Preview >"));
        m_next->show();
        updateChoose();
        break;
    case Step::Working:
        m_next->hide();
        break;
    case Step::Preview:
        m_next->setText(tr("&Import"));
        m_next->show();
        m_next->setEnabled(m_result.ok() && m_result.added + m_result.updated > 0);
        break;
    case Step::Summary:
        m_next->setText(tr("&Close"));
        m_next->show();
        m_next->setEnabled(true);
        break;
    }
    if (m_next->isVisible() && m_next->isEnabled())
        m_next->setFocus();
}

void ImportWizard::next()
{
    switch (step()) {
    case Step::Choose: startTask(true); break;
    case Step::Preview: startTask(false); break;
    case Step::Summary: accept(); break;
    case Step::Working: break;
    }
}

void ImportWizard::back()
{
    if (step() == Step::Preview)
        showStep(Step::Choose);
}

void ImportWizard::startTask(bool dryRun)
{
    ImportTask::Request request;
    request.format = format();
    request.bytes = m_bytes;
    request.sourceName = m_sourceName;
    request.dryRun = dryRun;
    request.skipInvalid = m_skipInvalid->isChecked();
    m_task = std::make_unique<ImportTask>(m_context.db.path(), m_context.clock, std::move(request));
    connect(m_task.get(), &ImportTask::finished, this, &ImportWizard::taskFinished);
    m_workLabel->setText(dryRun ? tr("Reading %1 and working out what would change…").arg(m_sourceName)
                                : tr("Importing %1…").arg(m_sourceName));
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    showStep(Step::Working);
    m_task->start();
    m_poll->start();
}

void ImportWizard::pollProgress()
{
    if (!m_task)
        return;
    const qint64 total = m_task->total();
    if (total > 0) {
        m_progress->setRange(0, int(qMin<qint64>(total, 1 << 30)));
        m_progress->setValue(int(qMin<qint64>(m_task->done(), 1 << 30)));
    }
}

void ImportWizard::cancelWork()
{
    if (!m_task)
        return;
    m_task->cancel();
    m_workLabel->setText(tr("Cancelling… nothing will be changed."));
    m_cancel->setEnabled(false);
}

void ImportWizard::taskFinished()
{
    m_poll->stop();
    // Deleted later: this runs inside the task's finished() signal.
    ImportTask *task = m_task.release();
    task->deleteLater();
    m_result = task->result();
    m_cancel->setEnabled(true);
    if (task->request().dryRun) {
        if (task->isCancelled()) { // the user stopped the preview: back to choosing
            showStep(Step::Choose);
            return;
        }
        m_preview->showResult(m_result, m_sourceName, task->request().skipInvalid);
        showStep(Step::Preview);
        return;
    }
    bool undoable = false;
    if (m_result.ok() && m_result.committed) {
        // Another connection wrote the rows: this one tells the models, and the undo stack gets the
        // whole import as one step (a changeset applies to the file, whichever connection made it).
        m_context.writer.pushRecorded(tr("Import %1").arg(m_sourceName), task->changeset());
        undoable = !task->changeset().isEmpty();
        m_context.db.announceReset();
    }
    m_summary->showResult(m_result, m_sourceName, task->isCancelled(), undoable);
    showStep(Step::Summary);
}

void ImportWizard::reject()
{
    if (m_task) {
        // While working, Cancel and Escape cancel the work; the wizard stays to say how it ended
        // (an import may have committed just before it saw the cancel: that is then undoable).
        cancelWork();
        return;
    }
    QDialog::reject();
}

} // namespace foothold

#pragma once

#include "core/services/ImportTypes.h"
#include "ui/import/ImportFormat.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace foothold {

class ImportPreviewView;
class ImportSummaryView;
class ImportTask;
struct UiContext;

// File › Import… (Ctrl+I), a file dropped on the window, or the welcome page's LinkedIn button.
// Four steps: choose a file (its format is detected and shown; it can be overridden); the preview
// (the core importer's dry run on a worker thread: what will be added, updated, unchanged and
// skipped, and why; errors as FILE:LINE); the import itself on a worker thread with progress and
// Cancel (cancel rolls back: the database as before); a summary. The import is recorded on the
// worker's connection and pushed on the window's undo stack as one step. Parsing and matching are
// the core's (LinkedInImporter, VCardImporter, CalendarImporter); the wizard only shows them.
class ImportWizard final : public QDialog {
    Q_OBJECT
public:
    enum class Step { Choose, Working, Preview, Summary };

    ImportWizard(UiContext &context, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Reads the file and detects its format (shown on the first step). False when unreadable.
    bool setFile(const QString &path);
    // Presets the format (the welcome page's LinkedIn button) before a file is chosen.
    void setFormat(ImportFormat format);
    [[nodiscard]] ImportFormat format() const;

    [[nodiscard]] Step step() const;
    [[nodiscard]] QCheckBox *skipInvalidBox() const { return m_skipInvalid; }
    [[nodiscard]] QPushButton *nextButton() const { return m_next; }
    [[nodiscard]] QPushButton *backButton() const { return m_back; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QLabel *detectedLabel() const { return m_detected; }
    [[nodiscard]] ImportPreviewView *preview() const { return m_preview; }
    [[nodiscard]] ImportSummaryView *summary() const { return m_summary; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    // The last preview's or import's result.
    [[nodiscard]] const ImportResult &lastResult() const { return m_result; }

    // Opens a wizard (window-modal, deleted on close) and returns it.
    static ImportWizard *open(UiContext &context, QWidget *parent, const QString &path = {}, ImportFormat format = ImportFormat::Unknown);

public slots:
    void reject() override;

private:
    QWidget *buildChoosePage();
    QWidget *buildWorkingPage();
    void chooseFile();
    void updateChoose();
    void next();
    void back();
    void cancelWork();
    void startTask(bool dryRun);
    void taskFinished();
    void pollProgress();
    void showStep(Step step);
    void openOther();

    UiContext &m_context;
    QStackedWidget *m_pages;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_format;
    QLabel *m_detected;
    QLabel *m_about;
    QPushButton *m_other;
    QCheckBox *m_skipInvalid;
    QLabel *m_workLabel;
    QProgressBar *m_progress;
    ImportPreviewView *m_preview;
    ImportSummaryView *m_summary;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
    QTimer *m_poll;

    QString m_filePath;
    QString m_sourceName;
    QString m_readError;
    QByteArray m_bytes;
    ImportFormat m_detectedFormat = ImportFormat::Unknown;
    std::unique_ptr<ImportTask> m_task;
    ImportResult m_result;
};

} // namespace foothold

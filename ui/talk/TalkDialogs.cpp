#include "ui/talk/TalkDialogs.h"

#include "core/util/Settings.h"
#include "ui/talk/TalkTimerDialog.h"
#include "ui/talk/TranscriptImportDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace foothold {

void openTalkTimer(UiContext &context, QWidget *parent)
{
    auto *dialog = new TalkTimerDialog(context, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void openTranscriptImport(UiContext &context, QWidget *parent)
{
    // The folder of the last transcript is where the next one is likely to be (a downloads folder).
    QString folder = settingValue(settings::LastTranscriptFolder);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getOpenFileName(parent, QObject::tr("Import transcript"), folder,
                                                      QObject::tr("Transcripts (*.vtt *.srt *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    setSettingValue(settings::LastTranscriptFolder, QFileInfo(path).absolutePath());
    auto bytes = TranscriptImportDialog::readFile(path);
    if (!bytes) {
        QMessageBox::warning(parent, QObject::tr("Import transcript"), bytes.error().toString());
        return;
    }
    auto *dialog = new TranscriptImportDialog(context, *bytes, path, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace foothold

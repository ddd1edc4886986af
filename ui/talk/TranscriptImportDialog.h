#pragma once

#include "core/services/TranscriptImport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace foothold {

class DateField;
class FormField;
class ParticipantsLineEdit;
struct UiContext;

// Imports a meeting transcript as a conversation: shows what was read (format, encoding, timing,
// every FILE:LINE problem), the speakers with their time and words, and lets the user tick which
// speaker is them (proposed from the names remembered in settings::MySpeakerNames); the measures
// follow each change; Save stores the conversation with its talk balance (source transcript)
// through the undoable writer and remembers the name. docs/TALK.md defines what is read and measured.
class TranscriptImportDialog final : public QDialog {
    Q_OBJECT
public:
    TranscriptImportDialog(UiContext &context, const QByteArray &bytes, const QString &fileName, QWidget *parent = nullptr);
    ~TranscriptImportDialog() override;

    // Reads a transcript file (at most 256 MB); errors name the file.
    static Result<QByteArray> readFile(const QString &path);

    [[nodiscard]] const TranscriptAnalysis &analysis() const { return m_analysis; }
    [[nodiscard]] QStringList me() const;      // the ticked speakers
    void setMe(const QStringList &speakers);   // ticks exactly these (as written in the transcript)
    [[nodiscard]] QTableWidget *speakersTable() const { return m_speakers; }
    [[nodiscard]] QListWidget *diagnostics() const { return m_diagnostics; }
    [[nodiscard]] QLabel *measuresLabel() const { return m_measures; }
    [[nodiscard]] ParticipantsLineEdit *participants() const { return m_participants; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] DateField *dateField() const { return m_date; }
    [[nodiscard]] QCheckBox *skipBadCues() const { return m_skip; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }

    // Validates and saves; on success the dialog is accepted. Errors are shown (and returned).
    Result<ConversationId> save();

signals:
    void saved(qint64 conversationId);

private:
    // Measures with `me` as the user; with none given and `propose`, from the remembered names.
    void analyse(const QStringList &me, bool propose);
    void fillSpeakers();
    void showMeasures();
    void onSpeakerTicked();

    UiContext &m_context;
    Transcript m_transcript;
    TranscriptAnalysis m_analysis;
    QStringList m_remembered;
    QLabel *m_summary;
    QListWidget *m_diagnostics;
    QCheckBox *m_skip;
    QTableWidget *m_speakers;
    QLabel *m_proposal;
    QLabel *m_measures;
    ParticipantsLineEdit *m_participants;
    FormField *m_participantsField;
    QComboBox *m_kind;
    QComboBox *m_channel;
    DateField *m_date;
    FormField *m_dateField;
    QLabel *m_error;
    QPushButton *m_save;
    bool m_filling = false;
};

} // namespace foothold

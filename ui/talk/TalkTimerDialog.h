#pragma once

#include "core/analytics/TalkTimer.h"
#include "core/domain/Conversation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace foothold {

class DateField;
class FormField;
class ParticipantsLineEdit;
class TalkGauge;
struct UiContext;

// The live talk timer: two large controls, "I'm talking" and "They're talking", and the keys
// (hold Space while I speak; M me, T them, N nobody, P pause and resume) feed core's TalkTimer with
// the context's clock; the gauge shows my share against the target of the chosen kind as it goes.
// Save stores the conversation (participants, kind, channel, date) with its talk balance
// (source timer) through the undoable writer; with `existing` set, it gives that conversation the
// timed balance instead. Keys work wherever the focus is, except while typing in a text field.
class TalkTimerDialog final : public QDialog {
    Q_OBJECT
public:
    struct Preset {
        ConversationId existing;            // time this conversation (update) rather than add one
        QList<ContactId> contacts;
        std::optional<ConversationKind> kind;
    };

    TalkTimerDialog(UiContext &context, const Preset &preset, QWidget *parent = nullptr);
    explicit TalkTimerDialog(UiContext &context, QWidget *parent = nullptr) : TalkTimerDialog(context, Preset{}, parent) {}
    ~TalkTimerDialog() override;

    [[nodiscard]] const ClockedTalkTimer &timer() const { return m_timer; }
    [[nodiscard]] TalkTimerReading reading() const { return m_timer.reading(); }
    [[nodiscard]] TalkGauge *gauge() const { return m_gauge; }
    [[nodiscard]] ParticipantsLineEdit *participants() const { return m_participants; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] DateField *dateField() const { return m_date; }
    [[nodiscard]] QPushButton *meButton() const { return m_me; }
    [[nodiscard]] QPushButton *themButton() const { return m_them; }
    [[nodiscard]] QPushButton *pauseButton() const { return m_pause; }

    // Validates and saves; on success the dialog is accepted and the id returned. Errors are shown
    // at their fields (and returned); the timing goes on.
    Result<ConversationId> save();

public slots:
    void meSpeaking();
    void themSpeaking();
    void nobodySpeaking();
    void togglePause();
    // Re-reads the timer into the labels and the gauge (a timer calls it a few times a second).
    void refresh();

signals:
    void saved(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void reject() override;

private:
    bool handleKey(QKeyEvent *event);
    void started();
    void updateBand();

    UiContext &m_context;
    Preset m_preset;
    ClockedTalkTimer m_timer;
    QDateTime m_startedAt;  // when the first speaker was pressed: the conversation's time
    ParticipantsLineEdit *m_participants;
    FormField *m_participantsField;
    QComboBox *m_kind;
    QComboBox *m_channel;
    DateField *m_date;
    FormField *m_dateField;
    QPushButton *m_me;
    QPushButton *m_them;
    QPushButton *m_nobody;
    QPushButton *m_pause;
    QLabel *m_elapsed;
    QLabel *m_state;
    QLabel *m_details;
    QLabel *m_error;
    TalkGauge *m_gauge;
    QTimer *m_tick;
    bool m_saved = false;
};

} // namespace foothold

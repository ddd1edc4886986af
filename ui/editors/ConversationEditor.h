#pragma once

#include "core/domain/Conversation.h"
#include "core/storage/ChangeNotifier.h"
#include "ui/editors/RecordEditor.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace foothold {

class ApplicationChoice;
class DateField;
class EventChoice;
class ParticipantsField;
class RelatedList;
class TalkBalanceField;

// A conversation: when, what kind, how, with whom, how long, how much I spoke (estimated here or
// measured by the timer or a transcript), the questions asked, notes and next step, and the event
// or application it belongs to. Below: links to everything related and "Add follow-up".
class ConversationEditor final : public RecordEditor {
    Q_OBJECT
public:
    explicit ConversationEditor(UiContext &context, QWidget *parent = nullptr);

    void load(qint64 id) override;
    void startNew() override;
    // Not wider than a form needs: the list beside it gets the rest of the window.
    QSize sizeHint() const override;

    [[nodiscard]] ParticipantsField *participants() const { return m_participants; }
    [[nodiscard]] TalkBalanceField *talk() const { return m_talk; }

public slots:
    // A follow-up due tomorrow, tied to this conversation and its first participant (undoable).
    bool addFollowUp();

protected:
    Result<qint64> saveRecord() override;

private:
    void fill(const Conversation &conversation);
    void showRelated(const Conversation &conversation);
    void updateHeading();
    void onDatabaseChanged(const ChangeSet &changes);
    // The form's conversation; errors (each naming its field) go to `errors`.
    Conversation formConversation(QList<Error> &errors) const;

    Conversation m_original;
    DateField *m_date;
    QTimeEdit *m_time;
    QComboBox *m_kind;
    QComboBox *m_channel;
    ParticipantsField *m_participants;
    QSpinBox *m_duration;
    TalkBalanceField *m_talk;
    QSpinBox *m_questionsMe;
    QSpinBox *m_questionsThem;
    QLineEdit *m_nextStep;
    QPlainTextEdit *m_notes;
    EventChoice *m_event;
    ApplicationChoice *m_application;
    QPushButton *m_addFollowUp;
    RelatedList *m_related;
};

} // namespace foothold

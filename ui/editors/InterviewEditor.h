#pragma once

#include "core/domain/InformationalInterview.h"
#include "core/storage/ChangeNotifier.h"
#include "ui/editors/RecordEditor.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;

namespace foothold {

class ContactNameEdit;
class DateField;
class InterviewStageBar;
class PlannedQuestionsField;
class RelatedList;

// An informational interview through its lifecycle (to request → requested → scheduled → done →
// thank-you sent): the next-step button moves it on and dates the step today; planned questions
// from the bank or typed, with answers; insights, fit and notes; and the conversation it became,
// which one button logs.
class InterviewEditor final : public RecordEditor {
    Q_OBJECT
public:
    explicit InterviewEditor(UiContext &context, QWidget *parent = nullptr);

    void load(qint64 id) override;
    void startNew() override;
    // Not wider than a form needs: the list beside it gets the rest of the window.
    QSize sizeHint() const override;

    [[nodiscard]] InterviewStageBar *stageBar() const { return m_stage; }
    [[nodiscard]] PlannedQuestionsField *questions() const { return m_questions; }
    [[nodiscard]] ContactNameEdit *contact() const { return m_contact; }

public slots:
    // Moves to the next stage and fills its date with today when empty; saves a stored interview.
    void advanceStage();
    // Opens the bank picker and adds the questions checked.
    void addFromBank();
    // Logs the conversation this interview became (kind informational interview, with the
    // contact) and links it, in one undoable step; then opens it.
    bool logConversation();

protected:
    Result<qint64> saveRecord() override;

private:
    void fill(const InformationalInterview &interview);
    void fillCompanies();
    void showRelated(const InformationalInterview &interview);
    void showConversation(ConversationId id);
    void onDatabaseChanged(const ChangeSet &changes);
    InformationalInterview formInterview(QList<Error> &errors) const;

    InformationalInterview m_original;
    ContactNameEdit *m_contact;
    QComboBox *m_company;
    InterviewStageBar *m_stage;
    DateField *m_requested;
    DateField *m_scheduledDate;
    QTimeEdit *m_scheduledTime;
    DateField *m_done;
    DateField *m_thanked;
    PlannedQuestionsField *m_questions;
    QPlainTextEdit *m_insights;
    QComboBox *m_fit;
    QPlainTextEdit *m_notes;
    QLabel *m_conversation;
    QPushButton *m_logConversation;
    RelatedList *m_related;
};

} // namespace foothold

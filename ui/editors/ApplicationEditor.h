#pragma once

#include "core/domain/JobApplication.h"
#include "ui/editors/RecordEditor.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace foothold {

class DateField;
class InterviewRoundsField;
class PersonPicker;
class RelatedList;
class StageHistoryField;

// A job application: company (picked, or created when saved), role, posting link (validated,
// opens in the browser), source, referrer, event, stage with its dated history as a timeline,
// interview rounds with interviewers, salary range, location, next action, notes; and links to
// everything related (company, referrer, event, interviewers, conversations, follow-ups).
class ApplicationEditor final : public RecordEditor {
    Q_OBJECT
public:
    explicit ApplicationEditor(UiContext &context, QWidget *parent = nullptr);

    void load(qint64 id) override;
    void startNew() override;

protected:
    Result<qint64> saveRecord() override;

private:
    void fill(const JobApplication &application);
    void fillChoices();
    void showRelated(const JobApplication &application);
    void onStageChosen();
    void onHistoryChanged();
    // The form's application (company left to the save), adding every problem to `errors`.
    [[nodiscard]] JobApplication formApplication(QList<Error> &errors) const;

    JobApplication m_original;
    bool m_saving = false; // our own write is not a change "elsewhere"
    QComboBox *m_company;
    QLineEdit *m_role;
    QLineEdit *m_url;
    QPushButton *m_openUrl;
    QComboBox *m_source;
    PersonPicker *m_referrer;
    QComboBox *m_event;
    QComboBox *m_stage;
    StageHistoryField *m_history;
    QLineEdit *m_salaryMin;
    QLineEdit *m_salaryMax;
    QComboBox *m_currency;
    QLineEdit *m_location;
    QLineEdit *m_nextAction;
    DateField *m_nextDate;
    InterviewRoundsField *m_rounds;
    QPlainTextEdit *m_notes;
    RelatedList *m_related;
};

} // namespace foothold

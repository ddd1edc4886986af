#pragma once

#include "core/domain/FollowUp.h"
#include "ui/editors/RecordEditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace foothold {

class DateField;
class FollowUpsModel;
class PersonPicker;
class RelatedList;

// A follow-up: title, due date, done, what it is about (a contact, an event, an application) and
// notes; links to those records and to the conversation that made it, if a rule did.
class FollowUpEditor final : public RecordEditor {
    Q_OBJECT
public:
    // `model` supplies the application choices (kept current by it); not owned.
    FollowUpEditor(UiContext &context, FollowUpsModel *model, QWidget *parent = nullptr);

    void load(qint64 id) override;
    void startNew() override;

protected:
    Result<qint64> saveRecord() override;

private:
    void fill(const FollowUp &followUp);
    void fillChoices();
    void showRelated(const FollowUp &followUp);

    FollowUpsModel *m_model;
    FollowUp m_original;
    bool m_saving = false; // our own write is not a change "elsewhere"
    QLineEdit *m_title;
    DateField *m_due;
    QCheckBox *m_done;
    PersonPicker *m_contact;
    QComboBox *m_event;
    QComboBox *m_application;
    QPlainTextEdit *m_notes;
    RelatedList *m_related;
};

} // namespace foothold

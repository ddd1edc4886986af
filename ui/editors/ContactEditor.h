#pragma once

#include "core/domain/Contact.h"
#include "ui/editors/RecordEditor.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace foothold {

class DateField;
class LinesField;
class ContactLinksField;
class RelatedList;

// A contact's details, the records it links to, and everything it takes part in.
class ContactEditor final : public RecordEditor {
    Q_OBJECT
public:
    explicit ContactEditor(UiContext &context, QWidget *parent = nullptr);

    void load(qint64 id) override;
    void startNew() override;

protected:
    Result<qint64> saveRecord() override;

private:
    void fill(const Contact &contact);
    void fillChoices();
    void showRelated(const Contact &contact);
    // The form's contact, or the errors that stop it (each naming its field).
    Result<Contact> formContact(QList<Error> &errors) const;

    Contact m_original;
    QLineEdit *m_name;
    QLineEdit *m_headline;
    QComboBox *m_company;
    LinesField *m_emails;
    LinesField *m_phones;
    LinesField *m_urls;
    QLineEdit *m_location;
    QComboBox *m_channel;
    QComboBox *m_metAt;
    QLineEdit *m_introducedBy;
    QComboBox *m_role;
    DateField *m_connected;
    QLineEdit *m_tags;
    QSpinBox *m_cadence;
    QCheckBox *m_hasStrength;
    QDoubleSpinBox *m_strength;
    QCheckBox *m_prospect;
    QPlainTextEdit *m_notes;
    RelatedList *m_related;
    ContactLinksField *m_links;
};

} // namespace foothold

#pragma once

#include "core/domain/Company.h"
#include "ui/editors/RecordEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace foothold {

class RelatedList;

// A company's details (name with the other spellings seen, website, industry, size, place, tech
// stack, culture, target priority, notes) and the records that point at it: its people, past and
// present, its applications and the events where it appears.
class CompanyEditor final : public RecordEditor {
    Q_OBJECT
public:
    explicit CompanyEditor(UiContext &context, QWidget *parent = nullptr);

    void load(qint64 id) override;
    void startNew() override;
    // A message above the form (why a delete was refused); cleared by the next load or save.
    void showNotice(const QString &message);
    [[nodiscard]] RelatedList *related() const { return m_related; }

protected:
    Result<qint64> saveRecord() override;

private:
    void fill(const Company &company);
    void showAliases(const QStringList &aliases);
    void showRelated(const Company &company);
    void updateOpenButton();
    [[nodiscard]] Company formCompany() const;

    Company m_original;
    QLineEdit *m_name;
    QLabel *m_aliases;
    QLineEdit *m_website;
    QPushButton *m_openWebsite;
    QLineEdit *m_industry;
    QComboBox *m_size;
    QLineEdit *m_location;
    QLineEdit *m_stack;
    QPlainTextEdit *m_culture;
    QComboBox *m_priority;
    QPlainTextEdit *m_notes;
    RelatedList *m_related;
};

} // namespace foothold

#pragma once

#include "core/domain/Event.h"
#include "ui/editors/RecordEditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace foothold {

class CostTable;
class PickedRecordList;
class RelatedList;

// An event's details: name, kind, status, when (wall-clock times in the event's own time zone,
// shown there too, with the reader's own time beside them when the zones differ), place and web
// page, goals and outcome, tags, costs, the companies and people expected, follow-up rules and
// notes. Below: the people met there, the companies expected, the conversations held there and the
// applications that came of it, as links.
class EventEditor final : public RecordEditor {
    Q_OBJECT
public:
    explicit EventEditor(UiContext &context, QWidget *parent = nullptr);

    void load(qint64 id) override;
    void startNew() override;
    [[nodiscard]] RelatedList *related() const { return m_related; }
    [[nodiscard]] CostTable *costTable() const { return m_costs; }

protected:
    Result<qint64> saveRecord() override;

private:
    void fill(const Event &event);
    void showRelated(const Event &event);
    // The form's event, with every problem found added to `errors` (each naming its field).
    Event formEvent(QList<Error> &errors) const;
    void readTimes(Event &event, QList<Error> &errors) const;
    void updateLocalTimes();
    void allDayToggled(bool allDay);
    void updateOpenButton();
    QWidget *timeBox(QLineEdit *input, QLabel *hint);
    // Tab follows the form from top to bottom, through the rows of costs and expected companies and
    // people as they are now (rows come and go, so the order is set again when they change).
    void updateTabOrder();

    Event m_original;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_status;
    QLineEdit *m_start;
    QLabel *m_startLocal;
    QLineEdit *m_end;
    QLabel *m_endLocal;
    QComboBox *m_zone;
    QCheckBox *m_allDay;
    QLineEdit *m_location;
    QLineEdit *m_url;
    QPushButton *m_openUrl;
    QPlainTextEdit *m_goals;
    QSpinBox *m_goalContacts;
    QSpinBox *m_goalConversations;
    QSpinBox *m_goalInterviews;
    QPlainTextEdit *m_outcome;
    QLineEdit *m_tags;
    CostTable *m_costs;
    PickedRecordList *m_companies;
    PickedRecordList *m_people;
    QCheckBox *m_followUps;
    QPlainTextEdit *m_notes;
    RelatedList *m_related;
};

} // namespace foothold

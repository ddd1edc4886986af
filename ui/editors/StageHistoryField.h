#pragma once

#include "core/domain/JobApplication.h"
#include "core/util/Result.h"

#include <QWidget>

class QLineEdit;
class QVBoxLayout;

namespace foothold {

class DateField;

// An application's stage history as a timeline, oldest first: each entry's stage, its date
// (editable, YYYY-MM-DD) and a note; an entry can be removed (never the last one left). Choosing
// another stage adds an entry dated today; choosing again before saving replaces that new entry
// rather than piling up entries nobody meant.
class StageHistoryField final : public QWidget {
    Q_OBJECT
public:
    explicit StageHistoryField(QWidget *parent = nullptr);

    // Shows a stored history; entries added from now on are "new".
    void setHistory(const QList<StageChange> &history);
    // A new record's history: one entry, itself new (choosing a stage replaces it).
    void startWith(ApplicationStage stage, QDate date);
    // The history on screen; problems (bad or missing dates, dates going back in time) are added
    // to `errors` under the field "history".
    [[nodiscard]] QList<StageChange> history(QList<Error> &errors) const;
    // The stage of the last entry.
    [[nodiscard]] ApplicationStage currentStage() const;
    // The user chose `stage` on `date` (see the class comment).
    void chooseStage(ApplicationStage stage, QDate date);

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Entry {
        ApplicationStage stage;
        QWidget *row;
        DateField *date;
        QLineEdit *note;
        bool added; // not saved yet
    };

    void addRow(const StageChange &change, bool added);
    void removeRow(QWidget *row);
    void rebuildRows(const QList<StageChange> &history);
    void updateRemoveButtons();

    QVBoxLayout *m_rows;
    QList<Entry> m_entries;
};

} // namespace foothold

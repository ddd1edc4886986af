#pragma once

#include "core/domain/JobApplication.h"
#include "core/util/Result.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace foothold {

class Database;
class NameDirectory;
class PeopleField;

// An application's interview rounds, each editable in place: name, date and time (local,
// YYYY-MM-DD HH:MM), duration, interviewers picked from contacts, outcome and notes. Rounds are
// added with "Add round" and removed with their own button.
class InterviewRoundsField final : public QWidget {
    Q_OBJECT
public:
    InterviewRoundsField(Database &db, NameDirectory &names, QWidget *parent = nullptr);

    void setRounds(const QList<InterviewRound> &rounds);
    // The rounds on screen; problems (a time that does not parse, an interviewer typed who cannot
    // be found) are added to `errors` under the field "rounds", naming the round.
    [[nodiscard]] QList<InterviewRound> rounds(QList<Error> &errors) const;
    [[nodiscard]] int count() const { return int(m_rounds.size()); }

public slots:
    void addRound();

signals:
    void changed();

private:
    struct Round {
        QWidget *box;
        QLineEdit *name;
        QLineEdit *when;
        QSpinBox *duration;
        PeopleField *interviewers;
        QComboBox *outcome;
        QPlainTextEdit *notes;
    };

    void appendRound(const InterviewRound &round);
    void removeRound(QWidget *box);
    void renumber();

    Database &m_db;
    NameDirectory &m_names;
    QVBoxLayout *m_list;
    QPushButton *m_add;
    QList<Round> m_rounds;
};

} // namespace foothold

#pragma once

#include "core/domain/InformationalInterview.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace foothold {

// The questions planned for an informational interview, each with its answer: picked from the
// question bank ("Add from bank…" asks bankRequested()) or typed freely ("Add question"), reordered
// (↑ ↓, or Alt+Up / Alt+Down in a question) and removed (✕). Empty rows are dropped when read.
class PlannedQuestionsField final : public QWidget {
    Q_OBJECT
public:
    explicit PlannedQuestionsField(QWidget *parent = nullptr);

    void setQuestions(const QList<PlannedQuestion> &questions);
    [[nodiscard]] QList<PlannedQuestion> questions() const;
    [[nodiscard]] QStringList questionTexts() const;
    // Appends these questions, skipping any already planned (ignoring case).
    void addQuestions(const QStringList &texts);
    [[nodiscard]] QPushButton *bankButton() const { return m_fromBank; }
    [[nodiscard]] int rowCount() const { return int(m_items.size()); }

public slots:
    void addBlank();
    void move(int row, int delta);
    void removeRow(int row);

signals:
    void changed();
    void bankRequested();

private:
    void moveRow(int row, int delta, int focusPart);
    void rebuild(int focusRow = -1, int focusPart = 0);

    QList<PlannedQuestion> m_items;
    QVBoxLayout *m_rows;
    QLabel *m_empty;
    QPushButton *m_fromBank;
    QPushButton *m_add;
};

} // namespace foothold

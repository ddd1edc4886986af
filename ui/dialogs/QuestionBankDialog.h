#pragma once

#include "core/domain/InformationalInterview.h"
#include "core/util/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace foothold {

class Database;
class UndoableWriter;

// The user's question bank: add, edit (double-click or F2 on a cell), remove and reorder questions.
// Every change is written at once through the undoable writer; Undo and Redo work here too (the
// main window's shortcuts do not reach a modal dialog). The table follows the database, so an undo
// shows at once.
class QuestionBankDialog final : public QDialog {
    Q_OBJECT
public:
    QuestionBankDialog(Database &db, UndoableWriter &writer, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QList<BankQuestion> questions() const { return m_questions; }
    [[nodiscard]] QString errorText() const;

public slots:
    bool addQuestion(const QString &text, const QString &category);
    bool editQuestion(int row, const QString &text, const QString &category);
    bool removeSelected();
    bool moveSelected(int delta);

private:
    void reload();
    bool write(const QString &what, const std::function<Status()> &work);
    void onCellChanged(int row, int column);
    void updateButtons();

    Database &m_db;
    UndoableWriter &m_writer;
    QList<BankQuestion> m_questions;
    QTableWidget *m_table;
    QLineEdit *m_newText;
    QLineEdit *m_newCategory;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_error;
    bool m_filling = false;
};

} // namespace foothold

#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace foothold {

class Database;

// Picks questions from the question bank for an interview: the bank grouped by category, each
// question with a check box, a filter box on top. Questions already planned are shown checked and
// cannot be picked twice.
class BankQuestionPicker final : public QDialog {
    Q_OBJECT
public:
    BankQuestionPicker(Database &db, const QStringList &alreadyPlanned, QWidget *parent = nullptr);

    // The questions checked here, in bank order.
    [[nodiscard]] QStringList pickedQuestions() const;
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    // Checks the bank question with this text; returns whether there was one to check.
    bool pick(const QString &text);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace foothold

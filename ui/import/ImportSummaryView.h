#pragma once

#include "core/services/ImportTypes.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace foothold {

// The wizard's last page: what the import did (or why nothing was done), whether it can be undone,
// the likely duplicates to review, and the warnings and skipped records as FILE:LINE lines.
class ImportSummaryView final : public QWidget {
    Q_OBJECT
public:
    explicit ImportSummaryView(QWidget *parent = nullptr);

    // `undoable`: the import was pushed on the undo stack as one step.
    void showResult(const ImportResult &result, const QString &sourceName, bool cancelled, bool undoable);

    [[nodiscard]] QLabel *headline() const { return m_headline; }
    [[nodiscard]] QLabel *undoNote() const { return m_undo; }
    [[nodiscard]] QPushButton *duplicatesButton() const { return m_duplicates; }
    [[nodiscard]] QPlainTextEdit *details() const { return m_details; }

signals:
    void duplicatesRequested();

private:
    QLabel *m_headline;
    QLabel *m_undo;
    QPushButton *m_duplicates;
    QPlainTextEdit *m_details;
};

} // namespace foothold

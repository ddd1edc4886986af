#pragma once

#include "core/storage/DuplicateStore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace foothold {

struct UiContext;

// Edit › Possible duplicates…: the pairs of contacts an import could not tell apart (the same
// name at another company, nothing else to decide by; core/storage/DuplicateStore). For each pair:
// merge one into the other (ContactMerger: everything that referred to the removed one refers to
// the kept one) or say "Not the same person" (dismissed; never asked again). Both go through the
// UndoableWriter: Ctrl+Z in the main window takes them back. Not modal: the contacts can be
// looked at meanwhile; the list follows every change to the database.
class DuplicatesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit DuplicatesDialog(UiContext &context, QWidget *parent = nullptr);

    // The window's one duplicates dialog, shown and raised (created when needed).
    static DuplicatesDialog *showFor(UiContext &context, QWidget *window);

    void reload();

protected:
    void showEvent(QShowEvent *event) override;

public:
    // Merge the selected pair: keep its first (lower id) contact, or its second.
    Status mergeSelected(bool keepFirst);
    Status dismissSelected();

    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QList<DuplicateCandidate> candidates() const { return m_candidates; }

private:
    [[nodiscard]] const DuplicateCandidate *selected() const;
    // Every detail of one contact on one line, for the selected pair.
    [[nodiscard]] QString describeInFull(ContactId id) const;
    void showDetails();
    void scheduleReload();
    void updateButtons();
    void report(const Status &status, const QString &what);

    UiContext &m_context;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_details;
    QPushButton *m_keepFirst;
    QPushButton *m_keepSecond;
    QPushButton *m_dismiss;
    QList<DuplicateCandidate> m_candidates;
    bool m_reloadPending = false;
};

} // namespace foothold

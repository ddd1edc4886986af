#pragma once

#include "core/services/GlobalSearch.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace foothold {

struct UiContext;

// Ctrl+K: one field that searches every record as you type (core's searchEverything: contacts
// through a trigram index, so it stays fast on 100,000). Keyboard first: Up/Down/Page Up/Page Down
// move through the results without leaving the field, Enter opens the current one on its page
// through the Navigator, Esc closes.
class SearchPalette final : public QDialog {
    Q_OBJECT
public:
    SearchPalette(UiContext &context, QWidget *parent);

    // Shows the window's palette (made on first use), with the last search selected.
    static SearchPalette *showFor(UiContext &context, QWidget *window);

    [[nodiscard]] QLineEdit *field() const { return m_field; }
    [[nodiscard]] QListWidget *results() const { return m_results; }
    [[nodiscard]] const QList<SearchHit> &hits() const { return m_hits; }
    // Searches now (typing waits a few milliseconds so that a burst of keys makes one search).
    void search();
    // Opens the current result and closes.
    void openCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QString describe(const SearchRow &row) const;

    UiContext &m_context;
    QLineEdit *m_field;
    QListWidget *m_results;
    QLabel *m_status;
    QTimer *m_typing;
    QList<SearchHit> m_hits;
};

} // namespace foothold

#pragma once

#include <QFrame>

class QGridLayout;
class QLabel;

namespace foothold {

// One block of the Today page: a heading, rows of items (each row a leading widget such as a
// check box or a date, and a text), a line for what is left out, and what to say when empty.
class TodaySection final : public QFrame {
    Q_OBJECT
public:
    explicit TodaySection(const QString &heading, QWidget *parent = nullptr);

    void setHeading(const QString &heading);
    void setEmptyText(const QString &text);
    // Rows side by side in this many columns (filled row by row); 1 by default.
    void setColumns(int columns);
    // Removes every row (their widgets are deleted).
    void clear();
    // A row: `lead` (may be null) on the left, `text` filling the rest.
    void addRow(QWidget *lead, QWidget *text);
    // "and 12 more…" under the rows; empty: none.
    void setMore(const QString &text);
    // Shows the empty text when there is no row.
    void finish();
    [[nodiscard]] int rowCount() const { return m_rows; }

private:
    QLabel *m_heading;
    QLabel *m_empty;
    QLabel *m_more;
    QWidget *m_body;
    QGridLayout *m_grid;
    int m_rows = 0;
    int m_columns = 1;
};

} // namespace foothold

#pragma once

#include "ui/models/RecordFilterProxy.h"

#include <QWidget>

#include <functional>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace foothold {

class EmptyState;
class RecordEditor;

// A list of records with search, filters, sortable and choosable columns (remembered), multiple
// selection, and the selected record's editor beside it. Entity pages derive from it and add
// their filters, their editor and what New and Delete do.
class ListPage : public QWidget {
    Q_OBJECT
public:
    struct Texts {
        QString settingsKey;   // "contacts": where the column layout is remembered
        QString searchHint;    // "Search contacts"
        QString newLabel;      // "New contact"
        QString noneTitle;     // "No contacts yet"
        QString noneHint;      // what to do about it
        QString noMatchTitle;  // "No contacts match"
        std::function<QString(int)> countText; // 1234 -> "1,234 contacts"
    };

    ListPage(RecordTableModel *model, Texts texts, QWidget *parent = nullptr);
    ~ListPage() override;

    [[nodiscard]] RecordFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QList<qint64> selectedIds() const;
    [[nodiscard]] qint64 currentId() const;
    // Shows `id` (clearing filters that hide it) and makes it current.
    void showRecord(qint64 id);
    [[nodiscard]] RecordEditor *editor() const { return m_editor; }
    [[nodiscard]] EmptyState *emptyState() const { return m_empty; }

public slots:
    void focusSearch();
    // Starts a new record in the editor (Ctrl+N on this page).
    virtual void startNew();
    void deleteSelected();

protected:
    // Pages add their filter widgets here, after the search field.
    void addFilterWidget(QWidget *widget);
    // Another view of the same records (a board) shown in the table's place while
    // setAlternateShown(true); the empty states and the editor stay as they are.
    void setAlternateView(QWidget *view);
    void setAlternateShown(bool shown);
    [[nodiscard]] bool isAlternateShown() const { return m_alternateShown; }
    void setEditor(RecordEditor *editor);
    // Deletes these records (through the undoable writer); pages implement.
    virtual void deleteRecords(const QList<qint64> &ids) = 0;
    // Called when filters are cleared from the empty state; pages reset their filter widgets.
    virtual void clearFilters();
    void updateState();

private:
    void saveLayout();
    void restoreLayout();
    void showColumnMenu(const QPoint &at);
    void onCurrentChanged();

    RecordTableModel *m_model;
    Texts m_texts;
    RecordFilterProxy *m_proxy;
    QLineEdit *m_search = nullptr;
    QHBoxLayout *m_filters = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_editorArea = nullptr;
    RecordEditor *m_editor = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QAction *m_deleteAction = nullptr;
    QWidget *m_alternate = nullptr;
    bool m_alternateShown = false;
    bool m_restoring = false;
};

} // namespace foothold

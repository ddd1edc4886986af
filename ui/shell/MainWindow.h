#pragma once

#include "ui/shell/Pages.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace foothold {

class Clock;
class Database;
class NameDirectory;
class Navigator;
class UndoableWriter;
struct UiContext;

// The main window: a sidebar of pages, the menus and their shortcuts. It only wires: every page,
// model and dialog is its own class. It does not own the database; it owns everything else.
// A page (and its model, which reads its whole table) is built the first time it is shown or
// asked for, so that the start pays for the one page on screen; once built it stays.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(PageId page);
    [[nodiscard]] PageId currentPage() const;
    // The page, built now if it has not been shown or asked for yet (pages are built on first use).
    [[nodiscard]] QWidget *page(PageId page);
    // Whether the page has been built (shown or asked for) already.
    [[nodiscard]] bool isPageBuilt(PageId page) const { return m_pages.contains(page); }
    [[nodiscard]] UiContext &context() const { return *m_context; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void buildPage(PageId id);
    void addPage(PageId id, QWidget *page);
    void onSidebarRowChanged(int row);
    void openRecord(Entity entity, qint64 id);
    void newRecord();

    QUndoStack *m_undo;
    UndoableWriter *m_writer;
    Navigator *m_navigator;
    NameDirectory *m_names;
    std::unique_ptr<UiContext> m_context;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QHash<PageId, QWidget *> m_pages;
};

} // namespace foothold

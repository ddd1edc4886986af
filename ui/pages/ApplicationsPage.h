#pragma once

#include "ui/pages/ListPage.h"

class QComboBox;
class QTabBar;

namespace foothold {

class ApplicationsBoard;
class ApplicationsModel;
struct UiContext;

// Every job application, as a table or as a kanban board (a tab switches, Ctrl+B too; the choice
// is remembered). Both views show the same records through the same search and filters (stage,
// source, company) and share one selection, so the editor beside them, Delete and Ctrl+N work
// the same in either.
class ApplicationsPage final : public ListPage {
    Q_OBJECT
public:
    ApplicationsPage(UiContext &context, ApplicationsModel *model, QWidget *parent = nullptr);

    [[nodiscard]] ApplicationsBoard *board() const { return m_board; }
    [[nodiscard]] bool isBoardShown() const { return isAlternateShown(); }

public slots:
    void showBoard(bool board);
    void startNew() override;

protected:
    void deleteRecords(const QList<qint64> &ids) override;
    void clearFilters() override;

private:
    void fillCompanies();
    void applyFilters();
    void selectInTableFromBoard(bool makeCurrent);
    void selectOnBoardFromTable();

    UiContext &m_context;
    ApplicationsModel *m_model;
    QTabBar *m_mode;
    QComboBox *m_stage;
    QComboBox *m_source;
    QComboBox *m_company;
    ApplicationsBoard *m_board;
    bool m_syncing = false;
};

} // namespace foothold

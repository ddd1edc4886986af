#pragma once

#include "core/domain/Enums.h"
#include "core/util/Result.h"

#include <QWidget>

class QLabel;
class QMenu;
class QScrollArea;

namespace foothold {

class ApplicationsModel;
class BoardColumnView;
class RecordFilterProxy;
class StageColumnModel;
struct UiContext;

// The kanban board of the Applications page: a column per stage over the same filtered records
// as the table (one StageColumnModel each, cards painted by a delegate, so 2,000 cards cost no
// widget each). Dragging cards to another column moves them there, dated today, through the
// undoable writer; so do Ctrl+Shift+Right/Left (next/previous stage) and the "Move to" menu
// (context menu or Ctrl+M). Left/Right walk between columns, Up/Down within one.
class ApplicationsBoard final : public QWidget {
    Q_OBJECT
public:
    ApplicationsBoard(UiContext &context, RecordFilterProxy *records, QWidget *parent = nullptr);

    [[nodiscard]] StageColumnModel *columnModel(ApplicationStage stage) const;
    [[nodiscard]] BoardColumnView *columnView(ApplicationStage stage) const;
    [[nodiscard]] QList<qint64> selectedIds() const;
    [[nodiscard]] qint64 currentId() const;
    // Makes the card of `id` current (and only it selected), scrolling it into view.
    void selectId(qint64 id);
    void clearSelection();

    // Moves the applications to `stage`, dated today, as one undoable step (what a drop does).
    // Cards already at `stage` are left alone. Errors are shown and returned.
    Status moveApplications(const QList<qint64> &ids, ApplicationStage stage);

signals:
    // The current card or the selection changed (by the user); ids in selectedIds().
    void currentChanged(qint64 id);
    void selectionChanged();
    void deleteRequested();
    void editRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column {
        ApplicationStage stage;
        StageColumnModel *model;
        BoardColumnView *view;
        QLabel *header;
    };

    QWidget *makeColumn(Column &column);
    void updateHeader(const Column &column);
    void onViewSelection(BoardColumnView *view);
    void moveBy(int step);
    void showMoveMenu(const QPoint &globalPos);
    void fillMoveMenu(QMenu *menu);
    [[nodiscard]] int columnOfFocus() const;
    [[nodiscard]] ApplicationsModel *model() const;

    UiContext &m_context;
    RecordFilterProxy *m_records;
    QScrollArea *m_scroll;
    QList<Column> m_columns;
    bool m_syncing = false;
};

} // namespace foothold

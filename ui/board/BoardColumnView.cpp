#include "ui/board/BoardColumnView.h"

#include "ui/board/ApplicationCardDelegate.h"
#include "ui/board/StageColumnModel.h"
#include "ui/widgets/Palette.h"

#include <QDragEnterEvent>
#include <QPainter>

namespace foothold {

BoardColumnView::BoardColumnView(StageColumnModel *model, QWidget *parent) : QListView(parent), m_model(model)
{
    setModel(model);
    setItemDelegate(new ApplicationCardDelegate(this));
    // Same-height cards: a column of thousands lays out without asking each card its size.
    setUniformItemSizes(true);
    setResizeMode(QListView::Adjust);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false); // a column is sorted: where in it a card lands is not chosen
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::CustomContextMenu);
    viewport()->setAutoFillBackground(false);
}

QList<qint64> BoardColumnView::selectedIds() const
{
    // Only the first column is shown (and selected), so selectedRows() would find no full row.
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        if (!rows.contains(index.row()))
            rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : rows)
        ids << m_model->idAt(row);
    return ids;
}

qint64 BoardColumnView::currentId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

bool BoardColumnView::accepts(const QDropEvent *event) const
{
    return event->source() != this
        && m_model->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, QModelIndex());
}

void BoardColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!accepts(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    setDropHighlight(true);
}

void BoardColumnView::dragMoveEvent(QDragMoveEvent *event)
{
    // Anywhere on the column will do: the card goes to the column's stage, in date order.
    if (!accepts(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void BoardColumnView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight(false);
    QListView::dragLeaveEvent(event);
}

void BoardColumnView::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    if (!accepts(event)) {
        event->ignore();
        return;
    }
    // The model decides what a drop means; the view does not insert or remove rows itself.
    if (m_model->dropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, QModelIndex())) {
        event->setDropAction(Qt::CopyAction); // the source must not remove anything after the drop
        event->accept();
    } else {
        event->ignore();
    }
}

void BoardColumnView::setDropHighlight(bool on)
{
    if (m_dropHighlight == on)
        return;
    m_dropHighlight = on;
    viewport()->update();
}

void BoardColumnView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    QPainter painter(viewport());
    if (m_model->rowCount() == 0) {
        painter.setPen(mutedTextColor(palette()));
        painter.drawText(viewport()->rect().adjusted(8, 16, -8, -8), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         tr("No applications here.\nDrag a card to move it."));
    }
    if (m_dropHighlight) {
        painter.setRenderHint(QPainter::Antialiasing);
        QPen pen(palette().color(QPalette::Highlight));
        pen.setWidth(2);
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawRoundedRect(QRectF(viewport()->rect()).adjusted(2, 2, -2, -2), 6, 6);
    }
}

} // namespace foothold

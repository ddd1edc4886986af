#pragma once

#include <QStyledItemDelegate>

namespace foothold {

class NameDirectory;

// Paints an application as a card on the board: company, role, days in the stage and who
// referred me, with a stripe in the stage's colour. Every card has the same height, so a column
// of 2,000 cards lays out without measuring each one (QListView::uniformItemSizes).
class ApplicationCardDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ApplicationCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace foothold

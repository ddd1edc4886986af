#pragma once

#include <QStyledItemDelegate>

namespace foothold {

// Paints a search result on two lines: the title, and under it in a muted colour what it is
// (Qt::UserRole + 2 holds that second line). Colours come from the palette (dark mode reads).
class SearchResultDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int DetailRole = Qt::UserRole + 2;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace foothold

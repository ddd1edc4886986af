#include "ui/dialogs/SearchResultDelegate.h"

#include "ui/widgets/Palette.h"

#include <QApplication>
#include <QPainter>

namespace foothold {
namespace {

constexpr int kMargin = 8;

} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background and selection

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QRect area = opt.rect.adjusted(kMargin, 4, -kMargin, -4);
    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics detailMetrics(opt.font);
    painter->save();
    painter->setFont(titleFont);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(area.left(), area.top(), area.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    painter->setPen(selected ? palette.color(QPalette::HighlightedText) : mutedTextColor(palette));
    const QString detail = index.data(DetailRole).toString();
    painter->drawText(QRect(area.left(), area.top() + titleMetrics.height() + 2, area.width(), detailMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, detailMetrics.elidedText(detail, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    return {option.rect.width(), QFontMetrics(titleFont).height() + QFontMetrics(option.font).height() + 2 + 8};
}

} // namespace foothold

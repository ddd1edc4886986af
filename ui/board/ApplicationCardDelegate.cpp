#include "ui/board/ApplicationCardDelegate.h"

#include "ui/models/ApplicationsModel.h"
#include "ui/widgets/Palette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace foothold {
namespace {

constexpr int kMargin = 4;   // around a card
constexpr int kPadding = 8;  // inside a card
constexpr int kStripe = 4;   // the stage colour on the left

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

ApplicationCardDelegate::ApplicationCardDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
}

QSize ApplicationCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + option.fontMetrics.height() + QFontMetrics(smaller(option.font)).height()
        + 2 * kPadding + 2 * kMargin + 4;
    return {qMax(120, option.rect.width()), height};
}

void ApplicationCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int stage = index.data(ApplicationsModel::StageRole).toInt();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(card, 5, 5);
    QColor fill = palette.color(QPalette::Base);
    if (selected) {
        const QColor highlight = palette.color(QPalette::Highlight);
        fill = QColor((fill.red() * 3 + highlight.red() * 2) / 5, (fill.green() * 3 + highlight.green() * 2) / 5,
                      (fill.blue() * 3 + highlight.blue() * 2) / 5);
    }
    painter->fillPath(path, fill);
    QPen border(selected || focused ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid));
    border.setWidthF(selected || focused ? 1.5 : 1.0);
    painter->setPen(border);
    painter->drawPath(path);
    painter->setClipPath(path);
    painter->fillRect(QRectF(card.left(), card.top(), kStripe, card.height()), categoryColor(stage, palette));
    painter->setClipping(false);

    const QRect text = card.toAlignedRect().adjusted(kPadding + kStripe, kPadding, -kPadding, -kPadding);
    const QColor textColor = palette.color(QPalette::Text);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int y = text.top();
    const QString company = index.siblingAtColumn(ApplicationsModel::Company).data().toString();
    painter->setFont(bold);
    painter->setPen(textColor);
    painter->drawText(QRect(text.left(), y, text.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(company.isEmpty() ? tr("(no company)") : company, Qt::ElideRight, text.width()));
    y += boldMetrics.height() + 2;

    painter->setFont(option.font);
    const QString role = index.siblingAtColumn(ApplicationsModel::Role).data().toString();
    painter->drawText(QRect(text.left(), y, text.width(), option.fontMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(role, Qt::ElideRight, text.width()));
    y += option.fontMetrics.height() + 2;

    const QFont small = smaller(option.font);
    const QFontMetrics smallMetrics(small);
    const int days = index.data(ApplicationsModel::DaysInStageRole).toInt();
    QString meta = days == 0 ? tr("moved today") : days == 1 ? tr("1 day in stage") : tr("%L1 days in stage").arg(days);
    const QString referrer = index.siblingAtColumn(ApplicationsModel::Referrer).data().toString();
    if (!referrer.isEmpty())
        meta += tr(" · via %1").arg(referrer);
    painter->setFont(small);
    painter->setPen(mutedTextColor(palette));
    painter->drawText(QRect(text.left(), y, text.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(meta, Qt::ElideRight, text.width()));
    painter->restore();
}

} // namespace foothold

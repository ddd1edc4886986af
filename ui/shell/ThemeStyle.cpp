#include "ui/shell/ThemeStyle.h"

#include "ui/widgets/Palette.h"

#include <QStyleFactory>
#include <QStyleOptionButton>

namespace foothold {

ThemeStyle::ThemeStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    setObjectName(QStringLiteral("foothold-fusion"));
}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    if (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) {
        if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option); button && isDark(button->palette)) {
            QStyleOptionButton lighter(*button);
            lighter.palette.setColor(QPalette::Window, mutedTextColor(button->palette));
            QProxyStyle::drawPrimitive(element, &lighter, painter, widget);
            return;
        }
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace foothold

#include "core/util/Settings.h"

#include <QLocale>

namespace foothold {

QString homeCurrency()
{
    QString code = settingValue(settings::HomeCurrency).trimmed().toUpper();
    if (code.size() == 3)
        return code;
    code = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    return code.size() == 3 ? code : QStringLiteral("USD");
}

} // namespace foothold

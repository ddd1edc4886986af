#include "core/util/AppIdentity.h"

#include <QCoreApplication>

namespace foothold {

void setApplicationIdentity()
{
    // No organisation: data lives in ~/.local/share/foothold/, settings in ~/.config/foothold/.
    QCoreApplication::setOrganizationName(QStringLiteral("foothold"));
    QCoreApplication::setApplicationName(QStringLiteral("foothold"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOOTHOLD_VERSION));
}

} // namespace foothold

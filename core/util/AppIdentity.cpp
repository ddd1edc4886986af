#include "core/util/AppIdentity.h"

#include <QCoreApplication>

namespace foothold {

void setApplicationIdentity()
{
    // Data lives in ~/.local/share/foothold/foothold/, settings in ~/.config/foothold/foothold.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("foothold"));
    QCoreApplication::setApplicationName(QStringLiteral("foothold"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOOTHOLD_VERSION));
}

} // namespace foothold

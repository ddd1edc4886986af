#include "ui/widgets/ExternalLinks.h"

#include <QDesktopServices>

namespace foothold {

bool isSafeExternalLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty();
    return (scheme == QLatin1String("https") || scheme == QLatin1String("http")) && !url.host().isEmpty();
}

bool openExternalLink(const QUrl &url)
{
    if (!isSafeExternalLink(url))
        return false;
    return QDesktopServices::openUrl(url);
}

QString linkHtml(const QString &href, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace foothold

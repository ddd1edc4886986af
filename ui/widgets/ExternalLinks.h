#pragma once

#include <QString>
#include <QUrl>

namespace foothold {

// Opens mailto:, http: and https: links in the user's mail client or browser; refuses any other
// scheme (a javascript: or file: link in imported data must never run). Returns whether it opened.
bool openExternalLink(const QUrl &url);
[[nodiscard]] bool isSafeExternalLink(const QUrl &url);

// HTML for a link that opens safely through openExternalLink (escaped text).
[[nodiscard]] QString linkHtml(const QString &href, const QString &text);

} // namespace foothold

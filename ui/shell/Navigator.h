#pragma once

#include "core/storage/ChangeNotifier.h"

#include <QObject>
#include <QUrl>

namespace foothold {

// Opens records from anywhere (a link in an editor, a search result, a Today item): the main
// window listens and shows the page and the record. Links inside the app use foothold:// URLs:
// foothold://contact/12, foothold://company/3, …
class Navigator final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    static QUrl urlFor(Entity entity, qint64 id);
    // Handles a clicked link: foothold:// opens the record; mailto:/http(s): opens outside;
    // anything else is refused. Returns whether it was handled.
    bool openLink(const QUrl &url);

public slots:
    void open(foothold::Entity entity, qint64 id);

signals:
    void openRequested(foothold::Entity entity, qint64 id);
};

} // namespace foothold

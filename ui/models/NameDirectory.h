#pragma once

#include "core/storage/ChangeNotifier.h"

#include <QHash>
#include <QObject>

namespace foothold {

class Database;

// Display names of companies, contacts and events by id, for every model that shows who or where
// (a contact's company, an application's referrer). Loaded once, kept current from the notifier.
// Contact names (100,000 of them, about 0.1 s to read) are loaded when first asked for all at
// once, so that they are not in the way of the first paint; a few names asked for one by one (an
// editor's "introduced by") are read one by one until so many are asked that reading all is cheaper.
class NameDirectory final : public QObject {
    Q_OBJECT
public:
    explicit NameDirectory(Database &db, QObject *parent = nullptr);

    [[nodiscard]] QString company(qint64 id) const { return m_companies.value(id); }
    [[nodiscard]] QString contact(qint64 id) const;
    [[nodiscard]] QString event(qint64 id) const { return m_events.value(id); }
    [[nodiscard]] const QHash<qint64, QString> &companies() const { return m_companies; }
    [[nodiscard]] const QHash<qint64, QString> &contacts() const;
    [[nodiscard]] const QHash<qint64, QString> &events() const { return m_events; }

signals:
    // Names of `entity` changed (renamed, added, removed); models refresh the columns showing them.
    void namesChanged(foothold::Entity entity);

private:
    void reload(Entity entity);
    void onChanged(const ChangeSet &changes);

    Database &m_db;
    QHash<qint64, QString> m_companies;
    mutable QHash<qint64, QString> m_contacts;
    mutable bool m_contactsLoaded = false;
    mutable QHash<qint64, QString> m_someContacts; // read one by one while m_contacts is not loaded
    QHash<qint64, QString> m_events;
};

} // namespace foothold

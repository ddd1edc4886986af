#pragma once

#include "core/domain/Enums.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QStringList>

namespace foothold {

// What the Network page shows about each person beyond the analytics' lean rows: how we met
// (to colour by channel) and their tags (to filter by tag). Tags come as indices into `tags`, so a
// network of 100,000 people holds small integers, not a string list per person.
struct NetworkViewDetails {
    QHash<qint64, Channel> channelOf;     // by contact id
    QStringList tags;                     // every tag in use, sorted ignoring case
    QHash<qint64, QList<int>> tagsOf;     // by contact id: indices into `tags`
};

// Reads NetworkViewDetails in two queries. Errors come back as Result with SQLite's reason.
class NetworkViewStore {
public:
    explicit NetworkViewStore(Database &db) : m_db(db) {}

    Result<NetworkViewDetails> details();

private:
    Database &m_db;
};

} // namespace foothold

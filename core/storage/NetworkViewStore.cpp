#include "core/storage/NetworkViewStore.h"

#include "core/storage/SqlSupport.h"

#include <algorithm>

namespace foothold {

Result<NetworkViewDetails> NetworkViewStore::details()
{
    NetworkViewDetails out;
    auto people = sql::prepare(m_db.connection(), QStringLiteral("SELECT id, channel FROM contacts"));
    if (!people)
        return people.error();
    if (auto s = sql::exec(*people); !s)
        return s.error();
    while (people->next())
        out.channelOf.insert(people->value(0).toLongLong(),
                             fromKey<Channel>(people->value(1).toString()).value_or(Channel::Other));

    auto tags = sql::prepare(m_db.connection(),
                             QStringLiteral("SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"));
    if (!tags)
        return tags.error();
    if (auto s = sql::exec(*tags); !s)
        return s.error();
    QHash<QString, int> indexOf;
    QList<QPair<qint64, QString>> rows;
    while (tags->next()) {
        const QString name = tags->value(1).toString();
        rows.append({tags->value(0).toLongLong(), name});
        if (!indexOf.contains(name)) {
            indexOf.insert(name, 0);
            out.tags << name;
        }
    }
    std::sort(out.tags.begin(), out.tags.end(), [](const QString &a, const QString &b) {
        const int order = a.compare(b, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a < b;
    });
    for (int i = 0; i < out.tags.size(); ++i)
        indexOf[out.tags.at(i)] = i;
    for (const auto &[contact, name] : std::as_const(rows))
        out.tagsOf[contact] << indexOf.value(name);
    return out;
}

} // namespace foothold

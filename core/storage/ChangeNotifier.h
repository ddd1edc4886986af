#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>

namespace foothold {

enum class Entity {
    Contact, Company, Link, Event, Conversation, InformationalInterview, Application, FollowUp,
    Question, Tag, DuplicateCandidate,
};

enum class ChangeKind { Inserted, Updated, Removed };

// One row that changed. `fields` names the columns that changed for an update (empty: any or all).
struct Change {
    Entity entity = Entity::Contact;
    ChangeKind kind = ChangeKind::Updated;
    qint64 id = 0;
    QStringList fields;

    bool operator==(const Change &) const = default;
};

// Everything one committed transaction changed. `reset` is set when so much changed (a restore, a
// sample removal, a large import) that listeners should reload rather than apply row by row.
struct ChangeSet {
    QList<Change> changes;
    bool reset = false;

    [[nodiscard]] bool isEmpty() const { return changes.isEmpty() && !reset; }
    [[nodiscard]] QList<qint64> ids(Entity entity, ChangeKind kind) const;
    [[nodiscard]] bool touches(Entity entity) const;
};

// Announces committed changes. Owned by a Database and lives in its thread; signals are emitted
// only after COMMIT succeeds, never for a transaction that rolled back.
class ChangeNotifier final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void changed(const foothold::ChangeSet &changes);
};

} // namespace foothold

Q_DECLARE_METATYPE(foothold::ChangeSet)

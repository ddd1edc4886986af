#include "core/storage/Changesets.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>

#include <cstring>

#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Changesets", text);
}

sqlite3 *nativeHandle(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Where a row of each table belongs: the record it is part of and the column holding its id.
struct Owner {
    Entity entity;
    int idColumn; // column index of the owning record's id in the table
    bool isRecordItself;
};

const QHash<QString, Owner> &owners()
{
    static const QHash<QString, Owner> map = {
        {QStringLiteral("contacts"), {Entity::Contact, 0, true}},
        {QStringLiteral("contact_tags"), {Entity::Contact, 0, false}},
        {QStringLiteral("contact_positions"), {Entity::Contact, 1, false}},
        {QStringLiteral("contact_photos"), {Entity::Contact, 0, false}},
        // Where the contact sits on the Network page (moved by hand, undone): the page follows.
        {QStringLiteral("network_positions"), {Entity::Contact, 0, false}},
        {QStringLiteral("companies"), {Entity::Company, 0, true}},
        {QStringLiteral("company_aliases"), {Entity::Company, 0, false}},
        {QStringLiteral("links"), {Entity::Link, 0, true}},
        {QStringLiteral("events"), {Entity::Event, 0, true}},
        {QStringLiteral("event_costs"), {Entity::Event, 1, false}},
        {QStringLiteral("event_tags"), {Entity::Event, 0, false}},
        {QStringLiteral("event_companies"), {Entity::Event, 0, false}},
        {QStringLiteral("event_people"), {Entity::Event, 0, false}},
        {QStringLiteral("event_checklist"), {Entity::Event, 1, false}},
        {QStringLiteral("conversations"), {Entity::Conversation, 0, true}},
        {QStringLiteral("conversation_contacts"), {Entity::Conversation, 0, false}},
        {QStringLiteral("informational_interviews"), {Entity::InformationalInterview, 0, true}},
        {QStringLiteral("applications"), {Entity::Application, 0, true}},
        {QStringLiteral("application_stages"), {Entity::Application, 1, false}},
        {QStringLiteral("interview_rounds"), {Entity::Application, 1, false}},
        {QStringLiteral("follow_ups"), {Entity::FollowUp, 0, true}},
        {QStringLiteral("question_bank"), {Entity::Question, 0, true}},
        {QStringLiteral("tags"), {Entity::Tag, 0, true}},
    };
    return map;
}

bool sameValue(sqlite3_value *a, sqlite3_value *b)
{
    const int type = sqlite3_value_type(a);
    if (type != sqlite3_value_type(b))
        return false;
    switch (type) {
    case SQLITE_NULL: return true;
    case SQLITE_INTEGER: return sqlite3_value_int64(a) == sqlite3_value_int64(b);
    case SQLITE_FLOAT: return sqlite3_value_double(a) == sqlite3_value_double(b);
    default: {
        const int size = sqlite3_value_bytes(a);
        // An empty value's blob pointer is null, which memcmp may not be given.
        return size == sqlite3_value_bytes(b) && (size == 0 || std::memcmp(sqlite3_value_blob(a), sqlite3_value_blob(b), size_t(size)) == 0);
    }
    }
}

// Whether an update's target values are already in place (a foreign-key action such as SET NULL
// did the same work a moment earlier in the same apply).
bool alreadyUpdated(sqlite3_changeset_iter *it, int columns)
{
    for (int i = 0; i < columns; ++i) {
        sqlite3_value *wanted = nullptr;
        sqlite3_value *current = nullptr;
        if (sqlite3changeset_new(it, i, &wanted) != SQLITE_OK || wanted == nullptr)
            continue; // column not changed by this update
        if (sqlite3changeset_conflict(it, i, &current) != SQLITE_OK || current == nullptr || !sameValue(wanted, current))
            return false;
    }
    return true;
}

// Whether a row to delete differs from the recorded one only where a foreign-key action cleared a
// reference earlier in the same apply (ON DELETE SET NULL): undoing "add a company and a contact
// at it" deletes the company first when it was created first, which sets the contact's company to
// NULL before the contact's own delete comes.
bool onlyReferencesCleared(sqlite3_changeset_iter *it, int columns)
{
    for (int i = 0; i < columns; ++i) {
        sqlite3_value *recorded = nullptr;
        sqlite3_value *current = nullptr;
        if (sqlite3changeset_old(it, i, &recorded) != SQLITE_OK || recorded == nullptr)
            return false;
        if (sqlite3changeset_conflict(it, i, &current) != SQLITE_OK || current == nullptr)
            return false;
        if (!sameValue(recorded, current) && sqlite3_value_type(current) != SQLITE_NULL)
            return false;
    }
    return true;
}

// Derived tables (full-text indexes named fts_*, with their shadow tables) are kept current by
// triggers: recording them too would make an undo change them twice.
int recordTable(void *, const char *table)
{
    return std::strncmp(table, "fts_", 4) == 0 ? 0 : 1;
}

int onConflict(void *context, int conflict, sqlite3_changeset_iter *it)
{
    // Foreign-key actions run while a changeset applies, so some of its rows are already as
    // wanted: a row it deletes went with its parent (ON DELETE CASCADE), a reference it clears was
    // cleared (ON DELETE SET NULL). Those are skipped; any other difference aborts the apply.
    const char *table = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    sqlite3changeset_op(it, &table, &columns, &op, &indirect);
    if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
        return SQLITE_CHANGESET_OMIT;
    if (conflict == SQLITE_CHANGESET_DATA && op == SQLITE_UPDATE && alreadyUpdated(it, columns))
        return SQLITE_CHANGESET_OMIT;
    if (conflict == SQLITE_CHANGESET_DATA && op == SQLITE_DELETE && onlyReferencesCleared(it, columns))
        return SQLITE_CHANGESET_REPLACE; // delete it all the same
    *static_cast<int *>(context) = conflict;
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

Result<QByteArray> recordChanges(Database &db, const std::function<Status()> &work)
{
    sqlite3 *native = nativeHandle(db);
    if (!native)
        return Error::database(tr("not an SQLite connection"));
    if (db.inTransaction())
        return Error::database(tr("changes can only be recorded for a whole transaction"));
    sqlite3_session *session = nullptr;
    if (sqlite3session_create(native, "main", &session) != SQLITE_OK)
        return Error::database(tr("cannot start recording changes: %1").arg(QString::fromUtf8(sqlite3_errmsg(native))));
    // Record every table with a primary key (all of ours; sqlite_sequence has none, so ids are
    // never handed out twice even after an undo).
    sqlite3session_table_filter(session, recordTable, nullptr);
    sqlite3session_attach(session, nullptr);
    QByteArray recorded;
    Status status = db.transaction([&]() -> Status {
        if (auto s = work(); !s)
            return s;
        int size = 0;
        void *data = nullptr;
        if (sqlite3session_changeset(session, &size, &data) != SQLITE_OK)
            return Error::database(tr("cannot read the recorded changes"));
        recorded = QByteArray(static_cast<const char *>(data), size);
        sqlite3_free(data);
        return {};
    });
    sqlite3session_delete(session);
    if (!status)
        return status.error();
    return recorded;
}

namespace {

// The owning record of an updated child row whose owning-id column did not change, so the
// changeset does not hold it (an update records only its key and the changed columns): read from
// the row itself, which an update leaves in place. Child tables keep their id, an INTEGER PRIMARY
// KEY (the rowid), in column 0.
sqlite3_value *ownerOfUpdatedRow(sqlite3 *lookup, sqlite3_changeset_iter *it, const QString &table, int idColumn, qint64 &id)
{
    unsigned char *pk = nullptr;
    int columns = 0;
    sqlite3_value *key = nullptr;
    if (sqlite3changeset_pk(it, &pk, &columns) != SQLITE_OK || columns == 0 || pk[0] == 0
        || sqlite3changeset_old(it, 0, &key) != SQLITE_OK || key == nullptr || sqlite3_value_type(key) != SQLITE_INTEGER)
        return nullptr;
    sqlite3_stmt *statement = nullptr;
    // `table` is one of ours (it is in owners()), never input.
    const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\" WHERE rowid = ?";
    if (sqlite3_prepare_v2(lookup, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_int64(statement, 1, sqlite3_value_int64(key));
    bool found = false;
    if (sqlite3_step(statement) == SQLITE_ROW && idColumn < sqlite3_column_count(statement)
        && sqlite3_column_type(statement, idColumn) == SQLITE_INTEGER) {
        id = sqlite3_column_int64(statement, idColumn);
        found = true;
    }
    sqlite3_finalize(statement);
    return found ? key : nullptr; // any non-null value: `id` holds the owner
}

ChangeSet describe(const QByteArray &changeset, bool invert, sqlite3 *lookup)
{
    ChangeSet out;
    if (changeset.isEmpty())
        return out;
    sqlite3_changeset_iter *it = nullptr;
    if (sqlite3changeset_start(&it, int(changeset.size()), const_cast<char *>(changeset.constData())) != SQLITE_OK)
        return out;
    QSet<QPair<int, qint64>> seen;
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        sqlite3changeset_op(it, &table, &columns, &op, &indirect);
        const auto owner = owners().constFind(QString::fromUtf8(table));
        if (owner == owners().constEnd())
            continue;
        if (invert)
            op = op == SQLITE_INSERT ? SQLITE_DELETE : op == SQLITE_DELETE ? SQLITE_INSERT : op;
        // The owning id: an insert has only new values, a delete only old ones, and an update has
        // its key columns in the old values (the recorded operation, before any inversion).
        sqlite3_value *value = nullptr;
        const int recordedOp = invert ? (op == SQLITE_INSERT ? SQLITE_DELETE : op == SQLITE_DELETE ? SQLITE_INSERT : op) : op;
        if (recordedOp == SQLITE_INSERT)
            sqlite3changeset_new(it, owner->idColumn, &value);
        else
            sqlite3changeset_old(it, owner->idColumn, &value);
        if (value == nullptr && recordedOp == SQLITE_UPDATE)
            sqlite3changeset_new(it, owner->idColumn, &value);
        qint64 id = 0;
        if (value != nullptr)
            id = sqlite3_value_int64(value);
        else if (recordedOp == SQLITE_UPDATE && lookup != nullptr && !owner->isRecordItself)
            value = ownerOfUpdatedRow(lookup, it, QString::fromUtf8(table), owner->idColumn, id);
        if (value == nullptr)
            continue;
        ChangeKind kind = ChangeKind::Updated;
        if (owner->isRecordItself)
            kind = op == SQLITE_INSERT ? ChangeKind::Inserted : op == SQLITE_DELETE ? ChangeKind::Removed : ChangeKind::Updated;
        const auto key = qMakePair(int(owner->entity) * 4 + int(kind), id);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.changes.append({owner->entity, kind, id, {}});
    }
    sqlite3changeset_finalize(it);
    // A record inserted or removed needs no separate "updated" for its children.
    QList<Change> cleaned;
    for (const auto &change : std::as_const(out.changes)) {
        if (change.kind == ChangeKind::Updated
            && (seen.contains(qMakePair(int(change.entity) * 4 + int(ChangeKind::Inserted), change.id))
                || seen.contains(qMakePair(int(change.entity) * 4 + int(ChangeKind::Removed), change.id))))
            continue;
        cleaned << change;
    }
    out.changes = cleaned;
    return out;
}

} // namespace

ChangeSet describeChanges(const QByteArray &changeset, bool invert)
{
    return describe(changeset, invert, nullptr);
}

Status applyChanges(Database &db, const QByteArray &changeset, bool invert)
{
    if (changeset.isEmpty())
        return {};
    sqlite3 *native = nativeHandle(db);
    if (!native)
        return Error::database(tr("not an SQLite connection"));
    QByteArray toApply = changeset;
    if (invert) {
        int size = 0;
        void *data = nullptr;
        if (sqlite3changeset_invert(int(changeset.size()), changeset.constData(), &size, &data) != SQLITE_OK)
            return Error::database(tr("the change cannot be reversed"));
        toApply = QByteArray(static_cast<const char *>(data), size);
        sqlite3_free(data);
    }
    int conflict = 0;
    return db.transaction([&]() -> Status {
        const int rc = sqlite3changeset_apply(native, int(toApply.size()), toApply.data(), nullptr, onConflict, &conflict);
        if (rc != SQLITE_OK || conflict != 0)
            return Error{Error::Code::Conflict,
                         conflict == SQLITE_CHANGESET_FOREIGN_KEY
                             ? tr("it would leave a record pointing at one that no longer exists")
                             : tr("the records have changed since"),
                         {}, {}};
        const ChangeSet described = describe(changeset, invert, native);
        // Thousands of rows (undoing an import): listeners had better reload than apply them one
        // by one, as the import itself announced (ImportRun).
        if (described.changes.size() > 1000) {
            db.recordReset();
            return {};
        }
        for (const auto &change : described.changes)
            db.recordChange(change);
        return {};
    });
}

} // namespace foothold

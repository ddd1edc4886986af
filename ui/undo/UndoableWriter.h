#pragma once

#include "core/storage/Database.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace foothold {

// The one way the UI writes: runs `work` in a transaction, records what it changed (SQLite's
// session extension; see core/storage/Changesets.h) and pushes an undo command holding that
// changeset. Undo puts every row back as it was, under the same ids; redo applies it again.
// Commands hold values (changesets), never pointers to records.
//
// Errors of the work come back to the caller, who keeps the user's edit on screen; errors of an
// undo or redo (the records changed since) are announced through failed() and clear the stack,
// because later commands may depend on the one that could not be undone.
class UndoableWriter final : public QObject {
    Q_OBJECT
public:
    UndoableWriter(Database &db, QUndoStack *stack, QObject *parent = nullptr);

    Status write(const QString &text, const std::function<Status()> &work);
    // Pushes a change that was recorded elsewhere (recordChanges() on a worker thread's own
    // connection to the same file, as the import wizard does) as one undo step. The change has
    // already been committed; nothing is applied now. An empty changeset pushes nothing.
    void pushRecorded(const QString &text, const QByteArray &changeset);

    [[nodiscard]] QUndoStack *stack() const { return m_stack; }
    [[nodiscard]] Database &database() const { return m_db; }

signals:
    void failed(const QString &what, const foothold::Error &error);

private:
    friend class ChangeCommand;
    void reportFailure(const QString &what, const Error &error);

    Database &m_db;
    QUndoStack *m_stack;
};

} // namespace foothold

Q_DECLARE_METATYPE(foothold::Error)

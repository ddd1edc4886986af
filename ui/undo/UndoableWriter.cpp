#include "ui/undo/UndoableWriter.h"

#include "core/storage/Changesets.h"

#include <QTimer>
#include <QUndoCommand>

namespace foothold {

// One recorded change. Constructed after the change was made, so the first redo() does nothing.
class ChangeCommand final : public QUndoCommand {
public:
    ChangeCommand(UndoableWriter &writer, QString text, QByteArray changeset)
        : QUndoCommand(std::move(text)), m_writer(writer), m_changeset(std::move(changeset))
    {
    }

    void undo() override { apply(true); }
    void redo() override
    {
        if (m_applied) {
            m_applied = false; // the change happened before the command was pushed
            return;
        }
        apply(false);
    }

private:
    void apply(bool invert)
    {
        if (auto status = applyChanges(m_writer.database(), m_changeset, invert); !status)
            m_writer.reportFailure(invert ? QObject::tr("Undo “%1”").arg(text()) : QObject::tr("Redo “%1”").arg(text()),
                                   status.error());
    }

    UndoableWriter &m_writer;
    QByteArray m_changeset;
    bool m_applied = true;
};

UndoableWriter::UndoableWriter(Database &db, QUndoStack *stack, QObject *parent)
    : QObject(parent), m_db(db), m_stack(stack)
{
    qRegisterMetaType<Error>();
}

Status UndoableWriter::write(const QString &text, const std::function<Status()> &work)
{
    auto recorded = recordChanges(m_db, work);
    if (!recorded)
        return recorded.error();
    if (!recorded->isEmpty())
        m_stack->push(new ChangeCommand(*this, text, *recorded));
    return {};
}

void UndoableWriter::pushRecorded(const QString &text, const QByteArray &changeset)
{
    if (!changeset.isEmpty())
        m_stack->push(new ChangeCommand(*this, text, changeset));
}

void UndoableWriter::reportFailure(const QString &what, const Error &error)
{
    emit failed(what, error);
    // Later commands may build on the one that failed: start afresh, once the stack is idle.
    QTimer::singleShot(0, m_stack, &QUndoStack::clear);
}

} // namespace foothold

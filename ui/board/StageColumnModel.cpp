#include "ui/board/StageColumnModel.h"

#include "ui/models/ApplicationsModel.h"
#include "ui/models/RecordFilterProxy.h"

#include <QMimeData>

namespace foothold {

QString StageColumnModel::mimeType()
{
    return QStringLiteral("application/x-foothold-application-ids");
}

QList<qint64> StageColumnModel::idsIn(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    for (const QByteArray &line : data->data(mimeType()).split('\n')) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}

StageColumnModel::StageColumnModel(RecordFilterProxy *records, ApplicationStage stage, QObject *parent)
    : QSortFilterProxyModel(parent), m_records(records), m_model(qobject_cast<ApplicationsModel *>(records->recordModel())),
      m_stage(stage)
{
    Q_ASSERT(m_model);
    setSourceModel(records);
    setDynamicSortFilter(true);
    sort(0);
}

qint64 StageColumnModel::idAt(int row) const
{
    return m_records->idFromIndex(mapToSource(index(row, 0)));
}

QModelIndex StageColumnModel::indexOfId(qint64 id) const
{
    return mapFromSource(m_records->indexOfId(id));
}

bool StageColumnModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const int modelRow = m_records->mapToSource(m_records->index(sourceRow, 0)).row();
    return modelRow >= 0 && m_model->rowAt(modelRow).stage == m_stage;
}

bool StageColumnModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The most recent arrival in the stage on top; then by company and role, so the order is stable.
    const int a = m_records->mapToSource(left).row();
    const int b = m_records->mapToSource(right).row();
    const QDate since[] = {ApplicationsModel::stageSince(m_model->rowAt(a)), ApplicationsModel::stageSince(m_model->rowAt(b))};
    if (since[0] != since[1])
        return since[0] > since[1];
    return m_model->sortRank(ApplicationsModel::Company, a) < m_model->sortRank(ApplicationsModel::Company, b);
}

Qt::ItemFlags StageColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land on the column, never on a card
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList StageColumnModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *StageColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArrayList lines;
    QList<qint64> seen;
    for (const QModelIndex &index : indexes) {
        const qint64 id = idAt(index.row());
        if (id > 0 && !seen.contains(id)) {
            seen << id;
            lines << QByteArray::number(id);
        }
    }
    if (lines.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), lines.join('\n'));
    return data;
}

QList<qint64> StageColumnModel::movableIds(const QMimeData *data) const
{
    QList<qint64> ids;
    for (const qint64 id : idsIn(data)) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && m_model->rowAt(row).stage != m_stage)
            ids << id;
    }
    return ids;
}

bool StageColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return (action == Qt::MoveAction || action == Qt::CopyAction) && !movableIds(data).isEmpty();
}

bool StageColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit moveRequested(movableIds(data), m_stage);
    return true;
}

} // namespace foothold

#pragma once

#include "core/domain/Enums.h"

#include <QSortFilterProxyModel>

class QMimeData;

namespace foothold {

class ApplicationsModel;
class RecordFilterProxy;

// One column of the applications board: the applications of the page's filtered list (same search,
// same filters) that are at `stage`, the most recent arrivals first. Cards drag out as application
// ids; a drop of ids asks, through moveRequested(), to move them to this column's stage. The model
// itself never writes: the board does, through the undoable writer.
class StageColumnModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // The MIME type of dragged cards: application ids, one per line, as text.
    static QString mimeType();
    // The ids in `data`, empty when it holds no cards.
    [[nodiscard]] static QList<qint64> idsIn(const QMimeData *data);

    StageColumnModel(RecordFilterProxy *records, ApplicationStage stage, QObject *parent = nullptr);

    [[nodiscard]] ApplicationStage stage() const { return m_stage; }
    [[nodiscard]] qint64 idAt(int row) const;
    [[nodiscard]] QModelIndex indexOfId(qint64 id) const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // What a drop on the column does: announces the move of the dropped cards that are not at
    // this stage yet. Returns whether there was any.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

signals:
    void moveRequested(const QList<qint64> &ids, foothold::ApplicationStage stage);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    [[nodiscard]] QList<qint64> movableIds(const QMimeData *data) const;

    RecordFilterProxy *m_records;
    ApplicationsModel *m_model;
    ApplicationStage m_stage;
};

} // namespace foothold

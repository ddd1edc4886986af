#pragma once

#include "core/services/ImportTypes.h"

#include <QAbstractTableModel>

namespace foothold {

// The records of an import's preview or result, one row each: line, what happens to it (added,
// updated, unchanged, skipped), the record, and why. A likely duplicate is said in its record's
// "why". The model holds values; setResult() replaces them all (it is a report, not a live list).
class ImportRecordsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LineColumn, ActionColumn, RecordColumn, ReasonColumn, ColumnCount };
    static constexpr int ActionRole = Qt::UserRole + 1; // int(ImportAction), for the filter

    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const ImportResult &result);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    [[nodiscard]] static QString actionLabel(ImportAction action);

private:
    QList<ImportRecord> m_records;
};

} // namespace foothold

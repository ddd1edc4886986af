#include "ui/import/ImportRecordsModel.h"

#include "ui/widgets/Palette.h"

#include <QApplication>
#include <QHash>

namespace foothold {

void ImportRecordsModel::setResult(const ImportResult &result)
{
    beginResetModel();
    m_records = result.records;
    // A likely duplicate is about a record of the file: say so next to it.
    QHash<int, QString> duplicates;
    for (const LikelyDuplicate &d : result.duplicates)
        duplicates[d.line] = tr("may be someone already here (%1): added, and listed under Possible duplicates").arg(d.reason);
    for (ImportRecord &record : m_records) {
        const QString duplicate = duplicates.value(record.line);
        if (!duplicate.isEmpty() && record.action != ImportAction::Skipped)
            record.reason = record.reason.isEmpty() ? duplicate : record.reason + QStringLiteral("; ") + duplicate;
    }
    endResetModel();
}

int ImportRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportRecordsModel::actionLabel(ImportAction action)
{
    switch (action) {
    case ImportAction::Added: return tr("Add");
    case ImportAction::Updated: return tr("Update");
    case ImportAction::Unchanged: return tr("Unchanged");
    case ImportAction::Skipped: return tr("Skip");
    }
    return {};
}

QVariant ImportRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ImportRecord &record = m_records.at(index.row());
    if (role == ActionRole)
        return int(record.action);
    if (role == Qt::ForegroundRole && index.column() == ActionColumn) {
        const QPalette palette = QApplication::palette();
        switch (record.action) {
        case ImportAction::Added: return okColor(palette);
        case ImportAction::Updated: return warningColor(palette);
        case ImportAction::Skipped: return errorColor(palette);
        case ImportAction::Unchanged: return mutedTextColor(palette);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return record.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn: return record.line > 0 ? QVariant(record.line) : QVariant();
    case ActionColumn: return actionLabel(record.action);
    case RecordColumn: return record.label;
    case ReasonColumn: return record.reason;
    default: return {};
    }
}

QVariant ImportRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn: return tr("Line");
    case ActionColumn: return tr("What happens");
    case RecordColumn: return tr("Record");
    case ReasonColumn: return tr("Why");
    default: return {};
    }
}

} // namespace foothold

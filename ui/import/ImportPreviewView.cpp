#include "ui/import/ImportPreviewView.h"

#include "ui/import/ImportRecordsModel.h"
#include "ui/widgets/Palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace foothold {

QStringList importProblemLines(const ImportResult &result, const QString &sourceName, bool withWarnings)
{
    QStringList lines;
    for (const Diagnostic &d : result.errors)
        lines << d.toString(sourceName);
    if (withWarnings)
        for (const Diagnostic &d : result.warnings)
            lines << Diagnostic{d.line, QObject::tr("warning: %1").arg(d.message)}.toString(sourceName);
    return lines;
}

ImportPreviewView::ImportPreviewView(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_hint(new QLabel(this)), m_problems(new QListWidget(this)),
      m_showLabel(new QLabel(tr("&Show:"), this)), m_filter(new QComboBox(this)), m_table(new QTableView(this)), m_model(new ImportRecordsModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_headline->setObjectName(QStringLiteral("previewHeadline"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Problems in the file"));
    m_problems->setMaximumHeight(120);
    m_problems->setAlternatingRowColors(true);

    m_filter->setAccessibleName(tr("Show records"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ImportRecordsModel::ActionRole);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("Records in the file"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImportRecordsModel::LineColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ImportRecordsModel::LineColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImportRecordsModel::ActionColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(ImportRecordsModel::RecordColumn, 220);

    auto *filterRow = new QHBoxLayout;
    m_showLabel->setBuddy(m_filter);
    filterRow->addWidget(m_showLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    auto *title = new QLabel(tr("Preview — nothing is imported until you click Import"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_headline);
    layout->addWidget(m_hint);
    layout->addWidget(m_problems, 1);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 3);
    layout->addStretch(0); // takes the room when nothing else can
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ImportPreviewView::applyFilter);
}

void ImportPreviewView::showResult(const ImportResult &result, const QString &sourceName, bool skipInvalid)
{
    m_model->setResult(result);
    const int total = result.added + result.updated + result.unchanged + result.skipped;
    if (result.ok()) {
        m_headline->setText(tr("%1: %n record(s) — add %2, update %3, unchanged %4, skip %5", nullptr, total)
                                .arg(sourceName)
                                .arg(result.added)
                                .arg(result.updated)
                                .arg(result.unchanged)
                                .arg(result.skipped));
        m_headline->setStyleSheet(QString());
        QStringList hints;
        if (result.skipped > 0)
            hints << tr("Skipped records are listed with the reason; they are not imported.");
        if (!result.duplicates.isEmpty())
            hints << tr("%n record(s) may be someone already here: they are added, and listed under Edit › Possible duplicates "
                        "for a merge.", nullptr, int(result.duplicates.size()));
        if (result.added + result.updated == 0)
            hints << tr("Nothing new: importing changes nothing.");
        m_hint->setText(hints.join(QLatin1Char(' ')));
    } else {
        // The core's message speaks of the CLI's option; the wizard says it in its own words.
        m_headline->setText(result.errors.isEmpty()
                                ? tr("%1 cannot be imported: %2").arg(sourceName, result.failure->message)
                                : tr("%1: %n error(s) — nothing can be imported as it is", nullptr, int(result.errors.size())).arg(sourceName));
        m_headline->setStyleSheet(QStringLiteral("color: %1").arg(errorColor(palette()).name()));
        m_hint->setText(!skipInvalid && !result.errors.isEmpty()
                            ? tr("Correct the file and choose it again, or tick “Skip records with errors” below to import "
                                 "the other records (this works when the errors are in single records, not in the file as a whole).")
                            : tr("Nothing was changed."));
    }
    m_hint->setVisible(!m_hint->text().isEmpty());

    m_problems->clear();
    for (const Diagnostic &d : result.errors) {
        auto *item = new QListWidgetItem(d.toString(sourceName), m_problems);
        item->setForeground(errorColor(palette()));
    }
    for (const Diagnostic &d : result.warnings) {
        auto *item = new QListWidgetItem(Diagnostic{d.line, tr("warning: %1").arg(d.message)}.toString(sourceName), m_problems);
        item->setForeground(mutedTextColor(palette()));
    }
    m_problems->setVisible(m_problems->count() > 0);

    // The filter offers only what there is, with counts.
    const int previous = m_filter->currentData().isValid() ? m_filter->currentData().toInt() : -1;
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->addItem(tr("All records (%1)").arg(m_model->rowCount()), -1);
    const std::pair<ImportAction, QString> kinds[] = {
        {ImportAction::Added, tr("To add (%1)").arg(result.added)},
        {ImportAction::Updated, tr("To update (%1)").arg(result.updated)},
        {ImportAction::Unchanged, tr("Unchanged (%1)").arg(result.unchanged)},
        {ImportAction::Skipped, tr("Skipped (%1)").arg(result.skipped)},
    };
    for (const auto &[action, label] : kinds)
        m_filter->addItem(label, int(action));
    m_filter->setCurrentIndex(qMax(0, m_filter->findData(previous)));
    m_filter->blockSignals(false);
    applyFilter();
    const bool anyRecords = m_model->rowCount() > 0;
    m_table->setVisible(anyRecords);
    m_filter->setVisible(anyRecords);
    m_showLabel->setVisible(anyRecords);
    // Without records to list, the problems get the room.
    m_problems->setMaximumHeight(anyRecords ? 120 : QWIDGETSIZE_MAX);
}

void ImportPreviewView::applyFilter()
{
    const int action = m_filter->currentData().toInt();
    m_proxy->setFilterFixedString(action < 0 ? QString() : QString::number(action));
}

} // namespace foothold

#include "ui/import/ImportSummaryView.h"

#include "ui/import/ImportPreviewView.h"
#include "ui/widgets/Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foothold {

ImportSummaryView::ImportSummaryView(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_undo(new QLabel(this)),
      m_duplicates(new QPushButton(tr("Review possible &duplicates…"), this)), m_details(new QPlainTextEdit(this))
{
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_headline->setFont(font);
    m_headline->setWordWrap(true);
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_undo->setWordWrap(true);
    m_undo->setObjectName(QStringLiteral("summaryUndo"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setAccessibleName(tr("Warnings and skipped records"));
    auto *duplicatesRow = new QHBoxLayout;
    duplicatesRow->addWidget(m_duplicates);
    duplicatesRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_undo);
    layout->addLayout(duplicatesRow);
    layout->addWidget(m_details, 1);
    connect(m_duplicates, &QPushButton::clicked, this, &ImportSummaryView::duplicatesRequested);
}

void ImportSummaryView::showResult(const ImportResult &result, const QString &sourceName, bool cancelled, bool undoable)
{
    QStringList details;
    if (result.ok()) {
        m_headline->setText(tr("Imported %1: %2.").arg(sourceName, result.summary()));
        m_headline->setStyleSheet(QString());
        if (result.added + result.updated == 0)
            m_undo->setText(tr("Nothing changed: everything in the file was already here."));
        else if (undoable)
            m_undo->setText(tr("Edit › Undo (Ctrl+Z) in the main window takes the whole import back in one step."));
        else
            m_undo->setText(tr("This import cannot be undone from the window."));
        for (const ImportRecord &r : result.records)
            if (r.action == ImportAction::Skipped)
                details << Diagnostic{r.line, tr("skipped: %1%2").arg(r.label.isEmpty() ? QString() : r.label + QStringLiteral(": "), r.reason)}
                               .toString(sourceName);
        for (const LikelyDuplicate &d : result.duplicates)
            details << Diagnostic{d.line, tr("likely duplicate: %1 may be someone already here: %2").arg(d.name, d.reason)}
                           .toString(sourceName);
        ImportResult warningsOnly;
        warningsOnly.warnings = result.warnings;
        details << importProblemLines(warningsOnly, sourceName, true);
    } else {
        m_headline->setText(cancelled && result.failure->code == Error::Code::Cancelled
                                ? tr("Import cancelled: nothing was imported.")
                                : tr("%1 was not imported: %2").arg(sourceName, result.failure->message));
        m_headline->setStyleSheet(QStringLiteral("color: %1").arg(errorColor(palette()).name()));
        m_undo->setText(tr("The database is exactly as it was before."));
        details << importProblemLines(result, sourceName, false);
    }
    m_duplicates->setVisible(result.ok() && !result.duplicates.isEmpty());
    m_duplicates->setText(tr("Review %n possible duplicate(s)…", nullptr, int(result.duplicates.size())));
    m_details->setPlainText(details.join(QLatin1Char('\n')));
    m_details->setVisible(!details.isEmpty());
}

} // namespace foothold

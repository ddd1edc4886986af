#include "ui/editors/StageHistoryField.h"

#include "ui/widgets/Inputs.h"
#include "ui/widgets/Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace foothold {
namespace {

constexpr int kDot = 10;      // the timeline's dot
constexpr int kDotColumn = 18; // the width kept for the line and its dots

} // namespace

StageHistoryField::StageHistoryField(QWidget *parent) : QWidget(parent), m_rows(new QVBoxLayout(this))
{
    m_rows->setContentsMargins(kDotColumn, 0, 0, 0);
    m_rows->setSpacing(2);
    setAccessibleName(tr("Stage history"));
}

void StageHistoryField::setHistory(const QList<StageChange> &history)
{
    rebuildRows(history);
}

void StageHistoryField::startWith(ApplicationStage stage, QDate date)
{
    rebuildRows({});
    addRow({stage, date, {}}, true);
}

void StageHistoryField::rebuildRows(const QList<StageChange> &history)
{
    for (const Entry &entry : std::as_const(m_entries))
        delete entry.row;
    m_entries.clear();
    for (const StageChange &change : history)
        addRow(change, false);
    update();
}

void StageHistoryField::addRow(const StageChange &change, bool added)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *stage = new QLabel(QStringLiteral("<b>%1</b>").arg(label(change.stage).toHtmlEscaped()), row);
    // Every row's date starts at the same x: the stage column is as wide as the longest label.
    QFont bold = font();
    bold.setBold(true);
    int widest = 0;
    for (const auto value : allValues<ApplicationStage>())
        widest = qMax(widest, QFontMetrics(bold).horizontalAdvance(label(value)));
    stage->setFixedWidth(widest + 4);
    auto *date = new DateField(row);
    date->setDate(change.date);
    date->setClearButtonEnabled(false); // every entry needs a date; the × of the row removes it
    date->setAccessibleName(tr("Date of “%1”").arg(label(change.stage)));
    date->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 14);
    auto *note = new QLineEdit(change.note, row);
    note->setPlaceholderText(tr("note"));
    note->setMinimumWidth(fontMetrics().averageCharWidth() * 4);
    note->setAccessibleName(tr("Note on “%1”").arg(label(change.stage)));
    auto *remove = new QToolButton(row);
    remove->setText(QStringLiteral("×"));
    remove->setToolTip(tr("Remove this entry"));
    remove->setAutoRaise(true);
    layout->addWidget(stage);
    layout->addWidget(date);
    layout->addWidget(note, 1);
    layout->addWidget(remove);
    m_rows->addWidget(row);
    m_entries.append({change.stage, row, date, note, added});
    connect(date, &QLineEdit::textEdited, this, &StageHistoryField::changed);
    connect(note, &QLineEdit::textEdited, this, &StageHistoryField::changed);
    connect(remove, &QToolButton::clicked, this, [this, row] { removeRow(row); });
    updateRemoveButtons();
}

void StageHistoryField::removeRow(QWidget *row)
{
    if (m_entries.size() <= 1)
        return;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).row != row)
            continue;
        m_entries.removeAt(i);
        row->hide();
        row->deleteLater(); // its button is still handling the click
        break;
    }
    updateRemoveButtons();
    update();
    emit changed();
}

QList<StageChange> StageHistoryField::history(QList<Error> &errors) const
{
    QList<StageChange> out;
    QDate previous;
    for (const Entry &entry : m_entries) {
        const QString name = label(entry.stage);
        if (entry.date->hasBadText())
            errors << Error::invalid(QStringLiteral("history"),
                                     tr("“%1” (%2) is not a date that exists (YYYY-MM-DD)").arg(entry.date->text(), name));
        else if (!entry.date->date().isValid())
            errors << Error::invalid(QStringLiteral("history"), tr("“%1” needs a date").arg(name));
        else if (previous.isValid() && entry.date->date() < previous)
            errors << Error::invalid(QStringLiteral("history"),
                                     tr("“%1” on %2 comes before the stage above it").arg(name, entry.date->text()));
        if (entry.date->date().isValid())
            previous = entry.date->date();
        out.append({entry.stage, entry.date->date(), entry.note->text().trimmed()});
    }
    return out;
}

ApplicationStage StageHistoryField::currentStage() const
{
    return m_entries.isEmpty() ? ApplicationStage::Saved : m_entries.last().stage;
}

void StageHistoryField::chooseStage(ApplicationStage stage, QDate date)
{
    // Changing one's mind before saving replaces the entry just added…
    if (!m_entries.isEmpty() && m_entries.last().added) {
        delete m_entries.last().row;
        m_entries.removeLast();
    }
    // …and going back to where it was leaves no new entry at all.
    if (m_entries.isEmpty() || m_entries.last().stage != stage)
        addRow({stage, date, {}}, true);
    updateRemoveButtons();
    update();
    emit changed();
}

void StageHistoryField::updateRemoveButtons()
{
    for (const Entry &entry : std::as_const(m_entries))
        entry.row->findChild<QToolButton *>()->setEnabled(m_entries.size() > 1);
}

void StageHistoryField::paintEvent(QPaintEvent *)
{
    if (m_entries.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int x = kDotColumn / 2;
    const auto centerY = [](const Entry &entry) { return entry.row->geometry().center().y(); };
    painter.setPen(QPen(mutedTextColor(palette()), 2));
    painter.drawLine(x, centerY(m_entries.first()), x, centerY(m_entries.last()));
    for (const Entry &entry : m_entries) {
        painter.setPen(QPen(palette().color(QPalette::Window), 2));
        painter.setBrush(categoryColor(int(entry.stage), palette()));
        painter.drawEllipse(QPointF(x, centerY(entry)), kDot / 2.0, kDot / 2.0);
    }
}

} // namespace foothold

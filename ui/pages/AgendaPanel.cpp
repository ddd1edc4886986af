#include "ui/pages/AgendaPanel.h"

#include "core/analytics/Clashes.h"
#include "core/domain/TimeInput.h"
#include "core/services/AgendaImport.h"
#include "core/storage/AgendaSessionStore.h"
#include "core/storage/EventStore.h"
#include "core/util/Clock.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace foothold {
namespace {

enum Column { Chosen, Start, End, Room, Track, Title, Speakers, ColumnCount };

QString wallClock(const QDateTime &utc, const QString &zoneName)
{
    if (!utc.isValid())
        return {};
    const QTimeZone zone = zoneName.isEmpty() ? QTimeZone::utc() : zoneFromName(zoneName);
    return utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}

} // namespace

AgendaPanel::AgendaPanel(UiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_event(new QComboBox(this)),
      m_skipInvalid(new QCheckBox(tr("&Leave out sessions that cannot be read"), this)), m_table(new QTableWidget(this)),
      m_status(new QLabel(this))
{
    m_skipInvalid->setToolTip(tr("Without this, one session without a start, or ending before it starts, stops the whole "
                                 "import; with it, such sessions are left out and counted"));
    m_event->setObjectName(QStringLiteral("agendaEvent"));
    m_event->setAccessibleName(tr("Event"));
    auto *importButton = new QPushButton(tr("&Import agenda…"), this);
    importButton->setToolTip(tr("Read the event's schedule from a Sched or Pretalx .ics file"));
    auto *exportButton = new QPushButton(tr("E&xport plan…"), this);
    exportButton->setToolTip(tr("Write the chosen sessions as an .ics file for your calendar"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Event:"), this));
    top->addWidget(m_event, 1);
    top->addWidget(importButton);
    top->addWidget(exportButton);
    auto *options = new QHBoxLayout;
    options->addStretch(1);
    options->addWidget(m_skipInvalid);

    m_table->setObjectName(QStringLiteral("agendaTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Go"), tr("Start"), tr("End"), tr("Room"), tr("Track"), tr("Title"), tr("Speakers")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(options);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_event, &QComboBox::currentIndexChanged, this, &AgendaPanel::refresh);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == Chosen)
            chooseRow(item->row(), item->checkState() == Qt::Checked);
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import agenda"), {}, tr("iCalendar (*.ics);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export plan"), tr("plan.ics"), tr("iCalendar (*.ics)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    fillEvents();
}

QString AgendaPanel::status() const
{
    return m_status->text();
}

void AgendaPanel::fillEvents()
{
    const QVariant current = m_event->currentData();
    const QSignalBlocker block(m_event);
    m_event->clear();
    for (const Event &e : EventStore(m_context.db, m_context.clock).list())
        m_event->addItem(QStringLiteral("%1 (%2)").arg(e.name, e.start.toUTC().date().toString(Qt::ISODate)), e.id.value);
    const int index = m_event->findData(current);
    if (index >= 0)
        m_event->setCurrentIndex(index);
}

void AgendaPanel::setEvent(EventId event)
{
    fillEvents();
    const int index = m_event->findData(event.value);
    if (index >= 0)
        m_event->setCurrentIndex(index);
    refresh();
}

void AgendaPanel::refresh()
{
    const EventId event(m_event->currentData().toLongLong());
    m_sessions = event.isValid() ? AgendaSessionStore(m_context.db).list(event) : QList<AgendaSession>();
    m_filling = true;
    m_table->setRowCount(int(m_sessions.size()));
    for (int row = 0; row < int(m_sessions.size()); ++row) {
        const AgendaSession &s = m_sessions.at(row);
        auto *go = new QTableWidgetItem;
        go->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        go->setCheckState(s.chosen ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Chosen, go);
        const QStringList cells = {wallClock(s.start, s.timeZone), wallClock(s.end, s.timeZone), s.room, s.track, s.title,
                                   s.speakers.join(QStringLiteral(", "))};
        for (int c = 0; c < int(cells.size()); ++c)
            m_table->setItem(row, Start + c, new QTableWidgetItem(cells.at(c)));
    }
    m_filling = false;
    showClashes();
    m_table->resizeColumnsToContents();
}

void AgendaPanel::showClashes()
{
    QList<TimeSpan> spans;
    QList<int> rowsOfSpans;
    int chosen = 0;
    for (int row = 0; row < int(m_sessions.size()); ++row)
        if (m_sessions.at(row).chosen) {
            ++chosen;
            spans << TimeSpan{QString::number(m_sessions.at(row).id.value), m_sessions.at(row).start, m_sessions.at(row).end};
            rowsOfSpans << row;
        }
    QHash<int, QStringList> clashes;
    for (const Clash &c : findClashes(spans)) {
        clashes[rowsOfSpans.at(c.first)] << m_sessions.at(rowsOfSpans.at(c.second)).title;
        clashes[rowsOfSpans.at(c.second)] << m_sessions.at(rowsOfSpans.at(c.first)).title;
    }
    m_filling = true;
    const QColor warning = warningColor(palette());
    const QColor normal = palette().color(QPalette::Text);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool clashing = clashes.contains(row);
        const QString why = clashing ? tr("Clashes with: %1").arg(clashes.value(row).join(QStringLiteral("; "))) : QString();
        m_table->item(row, Chosen)->setText(clashing ? tr("clash") : QString());
        for (int c = 0; c < ColumnCount; ++c) {
            m_table->item(row, c)->setForeground(clashing ? warning : normal);
            m_table->item(row, c)->setToolTip(why);
        }
    }
    m_filling = false;
    m_table->resizeColumnToContents(Chosen);
    m_status->setText(m_sessions.isEmpty() ? tr("No agenda yet: import the event's schedule (.ics).")
                                           : tr("%n session(s), ", nullptr, int(m_sessions.size())) + tr("%n chosen, ", nullptr, chosen) +
                                                 tr("%n clashing.", nullptr, int(clashes.size())));
}

void AgendaPanel::chooseRow(int row, bool chosen)
{
    if (row < 0 || row >= int(m_sessions.size()))
        return;
    const EventId event(m_event->currentData().toLongLong());
    const SessionId id = m_sessions.at(row).id;
    Status status = m_context.writer.write(chosen ? tr("Choose session") : tr("Drop session"),
                                           [&]() -> Status { return AgendaSessionStore(m_context.db).setChosen(event, {id}, chosen); });
    if (status)
        m_sessions[row].chosen = chosen;
    else
        QMetaObject::invokeMethod(this, &AgendaPanel::refresh, Qt::QueuedConnection); // put the box back as stored
    showClashes();
    if (!status)
        m_status->setText(status.error().toString());
}

bool AgendaPanel::importFile(const QString &path)
{
    const EventId event(m_event->currentData().toLongLong());
    QFile file(path);
    if (!event.isValid() || !file.open(QIODevice::ReadOnly)) {
        m_status->setText(event.isValid() ? tr("Cannot read %1").arg(path) : tr("Choose an event first."));
        return false;
    }
    const QByteArray bytes = file.readAll();
    Result<AgendaImportResult> result = Error::notFound({});
    Status status = m_context.writer.write(tr("Import agenda"), [&]() -> Status {
        result = importAgenda(m_context.db, event, bytes, path, m_context.clock.nowUtc(), m_skipInvalid->isChecked());
        return result ? Status() : Status(result.error());
    });
    refresh();
    if (!status) {
        m_status->setText(status.error().toString());
        return false;
    }
    m_status->setText(tr("Imported %1 session(s): %2 new, %3 updated, %4 left out.")
                          .arg(result->sessions.size())
                          .arg(result->merge.added)
                          .arg(result->merge.updated)
                          .arg(result->warnings.size()));
    return true;
}

bool AgendaPanel::exportFile(const QString &path)
{
    const EventId event(m_event->currentData().toLongLong());
    auto bytes = exportPlan(m_context.db, event, m_context.clock.nowUtc());
    QFile file(path);
    if (!bytes || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*bytes) != bytes->size()) {
        m_status->setText(bytes ? tr("Cannot write %1").arg(path) : bytes.error().toString());
        return false;
    }
    m_status->setText(tr("Plan written to %1").arg(path));
    return true;
}

} // namespace foothold

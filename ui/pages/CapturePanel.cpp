#include "ui/pages/CapturePanel.h"

#include "core/services/QuickCapture.h"
#include "core/storage/EventStore.h"
#include "core/util/Clock.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/Palette.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace foothold {

CapturePanel::CapturePanel(UiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_event(new QComboBox(this)), m_name(new QLineEdit(this)), m_company(new QLineEdit(this)),
      m_note(new QLineEdit(this)), m_captured(new QListWidget(this)), m_status(new QLabel(this))
{
    m_event->setObjectName(QStringLiteral("captureEvent"));
    m_name->setObjectName(QStringLiteral("captureName"));
    m_company->setObjectName(QStringLiteral("captureCompany"));
    m_note->setObjectName(QStringLiteral("captureNote"));
    m_name->setPlaceholderText(tr("Their name"));
    m_company->setPlaceholderText(tr("Where they work (optional)"));
    m_note->setPlaceholderText(tr("One line to remember them by; Enter saves"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("N&ote:"), m_note);
    auto *hint = new QLabel(tr("Enter saves the person as a contact met at this event and clears the fields for the next."), this);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, mutedTextColor(palette()));
    hint->setPalette(muted);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(new QLabel(tr("Captured:"), this));
    layout->addWidget(m_captured, 1);
    layout->addWidget(m_status);
    for (QLineEdit *edit : {m_name, m_company, m_note})
        connect(edit, &QLineEdit::returnPressed, this, &CapturePanel::capture);
    fillEvents();
}

QString CapturePanel::status() const
{
    return m_status->text();
}

void CapturePanel::fillEvents()
{
    const QVariant current = m_event->currentData();
    m_event->clear();
    for (const Event &e : EventStore(m_context.db, m_context.clock).list())
        m_event->addItem(e.name, e.id.value);
    const int index = m_event->findData(current);
    if (index >= 0)
        m_event->setCurrentIndex(index);
}

void CapturePanel::setEvent(EventId event)
{
    fillEvents();
    const int index = m_event->findData(event.value);
    if (index >= 0)
        m_event->setCurrentIndex(index);
}

bool CapturePanel::capture()
{
    const EventId event(m_event->currentData().toLongLong());
    if (!event.isValid()) {
        m_status->setText(tr("Choose the event first."));
        return false;
    }
    const CapturedPerson person{m_name->text(), m_company->text(), m_note->text()};
    Result<CaptureResult> result = Error::notFound({});
    Status status = m_context.writer.write(tr("Capture %1").arg(person.name.simplified()), [&]() -> Status {
        result = QuickCapture(m_context.db, m_context.clock).capture(event, person);
        return result ? Status() : Status(result.error());
    });
    if (!status) {
        m_status->setText(status.error().field == QLatin1String("name") ? tr("A name is needed.") : status.error().toString());
        m_name->setFocus();
        return false;
    }
    QString line = person.name.simplified();
    if (!person.company.trimmed().isEmpty())
        line += QStringLiteral(" — ") + person.company.trimmed();
    if (!person.note.trimmed().isEmpty())
        line += QStringLiteral(": ") + person.note.trimmed();
    m_captured->insertItem(0, line);
    m_status->setText(result->followUpsMade > 0 ? tr("Saved; a follow-up is due within 48 hours.") : tr("Saved."));
    m_name->clear();
    m_company->clear();
    m_note->clear();
    m_name->setFocus();
    return true;
}

} // namespace foothold

#include "ui/widgets/ParticipantsField.h"

#include "ui/models/NameDirectory.h"
#include "ui/widgets/ContactNameEdit.h"

#include <QAction>
#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

namespace foothold {

ParticipantsField::ParticipantsField(Database &db, NameDirectory &names, QWidget *parent)
    : QWidget(parent)
    , m_names(names)
    , m_edit(new ContactNameEdit(db, names, this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    m_edit->setPlaceholderText(tr("Type a name, then Enter"));
    m_edit->setAccessibleName(tr("Add a participant"));
    m_add->setToolTip(tr("Add the contact typed (Enter)"));
    m_remove->setToolTip(tr("Remove the selected participant (Del)"));
    m_list->setAccessibleName(tr("Participants"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_list, 0, 0);
    layout->addWidget(m_remove, 0, 1, Qt::AlignTop);
    layout->addWidget(m_edit, 1, 0);
    layout->addWidget(m_add, 1, 1);
    layout->setColumnStretch(0, 1);
    setFocusProxy(m_edit);

    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &ParticipantsField::removeSelected);
    connect(m_remove, &QPushButton::clicked, this, &ParticipantsField::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &ParticipantsField::addTyped);
    connect(m_edit, &QLineEdit::returnPressed, this, &ParticipantsField::addTyped);
    connect(m_edit, &ContactNameEdit::contactPicked, this, [this](ContactId id) {
        // After the completer wrote its text into the box: add, then empty the box for the next one.
        QTimer::singleShot(0, this, [this, id] {
            addContact(id);
            m_edit->clear();
        });
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(&names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Contact)
            refresh();
    });
    refresh();
}

void ParticipantsField::setContacts(const QList<ContactId> &contacts)
{
    m_contacts = contacts;
    m_edit->clear();
    refresh();
}

Result<QList<ContactId>> ParticipantsField::resolvedContacts(const QString &field) const
{
    QList<ContactId> out = m_contacts;
    auto typed = m_edit->contactId(field);
    if (!typed)
        return typed.error();
    if (typed->isValid() && !out.contains(*typed))
        out << *typed;
    return out;
}

bool ParticipantsField::addTyped()
{
    auto id = m_edit->contactId(QStringLiteral("contact"));
    if (!id) {
        emit addFailed(id.error());
        return false;
    }
    if (!id->isValid())
        return false;
    addContact(*id);
    m_edit->clear();
    return true;
}

void ParticipantsField::addContact(ContactId id)
{
    if (!id.isValid() || m_contacts.contains(id))
        return;
    m_contacts << id;
    refresh();
    emit changed();
}

void ParticipantsField::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_contacts.size() || m_list->selectedItems().isEmpty())
        return;
    m_contacts.removeAt(row);
    refresh();
    m_list->setCurrentRow(qMin(row, int(m_contacts.size()) - 1));
    emit changed();
}

void ParticipantsField::refresh()
{
    m_list->clear();
    for (const ContactId id : std::as_const(m_contacts)) {
        const QString name = m_names.contact(id.value);
        m_list->addItem(name.isEmpty() ? tr("(contact %1, deleted)").arg(id.value) : name);
    }
    // As tall as its rows (one to four), so one participant does not take a big empty box.
    const int rows = qBound(1, int(m_contacts.size()), 4);
    const int rowHeight = m_list->fontMetrics().height() + 6;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 4);
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    // No empty box that looks like a second input: the list shows once someone is in it.
    m_list->setVisible(!m_contacts.isEmpty());
    m_remove->setVisible(!m_contacts.isEmpty());
}

} // namespace foothold

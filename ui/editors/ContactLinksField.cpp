#include "ui/editors/ContactLinksField.h"

#include "core/services/LinkEditing.h"
#include "core/storage/LinkStore.h"
#include "core/util/Clock.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/PersonPicker.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace foothold {
namespace {

QString verb(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Knows: return ContactLinksField::tr("knows");
    case LinkKind::WorksWith: return ContactLinksField::tr("works with");
    case LinkKind::Introduced: return ContactLinksField::tr("introduced");
    case LinkKind::Mentor: return ContactLinksField::tr("mentors");
    }
    return {};
}

QString sourceText(LinkSource source)
{
    switch (source) {
    case LinkSource::Manual: return ContactLinksField::tr("entered");
    case LinkSource::Introduction: return ContactLinksField::tr("from “introduced by”");
    case LinkSource::InferredCompany: return ContactLinksField::tr("inferred: same company");
    case LinkSource::InferredEvent: return ContactLinksField::tr("inferred: met at the same event");
    }
    return {};
}

} // namespace

ContactLinksField::ContactLinksField(UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Ties to other people</b>"), this);
    layout->addWidget(title);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Ties to other people"));
    m_list->setMaximumHeight(140);
    title->setBuddy(m_list);
    layout->addWidget(m_list);

    auto *actions = new QHBoxLayout;
    m_confirm = new QPushButton(tr("Confirm"), this);
    m_confirm->setToolTip(tr("An inferred tie is real: keep it as your own"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Delete an entered tie; dismiss a derived one so that it is not made again (Delete)"));
    actions->addWidget(m_confirm);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    layout->addLayout(actions);

    auto *add = new QHBoxLayout;
    m_person = new PersonPicker(context.names, this);
    m_person->setPlaceholderText(tr("who they know (name)"));
    m_person->setAccessibleName(tr("Linked person"));
    m_kind = new QComboBox(this);
    for (const LinkKind kind : {LinkKind::Knows, LinkKind::WorksWith, LinkKind::Introduced, LinkKind::Mentor})
        m_kind->addItem(verb(kind), int(kind));
    m_kind->setAccessibleName(tr("Kind of tie"));
    m_strength = new QDoubleSpinBox(this);
    m_strength->setRange(0.0, 1.0);
    m_strength->setSingleStep(0.05);
    m_strength->setDecimals(2);
    m_strength->setValue(0.5);
    m_strength->setAccessibleName(tr("Strength of the tie"));
    m_add = new QPushButton(tr("Add tie"), this);
    add->addWidget(m_kind);
    add->addWidget(m_person, 1);
    add->addWidget(m_strength);
    add->addWidget(m_add);
    layout->addLayout(add);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, errorColor(palette()));
    m_error->setPalette(red);
    m_error->hide();
    layout->addWidget(m_error);

    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &ContactLinksField::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &ContactLinksField::addTyped);
    connect(m_person, &QLineEdit::returnPressed, this, &ContactLinksField::addTyped);
    connect(m_confirm, &QPushButton::clicked, this, &ContactLinksField::confirmSelected);
    connect(m_remove, &QPushButton::clicked, this, &ContactLinksField::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ContactLinksField::updateButtons);
    connect(context.db.notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
        if (m_contact.isValid() && (changes.reset || changes.touches(Entity::Link) || changes.touches(Entity::Contact)))
            refresh();
    });
    setContact({});
}

void ContactLinksField::setContact(ContactId contact)
{
    m_contact = contact;
    m_error->hide();
    m_person->clear();
    setEnabled(contact.isValid());
    refresh();
}

void ContactLinksField::refresh()
{
    const qint64 selected = selectedLink();
    m_list->clear();
    if (m_contact.isValid()) {
        for (const Link &link : LinkStore(m_context.db).linksOf(m_contact)) {
            const QString from = m_context.names.contact(link.from.value);
            const QString to = m_context.names.contact(link.to.value);
            auto *item = new QListWidgetItem(tr("%1 %2 %3 — %4, %5")
                                                 .arg(from, verb(link.kind), to, QString::number(link.strength, 'f', 2), sourceText(link.source)),
                                             m_list);
            item->setData(Qt::UserRole, link.id.value);
            item->setData(Qt::UserRole + 1, int(link.source));
            if (link.id.value == selected)
                m_list->setCurrentItem(item);
        }
        if (m_list->count() == 0)
            m_list->addItem(tr("No ties yet: add who they know below."));
    }
    updateButtons();
}

qint64 ContactLinksField::selectedLink() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ContactLinksField::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    const bool any = item && item->data(Qt::UserRole).toLongLong() > 0;
    const auto source = any ? LinkSource(item->data(Qt::UserRole + 1).toInt()) : LinkSource::Manual;
    m_confirm->setEnabled(any && isInferredLink(source));
    m_remove->setEnabled(any);
    m_remove->setText(any && isDerivedLink(source) ? tr("Dismiss") : tr("Remove"));
}

void ContactLinksField::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString ContactLinksField::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool ContactLinksField::addTyped()
{
    if (!m_contact.isValid())
        return false;
    auto other = m_person->resolve(m_context.db, QStringLiteral("to"));
    if (!other) {
        showError(other.error().message);
        return false;
    }
    if (!other->isValid()) {
        showError(tr("Name the person they know."));
        return false;
    }
    Link link;
    link.from = m_contact;
    link.to = *other;
    link.kind = LinkKind(m_kind->currentData().toInt());
    link.strength = m_strength->value();
    link.since = m_context.clock.today();
    const Status status = m_context.writer.write(tr("Add a tie"), [&]() -> Status {
        auto added = addLinkByHand(m_context.db, link);
        if (!added)
            return added.error();
        return {};
    });
    if (!status) {
        showError(status.error().message);
        return false;
    }
    showError({});
    m_person->clear();
    refresh();
    return true;
}

bool ContactLinksField::confirmSelected()
{
    const LinkId id{selectedLink()};
    if (!id.isValid())
        return false;
    const Status status = m_context.writer.write(tr("Confirm a tie"), [&]() -> Status {
        LinkStore links(m_context.db);
        auto link = links.get(id);
        if (!link)
            return link.error();
        link->source = LinkSource::Manual;
        link->strength = std::max(link->strength, 0.5); // as strong as an entered tie, at least
        return links.update(*link);
    });
    showError(status ? QString() : status.error().message);
    refresh();
    return status.ok();
}

bool ContactLinksField::removeSelected()
{
    const LinkId id{selectedLink()};
    if (!id.isValid())
        return false;
    const Status status = m_context.writer.write(tr("Remove a tie"), [&]() -> Status {
        auto removed = removeOrDismissLink(m_context.db, id);
        if (!removed)
            return removed.error();
        return {};
    });
    showError(status ? QString() : status.error().message);
    refresh();
    return status.ok();
}

} // namespace foothold

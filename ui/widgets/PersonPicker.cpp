#include "ui/widgets/PersonPicker.h"

#include "core/services/NameResolver.h"
#include "ui/models/NameDirectory.h"
#include "ui/widgets/Palette.h"

#include <QAbstractListModel>
#include <QAction>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace foothold {
namespace {

// Every contact's pickable text, shared by all pickers of one name directory. Built when a picker
// is focused (never merely because a record was shown), and only marked stale when contacts
// change, so that editing contacts elsewhere does not rebuild 100,000 entries each time.
class ContactChoices final : public QAbstractListModel {
public:
    explicit ContactChoices(NameDirectory &names) : QAbstractListModel(&names), m_names(names)
    {
        setObjectName(QStringLiteral("foothold-contact-choices"));
        connect(&names, &NameDirectory::namesChanged, this, [this](Entity entity) {
            if (entity == Entity::Contact)
                m_stale = true;
        });
    }

    static ContactChoices &of(NameDirectory &names)
    {
        auto *existing = names.findChild<ContactChoices *>(QStringLiteral("foothold-contact-choices"), Qt::FindDirectChildrenOnly);
        return existing ? *existing : *new ContactChoices(names);
    }

    void ensureCurrent()
    {
        if (m_stale)
            rebuild();
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_texts.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_texts.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return m_texts.at(index.row());
        return {};
    }

private:
    void rebuild()
    {
        beginResetModel();
        const auto &contacts = m_names.contacts();
        QHash<QString, int> counts;
        counts.reserve(contacts.size());
        std::vector<std::pair<QString, qint64>> keyed; // (lower-case name, id)
        keyed.reserve(size_t(contacts.size()));
        for (auto it = contacts.cbegin(); it != contacts.cend(); ++it) {
            QString key = it.value().toLower();
            counts[key] += 1;
            keyed.emplace_back(std::move(key), it.key());
        }
        // Sorted once on lower-case keys (plain comparisons), so the popup lists names alphabetically.
        std::sort(keyed.begin(), keyed.end());
        m_texts.clear();
        m_texts.reserve(qsizetype(keyed.size()));
        for (const auto &[key, id] : keyed) {
            const QString name = contacts.value(id);
            m_texts << (counts.value(key) > 1 ? QStringLiteral("%1 (#%2)").arg(name).arg(id) : name);
        }
        m_stale = false;
        endResetModel();
    }

    NameDirectory &m_names;
    QStringList m_texts;
    bool m_stale = true;
};

} // namespace

PersonPicker::PersonPicker(NameDirectory &names, QWidget *parent) : QLineEdit(parent), m_names(names)
{
    auto *completer = new QCompleter(&ContactChoices::of(names), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    setClearButtonEnabled(true);
    setPlaceholderText(tr("type a name"));
}

void PersonPicker::focusInEvent(QFocusEvent *event)
{
    ContactChoices::of(m_names).ensureCurrent();
    QLineEdit::focusInEvent(event);
}

QString PersonPicker::textFor(qint64 id) const
{
    if (id <= 0)
        return {};
    const QString name = m_names.contact(id);
    if (name.isEmpty())
        return QString::number(id);
    // Shared with another contact? One pass over the names, no copies: cheap enough per record shown.
    for (auto it = m_names.contacts().cbegin(); it != m_names.contacts().cend(); ++it)
        if (it.key() != id && it.value().compare(name, Qt::CaseInsensitive) == 0)
            return QStringLiteral("%1 (#%2)").arg(name).arg(id);
    return name;
}

void PersonPicker::setContact(qint64 id)
{
    setText(textFor(id));
}

Result<ContactId> PersonPicker::resolve(Database &db, const QString &field) const
{
    const QString value = text().simplified();
    if (value.isEmpty())
        return ContactId();
    // "Ana Lima (#12)": the pick of one of several people of that name.
    static const QRegularExpression picked(QStringLiteral(R"(^(.*)\(#(\d+)\)$)"));
    if (const auto match = picked.match(value); match.hasMatch()) {
        const qint64 id = match.captured(2).toLongLong();
        if (!m_names.contact(id).isEmpty())
            return ContactId(id);
    }
    return NameResolver(db).contact(value, field);
}

PeopleField::PeopleField(Database &db, NameDirectory &names, QWidget *parent)
    : QWidget(parent), m_db(db), m_names(names), m_list(new QListWidget(this)), m_picker(new PersonPicker(names, this)),
      m_add(new QPushButton(tr("Add"), this)), m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setToolTip(tr("Delete removes the selected people"));
    m_list->setAccessibleName(tr("Chosen people"));
    layout->addWidget(m_list);
    auto *row = new QHBoxLayout;
    row->addWidget(m_picker, 1);
    m_add->setToolTip(tr("Add the person typed (Enter)"));
    row->addWidget(m_add);
    layout->addLayout(row);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    fitHeight();

    auto *remove = new QAction(tr("Remove"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(remove, &QAction::triggered, this, &PeopleField::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &PeopleField::addTyped);
    connect(m_picker, &QLineEdit::returnPressed, this, &PeopleField::addTyped);
    connect(m_picker, &QLineEdit::textEdited, m_error, &QWidget::hide);
}

void PeopleField::fitHeight()
{
    // As tall as its people (at least one line, at most five), so a form of rounds stays compact.
    const int lines = qBound(1, m_list->count(), 5);
    m_list->setFixedHeight(lines * (m_list->fontMetrics().height() + 6) + 2 * m_list->frameWidth() + 2);
    m_list->setVisible(m_list->count() > 0);
}

void PeopleField::addId(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            return;
    auto *item = new QListWidgetItem(m_picker->textFor(id), m_list);
    item->setData(Qt::UserRole, id);
}

void PeopleField::setContacts(const QList<ContactId> &ids)
{
    m_list->clear();
    for (const ContactId id : ids)
        addId(id.value);
    m_picker->clear();
    m_error->hide();
    fitHeight();
}

QList<ContactId> PeopleField::contacts() const
{
    QList<ContactId> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << ContactId(m_list->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

QString PeopleField::pendingText() const
{
    return m_picker->text().trimmed();
}

bool PeopleField::addTyped()
{
    if (m_picker->text().trimmed().isEmpty())
        return false;
    auto id = m_picker->resolve(m_db, QStringLiteral("people"));
    if (!id) {
        m_error->setText(id.error().message);
        m_error->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(palette()).name()));
        m_error->show();
        return false;
    }
    m_error->hide();
    addId(id->value);
    m_picker->clear();
    fitHeight();
    emit changed();
    return true;
}

void PeopleField::removeSelected()
{
    const auto items = m_list->selectedItems();
    if (items.isEmpty())
        return;
    qDeleteAll(items);
    fitHeight();
    emit changed();
}

} // namespace foothold

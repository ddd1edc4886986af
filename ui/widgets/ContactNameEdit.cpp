#include "ui/widgets/ContactNameEdit.h"

#include "core/services/NameResolver.h"
#include "ui/models/NameDirectory.h"

#include <QCompleter>
#include <QFocusEvent>
#include <QRegularExpression>

#include <algorithm>

namespace foothold {

ContactNameModel::ContactNameModel(NameDirectory &names, QObject *parent) : QAbstractListModel(parent), m_names(names)
{
    connect(&names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity != Entity::Contact || !m_loaded)
            return;
        beginResetModel();
        m_loaded = false;
        m_entries.clear();
        endResetModel();
    });
}

void ContactNameModel::ensureLoaded() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    const auto &all = m_names.contacts();
    m_entries.clear();
    m_entries.reserve(size_t(all.size()));
    QHash<QString, int> seen;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        m_entries.push_back({ it.key(), it.value() });
        ++seen[it.value().toLower()];
    }
    for (Entry &entry : m_entries)
        if (seen.value(entry.text.toLower()) > 1)
            entry.text = tr("%1 (#%2)").arg(entry.text).arg(entry.id);
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        const int order = a.text.compare(b.text, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.id < b.id;
    });
}

int ContactNameModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    ensureLoaded();
    return int(m_entries.size());
}

QVariant ContactNameModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &entry = m_entries[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return entry.text;
    if (role == IdRole)
        return entry.id;
    return {};
}

QString ContactNameModel::displayText(ContactId id) const
{
    // Without building the sorted list: editors fill their fields long before anyone completes.
    const QString name = m_names.contact(id.value);
    const auto &all = m_names.contacts();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (it.key() != id.value && it.value().compare(name, Qt::CaseInsensitive) == 0)
            return tr("%1 (#%2)").arg(name).arg(id.value);
    return name;
}

ContactId ContactNameModel::idOf(const QString &text) const
{
    // From the directory itself: a filter box asks on every keystroke, and the sorted completion
    // list need not exist for that.
    const QString wanted = text.simplified();
    const auto &all = m_names.contacts();
    ContactId found;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.value().compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        if (found.isValid())
            return {}; // two of that name: the resolver explains
        found = ContactId(it.key());
    }
    return found;
}

ContactNameEdit::ContactNameEdit(Database &db, NameDirectory &names, QWidget *parent)
    : QLineEdit(parent), m_db(db), m_model(new ContactNameModel(names, this))
{
    auto *completer = new QCompleter(this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    setClearButtonEnabled(true);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const ContactId id(index.data(ContactNameModel::IdRole).toLongLong());
        if (id.isValid())
            emit contactPicked(id);
    });
}

void ContactNameEdit::focusInEvent(QFocusEvent *event)
{
    // The names are sorted for completion only once someone may type (100,000 names take a moment).
    if (!completer()->model())
        completer()->setModel(m_model);
    QLineEdit::focusInEvent(event);
}

void ContactNameEdit::setContact(ContactId id)
{
    setText(id.isValid() ? m_model->displayText(id) : QString());
}

namespace {

// "Ana Lima (#12)", as completions show contacts who share a name: the id, or 0.
qint64 idSuffix(const QString &text)
{
    static const QRegularExpression withId(QStringLiteral("\\(#(\\d+)\\)$"));
    const auto match = withId.match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

} // namespace

ContactId ContactNameEdit::exactContact() const
{
    const QString typed = text().simplified();
    if (typed.isEmpty())
        return {};
    if (const qint64 id = idSuffix(typed); id > 0 && !m_model->displayText(ContactId(id)).isEmpty())
        return ContactId(id);
    return {};
}

Result<ContactId> ContactNameEdit::contactId(const QString &field) const
{
    const QString typed = text().simplified();
    if (typed.isEmpty())
        return ContactId();
    if (const ContactId id = m_model->idOf(typed); id.isValid())
        return id;
    if (const qint64 id = idSuffix(typed); id > 0)
        return NameResolver(m_db).contact(QString::number(id), field);
    return NameResolver(m_db).contact(typed, field); // an id typed, or why the name does not resolve
}

} // namespace foothold

#include "ui/talk/ParticipantsLineEdit.h"

#include "core/services/NameResolver.h"
#include "ui/models/NameDirectory.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

namespace foothold {

ParticipantsLineEdit::ParticipantsLineEdit(Database &db, NameDirectory &names, QWidget *parent)
    : QLineEdit(parent), m_db(db), m_names(names), m_completer(new QCompleter(this)), m_model(new QStringListModel(this))
{
    setPlaceholderText(tr("Names or ids, separated by commas"));
    setAccessibleName(tr("Who you talked with"));
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &ParticipantsLineEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &ParticipantsLineEdit::complete);
    connect(&m_names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Contact)
            m_filled = false;
    });
}

void ParticipantsLineEdit::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    if (!m_filled) {
        QStringList names = m_names.contacts().values();
        names.sort(Qt::CaseInsensitive);
        names.removeDuplicates();
        m_model->setStringList(names);
        m_filled = true;
    }
}

void ParticipantsLineEdit::complete()
{
    const QString current = text().section(QLatin1Char(','), -1).trimmed();
    if (current.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(current);
    m_completer->complete();
}

void ParticipantsLineEdit::insertCompletion(const QString &name)
{
    QStringList parts = text().split(QLatin1Char(','));
    parts.last() = name;
    for (QString &part : parts)
        part = part.trimmed();
    setText(parts.join(QStringLiteral(", ")));
}

void ParticipantsLineEdit::setContacts(const QList<ContactId> &contacts)
{
    QStringList parts;
    for (const ContactId id : contacts) {
        const QString name = m_names.contact(id.value);
        // A name that is not unique would resolve to several people: write the id instead.
        const bool unique = !name.isEmpty() && m_names.contacts().keys(name).size() == 1;
        parts << (unique ? name : QString::number(id.value));
    }
    setText(parts.join(QStringLiteral(", ")));
}

Result<QList<ContactId>> ParticipantsLineEdit::resolve() const
{
    QList<ContactId> out;
    NameResolver resolver(m_db);
    for (const QString &part : text().split(QLatin1Char(','))) {
        const QString who = part.trimmed();
        if (who.isEmpty())
            continue;
        auto id = resolver.contact(who, QStringLiteral("contacts"));
        if (!id)
            return id.error();
        if (!out.contains(*id))
            out << *id;
    }
    if (out.isEmpty())
        return Error::invalid(QStringLiteral("contacts"), tr("say who you talked with: at least one contact"));
    return out;
}

} // namespace foothold

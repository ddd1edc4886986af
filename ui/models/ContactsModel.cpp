#include "ui/models/ContactsModel.h"

#include "ui/models/NameDirectory.h"

#include <QFont>
#include <QLocale>

namespace foothold {

ContactsModel::ContactsModel(Database &db, NameDirectory &names, QObject *parent)
    : RecordListModel(db, Entity::Contact, parent), m_names(names)
{
    connect(&names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Company)
            refreshAll([](ContactSummary &) {}); // company names are looked up, not stored
    });
    reload();
}

QList<ContactSummary> ContactsModel::fetch(const QList<qint64> &ids)
{
    QList<ContactId> contactIds;
    for (const qint64 id : ids)
        contactIds << ContactId(id);
    if (!ids.isEmpty() && contactIds.isEmpty())
        return {};
    return ContactStore(database()).summaries(contactIds);
}

void ContactsModel::relatedChanged(const ChangeSet &changes)
{
    Q_UNUSED(changes); // company renames arrive through the name directory
}

QString ContactsModel::makeSearchText(const ContactSummary &row) const
{
    // One allocation per row, instead of a temporary string for every '+'; the search index
    // lower-cases all rows at once.
    const QString company = m_names.company(row.company.value);
    qsizetype size = row.name.size() + company.size() + row.headline.size() + row.location.size() + row.email.size() + 5;
    for (const QString &tag : row.tags)
        size += tag.size() + 1;
    QString text;
    text.reserve(size);
    const QLatin1Char space(' ');
    text.append(row.name).append(space).append(company).append(space).append(row.headline).append(space).append(row.location)
        .append(space).append(row.email);
    for (const QString &tag : row.tags)
        text.append(space).append(tag);
    return text;
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ContactSummary &c = rowAt(index.row());
    if (role == IdRole)
        return c.id.value;
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && !c.prospect)) {
        const QLocale locale;
        switch (index.column()) {
        case Name: return c.name;
        case Company: return m_names.company(c.company.value);
        case Title: return c.headline;
        case Location: return c.location;
        case Channel: return label(c.channel);
        case Role: return c.role == ContactRole::None ? QString() : label(c.role);
        case Connected: return c.connectedOn.isValid() ? locale.toString(c.connectedOn, QLocale::ShortFormat) : QString();
        case LastConversation:
            return c.lastConversation.isValid() ? locale.toString(c.lastConversation.toLocalTime().date(), QLocale::ShortFormat)
                                                : QString();
        case Tags: return c.tags.join(QStringLiteral(", "));
        case Email: return c.email;
        default: return {};
        }
    }
    if (role == Qt::FontRole && c.prospect) {
        // Prospects (known of, not met) read differently from connections.
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && c.prospect && index.column() == Name)
        return tr("%1 — a prospect: someone you know of but have not met").arg(c.name);
    if (role == SortRole) {
        switch (index.column()) {
        case Name: return c.name;
        case Company: return m_names.company(c.company.value);
        case Channel: return int(c.channel);
        case Role: return c.role == ContactRole::None ? QVariant() : QVariant(label(c.role));
        case Connected: return c.connectedOn.isValid() ? QVariant(c.connectedOn.toJulianDay()) : QVariant();
        case LastConversation: return c.lastConversation.isValid() ? QVariant(c.lastConversation.toSecsSinceEpoch()) : QVariant();
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Company: return tr("Company");
    case Title: return tr("Title");
    case Location: return tr("Location");
    case Channel: return tr("Met via");
    case Role: return tr("Role");
    case Connected: return tr("Connected");
    case LastConversation: return tr("Last talked");
    case Tags: return tr("Tags");
    case Email: return tr("E-mail");
    default: return {};
    }
}

} // namespace foothold

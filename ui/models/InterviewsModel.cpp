#include "ui/models/InterviewsModel.h"

#include "core/storage/ContactStore.h"
#include "core/storage/InterviewStore.h"
#include "ui/models/ConversationsModel.h"
#include "ui/models/NameDirectory.h"
#include "ui/widgets/Palette.h"

#include <QApplication>
#include <QFont>
#include <QLocale>

namespace foothold {

InterviewsModel::InterviewsModel(Database &db, NameDirectory &names, QObject *parent)
    : RecordListModel(db, Entity::InformationalInterview, parent), m_names(names)
{
    connect(&names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Contact || entity == Entity::Company)
            refreshAll([](InterviewRow &) {}); // names are looked up, not stored
    });
}

void InterviewsModel::ensureLoaded()
{
    if (!m_loaded)
        reload();
}

void InterviewsModel::loadAll()
{
    m_loaded = true;
    RecordListModel::loadAll();
}

void InterviewsModel::loadSome(const QList<qint64> &ids)
{
    if (m_loaded) // before the first load, the first load will bring them
        RecordListModel::loadSome(ids);
}

QList<InterviewRow> InterviewsModel::fetch(const QList<qint64> &ids)
{
    InterviewStore store(database());
    QList<InformationalInterview> interviews;
    if (ids.isEmpty()) {
        interviews = store.list();
    } else {
        for (const qint64 id : ids)
            if (auto interview = store.get(InterviewId(id)))
                interviews << *interview;
    }
    // The contacts' companies, in one query, for interviews that name none of their own.
    QList<ContactId> contacts;
    for (const auto &interview : std::as_const(interviews))
        if (!interview.company.isValid() && !contacts.contains(interview.contact))
            contacts << interview.contact;
    QHash<qint64, CompanyId> companyOf;
    if (!contacts.isEmpty())
        for (const auto &summary : ContactStore(database()).summaries(contacts))
            companyOf.insert(summary.id.value, summary.company);
    QList<InterviewRow> rows;
    rows.reserve(interviews.size());
    for (const auto &interview : std::as_const(interviews))
        rows.append({ interview.id, interview, companyOf.value(interview.contact.value) });
    return rows;
}

void InterviewsModel::relatedChanged(const ChangeSet &changes)
{
    if (!m_loaded)
        return;
    // A contact who moved to another company: the rows that show the contact's company follow.
    const QList<qint64> updated = changes.ids(Entity::Contact, ChangeKind::Updated);
    if (updated.isEmpty())
        return;
    QList<qint64> affected;
    for (int row = 0; row < rowCount(); ++row) {
        const InterviewRow &r = rowAt(row);
        if (!r.interview.company.isValid() && updated.contains(r.interview.contact.value))
            affected << r.id.value;
    }
    if (!affected.isEmpty())
        loadSome(affected);
}

QString InterviewsModel::makeSearchText(const InterviewRow &row) const
{
    const InformationalInterview &i = row.interview;
    QString text = m_names.contact(i.contact.value) + QLatin1Char(' ') + m_names.company(row.company().value)
        + QLatin1Char(' ') + label(i.stage) + QLatin1Char(' ') + label(i.fit) + QLatin1Char(' ') + i.insights
        + QLatin1Char(' ') + i.notes;
    for (const auto &question : i.questions)
        text += QLatin1Char(' ') + question.question + QLatin1Char(' ') + question.answer;
    return text.toLower();
}

QVariant InterviewsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const InterviewRow &row = rowAt(index.row());
    const InformationalInterview &i = row.interview;
    if (role == IdRole)
        return row.id.value;
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case Contact:
            return m_names.contact(i.contact.value);
        case Company:
            return m_names.company(row.company().value);
        case Stage:
            return label(i.stage);
        case RequestedOn:
            return i.requestedOn.isValid() ? locale.toString(i.requestedOn, QLocale::ShortFormat) : QString();
        case ScheduledAt:
            return shortDateTime(i.scheduledAt);
        case Fit:
            return i.fit == FitDecision::Undecided ? QString() : label(i.fit);
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Company && !i.company.isValid() && row.contactCompany.isValid()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == Company && !i.company.isValid() && row.contactCompany.isValid())
        return tr("Where %1 works").arg(m_names.contact(i.contact.value));
    if (role == Qt::DecorationRole && index.column() == Stage)
        return categoryColor(int(i.stage), QApplication::palette());
    if (role == Qt::ForegroundRole && index.column() == Fit) {
        if (i.fit == FitDecision::GoodFit)
            return okColor(QApplication::palette());
        if (i.fit == FitDecision::NotAFit)
            return mutedTextColor(QApplication::palette());
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Stage:
            return int(i.stage);
        case RequestedOn:
            return i.requestedOn.isValid() ? QVariant(i.requestedOn.toJulianDay()) : QVariant();
        case ScheduledAt:
            return i.scheduledAt.isValid() ? QVariant(i.scheduledAt.toSecsSinceEpoch()) : QVariant();
        case Fit:
            return i.fit == FitDecision::Undecided ? QVariant() : QVariant(int(i.fit));
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant InterviewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Contact:
        return tr("Contact");
    case Company:
        return tr("Company");
    case Stage:
        return tr("Stage");
    case RequestedOn:
        return tr("Requested on");
    case ScheduledAt:
        return tr("Scheduled at");
    case Fit:
        return tr("Fit");
    default:
        return {};
    }
}

} // namespace foothold

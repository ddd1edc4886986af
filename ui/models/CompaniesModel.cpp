#include "ui/models/CompaniesModel.h"

#include <QFont>
#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace foothold {

CompaniesModel::CompaniesModel(Database &db, QObject *parent) : RecordListModel(db, Entity::Company, parent)
{
    reload();
}

QList<CompanySummary> CompaniesModel::fetch(const QList<qint64> &ids)
{
    QList<CompanyId> companyIds;
    for (const qint64 id : ids)
        companyIds << CompanyId(id);
    return CompanySummaryStore(database()).summaries(companyIds);
}

void CompaniesModel::relatedChanged(const ChangeSet &changes)
{
    // A contact who moved or an application that changed stage changes the counts of companies
    // the change set does not name (the company a contact left): recount all in two grouped
    // queries and refresh only the rows whose counts differ.
    bool relevant = false;
    for (const Change &change : changes.changes) {
        // A conversation touches its contacts' "last conversation" only: no count changes.
        const bool onlyLastTalk = change.fields == QStringList{QStringLiteral("last_conversation")};
        if (change.entity == Entity::Application || (change.entity == Entity::Contact && !onlyLastTalk))
            relevant = true;
    }
    if (!relevant)
        return;
    CompanySummaryStore store(database());
    const QHash<qint64, CompanyCounts> counts = store.counts();
    std::optional<QHash<qint64, int>> prospects;
    if (m_prospects && changes.touches(Entity::Contact))
        prospects = store.prospectCounts();
    QList<qint64> changed;
    for (int row = 0; row < rowCount(); ++row) {
        const qint64 id = rowAt(row).id.value;
        if (counts.value(id) != rowAt(row).counts || (prospects && prospects->value(id) != m_prospects->value(id)))
            changed << id;
    }
    if (prospects)
        m_prospects = std::move(prospects);
    if (!changed.isEmpty())
        loadSome(changed);
}

int CompaniesModel::knownPeople(int row) const
{
    const CompanySummary &company = rowAt(row);
    return company.counts.people - (m_prospects ? m_prospects->value(company.id.value) : 0);
}

void CompaniesModel::countKnownPeople()
{
    if (m_prospects)
        return;
    m_prospects = CompanySummaryStore(database()).prospectCounts();
    // Rows with prospects now say so in their tooltip.
    for (auto it = m_prospects->cbegin(); it != m_prospects->cend(); ++it)
        if (const int row = rowOf(it.key()); row >= 0)
            emit dataChanged(index(row, People), index(row, People));
}

QString CompaniesModel::makeSearchText(const CompanySummary &row) const
{
    return (row.name + QLatin1Char(' ') + row.aliases.join(QLatin1Char(' ')) + QLatin1Char(' ') + row.industry + QLatin1Char(' ')
            + row.location + QLatin1Char(' ') + row.techStack.join(QLatin1Char(' ')))
        .toLower();
}

int CompaniesModel::sizeRank(const QString &size)
{
    static const QRegularExpression number(QStringLiteral(R"(\d[\d,.\s]*)"));
    const auto match = number.match(size);
    if (!match.hasMatch())
        return -1;
    QString digits = match.captured(0);
    digits.remove(QRegularExpression(QStringLiteral(R"([,.\s])")));
    bool ok = false;
    const int value = digits.toInt(&ok);
    return ok ? value : -1;
}

QVariant CompaniesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CompanySummary &c = rowAt(index.row());
    if (role == IdRole)
        return c.id.value;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return c.name;
        case Industry: return c.industry;
        case Location: return c.location;
        case Size: return c.size;
        case Priority: return c.priority == CompanyPriority::None ? QString() : label(c.priority);
        case People: return c.counts.people > 0 ? QLocale().toString(c.counts.people) : QString();
        case OpenApplications: return c.counts.openApplications > 0 ? QLocale().toString(c.counts.openApplications) : QString();
        case TechStack: return c.techStack.join(QStringLiteral(", "));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return c.aliases.isEmpty() ? c.name : tr("%1 — also written %2").arg(c.name, c.aliases.join(QStringLiteral(", ")));
        case People: {
            const int prospects = c.counts.people - knownPeople(index.row());
            return tr("%n contact(s) work here", nullptr, c.counts.people)
                + (prospects > 0 ? tr("; %n of them known of but not met", nullptr, prospects) : QString());
        }
        case OpenApplications:
            return tr("%n open application(s)", nullptr, c.counts.openApplications)
                + (c.counts.applications > c.counts.openApplications
                       ? tr(" (%n in all)", nullptr, c.counts.applications)
                       : QString());
        case TechStack: return c.techStack.join(QStringLiteral(", "));
        default: return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Name && c.priority == CompanyPriority::High) {
        // Top targets stand out in a long list.
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == People || index.column() == OpenApplications))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Priority: return c.priority == CompanyPriority::None ? QVariant() : QVariant(int(c.priority)); // high first
        case Size: {
            // Sizes without a number ("startup") after every number; no size at all last.
            const int rank = sizeRank(c.size);
            return c.size.isEmpty() ? QVariant() : QVariant(rank < 0 ? std::numeric_limits<int>::max() : rank);
        }
        case People: return c.counts.people > 0 ? QVariant(c.counts.people) : QVariant();
        case OpenApplications: return c.counts.openApplications > 0 ? QVariant(c.counts.openApplications) : QVariant();
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant CompaniesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == People)
        return tr("Contacts who work here now");
    if (role == Qt::ToolTipRole && section == OpenApplications)
        return tr("Applications not yet accepted, rejected, withdrawn or unanswered");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Industry: return tr("Industry");
    case Location: return tr("Location");
    case Size: return tr("Size");
    case Priority: return tr("Target");
    case People: return tr("People");
    case OpenApplications: return tr("Open apps");
    case TechStack: return tr("Tech stack");
    default: return {};
    }
}

} // namespace foothold

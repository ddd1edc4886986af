#include "ui/models/ApplicationsModel.h"

#include "core/storage/ApplicationStore.h"
#include "core/util/Clock.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/UiContext.h"

#include "ui/widgets/Palette.h"

#include <QGuiApplication>
#include <QLocale>

namespace foothold {

ApplicationsModel::ApplicationsModel(UiContext &context, QObject *parent)
    : RecordListModel(context.db, Entity::Application, parent), m_names(context.names), m_clock(context.clock)
{
    connect(&m_names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        // Company and referrer names are looked up, not stored: a rename shows everywhere.
        if (entity == Entity::Company || entity == Entity::Contact)
            refreshAll([](JobApplication &) {});
    });
    reload();
}

QList<JobApplication> ApplicationsModel::fetch(const QList<qint64> &ids)
{
    ApplicationStore store(database(), m_clock);
    if (ids.isEmpty())
        return store.list();
    QList<JobApplication> out;
    for (const qint64 id : ids)
        if (auto application = store.get(ApplicationId(id)))
            out << *application;
    return out;
}

QDate ApplicationsModel::appliedOn(const JobApplication &application)
{
    for (const auto &change : application.history)
        if (change.stage == ApplicationStage::Applied)
            return change.date;
    return {};
}

QDate ApplicationsModel::stageSince(const JobApplication &application)
{
    return application.history.isEmpty() ? application.createdAt.toLocalTime().date() : application.history.last().date;
}

QString ApplicationsModel::title(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const JobApplication &a = rowAt(row);
    const QString company = m_names.company(a.company.value);
    return company.isEmpty() ? a.role : tr("%1 at %2").arg(a.role, company);
}

QString ApplicationsModel::makeSearchText(const JobApplication &a) const
{
    return QStringList{m_names.company(a.company.value), a.role, label(a.stage), label(a.source), m_names.contact(a.referrer.value),
                       a.location, a.nextAction, a.notes}
        .join(QLatin1Char(' '))
        .toLower();
}

QString ApplicationsModel::salaryText(const JobApplication &a) const
{
    if (!a.salaryMin && !a.salaryMax)
        return {};
    const QLocale locale;
    const QString currency = a.salaryCurrency.isEmpty() ? QString() : QLatin1Char(' ') + a.salaryCurrency;
    if (a.salaryMin && a.salaryMax)
        return tr("%1–%2%3").arg(locale.toString(*a.salaryMin), locale.toString(*a.salaryMax), currency);
    if (a.salaryMin)
        return tr("from %1%2").arg(locale.toString(*a.salaryMin), currency);
    return tr("up to %1%2").arg(locale.toString(*a.salaryMax), currency);
}

QVariant ApplicationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const JobApplication &a = rowAt(index.row());
    const QLocale locale;
    auto shortDate = [&](const QDate &d) { return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString(); };
    auto julian = [](const QDate &d) { return d.isValid() ? QVariant(d.toJulianDay()) : QVariant(); };
    switch (role) {
    case IdRole: return a.id.value;
    case StageRole: return int(a.stage);
    case StageSinceRole: return stageSince(a);
    case DaysInStageRole: {
        const QDate since = stageSince(a);
        return since.isValid() ? int(qMax<qint64>(0, since.daysTo(m_clock.today()))) : 0;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Company: return m_names.company(a.company.value);
        case Role: return a.role;
        case Stage: return label(a.stage);
        case Source: return label(a.source);
        case Referrer: return m_names.contact(a.referrer.value);
        case AppliedOn: return shortDate(appliedOn(a));
        case LastChange: return shortDate(stageSince(a));
        case NextAction: return a.nextAction;
        case NextActionDate: return shortDate(a.nextActionDate);
        case Location: return a.location;
        case Salary: return salaryText(a);
        default: return {};
        }
    case Qt::AccessibleTextRole:
        // What a screen reader says for a row or a card: the whole card, not just the company.
        return tr("%1, %2 since %3").arg(title(index.row()), label(a.stage), shortDate(stageSince(a)));
    case Qt::DecorationRole:
        // The stage's colour, as on the board's column.
        return index.column() == Stage ? QVariant(categoryColor(int(a.stage), QGuiApplication::palette())) : QVariant();
    case Qt::ForegroundRole:
        // A next step whose date has passed, on an application still going, wants attention.
        if (index.column() == NextActionDate && !isTerminal(a.stage) && a.nextActionDate.isValid() && a.nextActionDate < m_clock.today())
            return warningColor(QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NextActionDate && !isTerminal(a.stage) && a.nextActionDate.isValid() && a.nextActionDate < m_clock.today())
            return tr("The next action was due on %1").arg(shortDate(a.nextActionDate));
        if (index.column() == LastChange)
            return tr("In “%1” since %2").arg(label(a.stage), shortDate(stageSince(a)));
        if (index.column() == Company || index.column() == Role)
            return title(index.row());
        return {};
    case SortRole:
        switch (index.column()) {
        case Stage: return int(a.stage);
        case Source: return int(a.source);
        case AppliedOn: return julian(appliedOn(a));
        case LastChange: return julian(stageSince(a));
        case NextActionDate: return julian(a.nextActionDate);
        case Salary: return a.salaryMin ? QVariant(*a.salaryMin) : (a.salaryMax ? QVariant(*a.salaryMax) : QVariant());
        default: return data(index, Qt::DisplayRole);
        }
    default: return {};
    }
}

QVariant ApplicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Company: return tr("Company");
    case Role: return tr("Role");
    case Stage: return tr("Stage");
    case Source: return tr("Source");
    case Referrer: return tr("Referrer");
    case AppliedOn: return tr("Applied on");
    case LastChange: return tr("Last change");
    case NextAction: return tr("Next action");
    case NextActionDate: return tr("Next action on");
    case Location: return tr("Location");
    case Salary: return tr("Salary");
    default: return {};
    }
}

} // namespace foothold

#include "ui/models/FollowUpsModel.h"

#include "core/storage/ApplicationStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/util/Clock.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/Palette.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>

namespace foothold {

FollowUpsModel::FollowUpsModel(UiContext &context, QObject *parent)
    : RecordListModel(context.db, Entity::FollowUp, parent), m_names(context.names), m_writer(context.writer), m_clock(context.clock)
{
    connect(&m_names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Company || entity == Entity::Contact || entity == Entity::Event)
            refreshAll([](FollowUp &) {}); // names are looked up, not stored
    });
    loadApplications({});
    reload();
}

void FollowUpsModel::loadApplications(const QList<qint64> &ids)
{
    ApplicationStore store(database(), m_clock);
    if (ids.isEmpty()) {
        m_applications.clear();
        for (const auto &a : store.list())
            m_applications.insert(a.id.value, {a.role, a.company.value});
        return;
    }
    for (const qint64 id : ids) {
        if (auto a = store.get(ApplicationId(id)))
            m_applications.insert(id, {a->role, a->company.value});
        else
            m_applications.remove(id);
    }
}

QList<FollowUp> FollowUpsModel::fetch(const QList<qint64> &ids)
{
    FollowUpStore store(database(), m_clock);
    if (ids.isEmpty())
        return store.list();
    QList<FollowUp> out;
    for (const qint64 id : ids)
        if (auto followUp = store.get(FollowUpId(id)))
            out << *followUp;
    return out;
}

void FollowUpsModel::relatedChanged(const ChangeSet &changes)
{
    if (!changes.touches(Entity::Application))
        return;
    QList<qint64> ids;
    for (const auto &change : changes.changes)
        if (change.entity == Entity::Application && !ids.contains(change.id))
            ids << change.id;
    loadApplications(ids);
    refreshAll([](FollowUp &) {});
}

QString FollowUpsModel::applicationTitle(qint64 id) const
{
    const auto it = m_applications.constFind(id);
    if (it == m_applications.constEnd())
        return {};
    const QString company = m_names.company(it->company);
    return company.isEmpty() ? it->role : tr("%1 at %2").arg(it->role, company);
}

QList<QPair<QString, qint64>> FollowUpsModel::applicationChoices() const
{
    QList<QPair<QString, qint64>> out;
    out.reserve(m_applications.size());
    for (auto it = m_applications.cbegin(); it != m_applications.cend(); ++it)
        out.append({applicationTitle(it.key()), it.key()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        const int order = a.first.compare(b.first, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.second < b.second;
    });
    return out;
}

QString FollowUpsModel::aboutText(const FollowUp &f) const
{
    QStringList parts;
    if (f.contact.isValid())
        parts << m_names.contact(f.contact.value);
    if (f.event.isValid())
        parts << m_names.event(f.event.value);
    if (f.application.isValid())
        parts << applicationTitle(f.application.value);
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QString FollowUpsModel::makeSearchText(const FollowUp &f) const
{
    return (f.title + QLatin1Char(' ') + aboutText(f) + QLatin1Char(' ') + label(f.origin) + QLatin1Char(' ') + f.notes).toLower();
}

Qt::ItemFlags FollowUpsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RecordListModel::flags(index);
    if (index.isValid() && index.column() == Done)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant FollowUpsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FollowUp &f = rowAt(index.row());
    const QLocale locale;
    const QDate today = m_clock.today();
    switch (role) {
    case IdRole: return f.id.value;
    case Qt::CheckStateRole:
        return index.column() == Done ? QVariant(f.isDone() ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due: return locale.toString(f.due, QLocale::ShortFormat);
        case Title: return f.title;
        case About: return aboutText(f);
        case Origin: return label(f.origin);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Done)
            return f.isDone() ? tr("Done on %1 — click to open it again").arg(locale.toString(f.doneAt.toLocalTime().date(), QLocale::ShortFormat))
                              : tr("Click (or press Space) to mark it done");
        if (index.column() == Due && !f.isDone() && f.due < today)
            return f.due.daysTo(today) == 1 ? tr("Overdue by 1 day") : tr("Overdue by %L1 days").arg(f.due.daysTo(today));
        return index.column() == Title || index.column() == About ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::ForegroundRole:
        if (f.isDone())
            return mutedTextColor(QGuiApplication::palette());
        if (index.column() == Due && f.due < today)
            return errorColor(QGuiApplication::palette());
        if (index.column() == Due && f.due == today)
            return warningColor(QGuiApplication::palette());
        return {};
    case Qt::FontRole:
        if (f.isDone() && index.column() == Title) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (!f.isDone() && index.column() == Due && f.due <= today) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        // Open ones first by due date, then done ones, the most recently done first.
        case Done: return f.isDone() ? 1'000'000'000'000LL - f.doneAt.toSecsSinceEpoch() : qint64(f.due.toJulianDay());
        case Due: return qint64(f.due.toJulianDay());
        case Origin: return int(f.origin);
        default: return data(index, Qt::DisplayRole);
        }
    default: return {};
    }
}

bool FollowUpsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Done || role != Qt::CheckStateRole)
        return false;
    const bool done = value.toInt() == Qt::Checked;
    if (rowAt(index.row()).isDone() == done)
        return false;
    return setDone({idAt(index.row())}, done).ok();
}

Status FollowUpsModel::setDone(const QList<qint64> &ids, bool done)
{
    QList<qint64> changing;
    for (const qint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0 && rowAt(row).isDone() != done)
            changing << id;
    }
    if (changing.isEmpty())
        return {};
    emit aboutToSetDone(changing, done);
    QString text;
    if (changing.size() == 1) {
        const QString title = rowAt(rowOf(changing.first())).title;
        text = done ? tr("Mark “%1” done").arg(title) : tr("Mark “%1” not done").arg(title);
    } else {
        text = done ? tr("Mark %L1 follow-ups done").arg(changing.size()) : tr("Mark %L1 follow-ups not done").arg(changing.size());
    }
    return m_writer.write(text, [&]() -> Status {
        FollowUpStore store(database(), m_clock);
        for (const qint64 id : std::as_const(changing))
            if (auto s = store.setDone(FollowUpId(id), done); !s)
                return s;
        return {};
    });
}

QVariant FollowUpsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Done)
        return tr("Tick to mark done; Space marks the selected rows");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Done: return tr("Done");
    case Due: return tr("Due");
    case Title: return tr("Title");
    case About: return tr("About");
    case Origin: return tr("Origin");
    default: return {};
    }
}

} // namespace foothold

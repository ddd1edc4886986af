#include "ui/models/ConversationsModel.h"

#include "core/storage/ConversationStore.h"
#include "ui/models/NameDirectory.h"
#include "ui/widgets/Palette.h"

#include <QApplication>
#include <QLocale>

#include <cmath>

namespace foothold {

QString shortDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QLatin1String(":ss")); // some locales' short format still has seconds
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), timeFormat);
}

QString durationText(int minutes)
{
    if (minutes <= 0)
        return {};
    if (minutes < 60)
        return ConversationsModel::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return ConversationsModel::tr("%1 h").arg(minutes / 60);
    return ConversationsModel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

ConversationsModel::ConversationsModel(Database &db, NameDirectory &names, QObject *parent)
    : RecordListModel(db, Entity::Conversation, parent), m_names(names), m_targets(TalkTargets::fromSettings())
{
    connect(&names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Contact)
            refreshAll([](Conversation &) {}); // participants' names are looked up, not stored
    });
}

void ConversationsModel::ensureLoaded()
{
    if (!m_loaded)
        reload();
}

void ConversationsModel::loadAll()
{
    m_loaded = true;
    RecordListModel::loadAll();
}

void ConversationsModel::loadSome(const QList<qint64> &ids)
{
    if (m_loaded) // before the first load, the first load will bring them
        RecordListModel::loadSome(ids);
}

void ConversationsModel::refreshTargets()
{
    const TalkTargets targets = TalkTargets::fromSettings();
    if (targets.networking == m_targets.networking && targets.interview == m_targets.interview
        && targets.tolerance == m_targets.tolerance)
        return;
    m_targets = targets;
    refreshAll([](Conversation &) {});
}

QList<Conversation> ConversationsModel::fetch(const QList<qint64> &ids)
{
    ConversationStore store(database());
    if (ids.isEmpty())
        return store.list();
    QList<Conversation> out;
    for (const qint64 id : ids)
        if (auto conversation = store.get(ConversationId(id)))
            out << *conversation;
    return out;
}

QString ConversationsModel::participantNames(const Conversation &conversation) const
{
    QStringList names;
    for (const ContactId contact : conversation.contacts) {
        const QString name = m_names.contact(contact.value);
        if (!name.isEmpty())
            names << name;
    }
    return names.join(QStringLiteral(", "));
}

QString ConversationsModel::makeSearchText(const Conversation &row) const
{
    return (participantNames(row) + QLatin1Char(' ') + label(row.kind) + QLatin1Char(' ') + label(row.channel)
        + QLatin1Char(' ') + row.nextStep + QLatin1Char(' ') + row.notes)
        .toLower();
}

QVariant ConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Conversation &c = rowAt(index.row());
    if (role == IdRole)
        return c.id.value;
    const TargetStatus status = m_targets.status(c.kind, c.talk.myShare);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return shortDateTime(c.when);
        case Kind:
            return label(c.kind);
        case Channel:
            return label(c.channel);
        case With:
            return participantNames(c);
        case Duration:
            return durationText(c.durationMinutes);
        case MyShare:
            return c.talk.myShare ? tr("%1%").arg(std::lround(*c.talk.myShare * 100)) : QString();
        case Target:
            return targetStatusText(status);
        case NextStep:
            return c.nextStep;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case With:
            return participantNames(c);
        case MyShare:
        case Target:
            return c.talk.myShare
                ? tr("%1 (%2)").arg(targetExplanation(m_targets, c.kind, c.talk.myShare), label(c.talk.source))
                : tr("Talk share not measured");
        case NextStep:
            return c.nextStep.isEmpty() ? QVariant() : QVariant(c.nextStep);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Target) {
        const QPalette palette = QApplication::palette();
        switch (status) {
        case TargetStatus::On:
            return okColor(palette);
        case TargetStatus::Over:
            return warningColor(palette);
        case TargetStatus::Under:
            return mutedTextColor(palette);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Duration || index.column() == MyShare))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case When:
            return c.when.toSecsSinceEpoch();
        case Kind:
            return int(c.kind);
        case Channel:
            return int(c.channel);
        case Duration:
            return c.durationMinutes > 0 ? QVariant(c.durationMinutes) : QVariant();
        case MyShare:
            return c.talk.myShare ? QVariant(*c.talk.myShare) : QVariant();
        // Over first, then on, then under when ascending; unmeasured last.
        case Target:
            return status == TargetStatus::NotMeasured ? QVariant() : QVariant(3 - int(status));
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ConversationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MyShare:
            return tr("My share of the speaking time");
        case Target:
            return tr("My share against the target: 20% when networking, 50% in a job interview (see the settings)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case Channel:
        return tr("Channel");
    case With:
        return tr("With");
    case Duration:
        return tr("Duration");
    case MyShare:
        return tr("My share");
    case Target:
        return tr("Target");
    case NextStep:
        return tr("Next step");
    default:
        return {};
    }
}

} // namespace foothold

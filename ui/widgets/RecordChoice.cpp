#include "ui/widgets/RecordChoice.h"

#include "core/storage/ApplicationStore.h"
#include "core/storage/Database.h"
#include "ui/models/NameDirectory.h"

#include <QSignalBlocker>

#include <algorithm>

namespace foothold {
namespace {

void sortByText(QList<QPair<QString, qint64>> &items)
{
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        const int order = a.first.compare(b.first, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.second < b.second;
    });
}

} // namespace

RecordChoice::RecordChoice(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    addItem(tr("—"), qint64(0));
    // Only the user's picks get here (refills block signals).
    connect(this, &QComboBox::currentIndexChanged, this, [this] { m_wanted = currentId(); });
}

void RecordChoice::setCurrentId(qint64 id)
{
    if (id != 0)
        ensureFilled();
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : 0);
    m_wanted = id;
}

void RecordChoice::showPopup()
{
    ensureFilled();
    QComboBox::showPopup();
}

void RecordChoice::focusInEvent(QFocusEvent *event)
{
    ensureFilled(); // arrow keys and the wheel pick without the popup
    QComboBox::focusInEvent(event);
}

void RecordChoice::ensureFilled()
{
    if (!m_filled)
        fill();
}

void RecordChoice::refresh()
{
    if (m_filled)
        fill();
}

void RecordChoice::fill()
{
    m_filled = true;
    const qint64 current = m_wanted;
    const QSignalBlocker block(this);
    clear();
    addItem(tr("—"), qint64(0));
    for (const auto &[text, id] : choices())
        addItem(text, id);
    const int index = findData(current);
    setCurrentIndex(index >= 0 ? index : 0);
}

EventChoice::EventChoice(NameDirectory &names, QWidget *parent) : RecordChoice(parent), m_names(names)
{
    connect(&names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Event)
            refresh();
    });
}

QList<QPair<QString, qint64>> EventChoice::choices() const
{
    QList<QPair<QString, qint64>> items;
    for (auto it = m_names.events().cbegin(); it != m_names.events().cend(); ++it)
        items.append({ it.value(), it.key() });
    sortByText(items);
    return items;
}

ApplicationChoice::ApplicationChoice(Database &db, NameDirectory &names, QWidget *parent)
    : RecordChoice(parent), m_db(db), m_names(names)
{
    connect(db.notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
        if (changes.reset || changes.touches(Entity::Application))
            refresh();
    });
    connect(&names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Company)
            refresh();
    });
}

QList<QPair<QString, qint64>> ApplicationChoice::choices() const
{
    QList<QPair<QString, qint64>> items;
    for (const auto &application : ApplicationStore(m_db).list())
        items.append(
            { tr("%1 — %2").arg(m_names.company(application.company.value), application.role), application.id.value });
    sortByText(items);
    return items;
}

} // namespace foothold

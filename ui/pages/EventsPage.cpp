#include "ui/pages/EventsPage.h"

#include "core/storage/EventStore.h"
#include "core/util/Clock.h"
#include "ui/editors/EventEditor.h"
#include "ui/models/EventTime.h"
#include "ui/models/EventsModel.h"
#include "ui/models/NameDirectory.h"
#include "ui/pages/ColumnDefaults.h"
#include "ui/pages/EventPlannerDialog.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSet>
#include <QTableView>

#include <algorithm>

namespace foothold {
namespace {

ListPage::Texts eventTexts()
{
    return {QStringLiteral("events"),
            EventsPage::tr("Search events"),
            EventsPage::tr("New event"),
            EventsPage::tr("No events yet"),
            EventsPage::tr("Add the conferences, meetups, career fairs and webinars you are considering: set goals "
                           "and costs before, and see afterwards whom you met and what it brought."),
            EventsPage::tr("No events match"),
            [](int n) { return n == 1 ? EventsPage::tr("1 event") : EventsPage::tr("%L1 events").arg(n); }};
}

} // namespace

EventsPage::EventsPage(UiContext &context, EventsModel *model, QWidget *parent)
    : ListPage(model, eventTexts(), parent), m_context(context), m_model(model), m_status(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_range(new QComboBox(this)), m_tag(new QComboBox(this)),
      m_plannerButton(new QPushButton(tr("&Planner…"), this))
{
    m_status->setToolTip(tr("Only events with this status"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), -1);
    for (const auto status : allValues<EventStatus>())
        m_status->addItem(label(status), int(status));
    m_kind->setToolTip(tr("Only events of this kind"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_kind->addItem(tr("Any kind"), -1);
    for (const auto kind : allValues<EventKind>())
        m_kind->addItem(label(kind), int(kind));
    m_range->setToolTip(tr("When the events take place"));
    m_range->setAccessibleName(tr("Date filter"));
    m_range->addItem(tr("All dates"), AllDates);
    m_range->addItem(tr("Upcoming"), Upcoming);
    m_range->addItem(tr("Past"), Past);
    m_range->addItem(tr("This year"), ThisYear);
    m_tag->setToolTip(tr("Only events with this tag"));
    m_tag->setAccessibleName(tr("Tag filter"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_plannerButton->setObjectName(QStringLiteral("plannerButton"));
    m_plannerButton->setToolTip(tr("Which events to attend, the budget, an event's agenda, quick capture, and what events "
                                   "gave back (Ctrl+Shift+P)"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_kind, m_range, m_tag, m_plannerButton})
        addFilterWidget(w);
    connect(m_plannerButton, &QPushButton::clicked, this, &EventsPage::openPlanner);
    auto *plannerShortcut = new QShortcut(QKeySequence(tr("Ctrl+Shift+P")), this);
    plannerShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(plannerShortcut, &QShortcut::activated, this, &EventsPage::openPlanner);
    fillTags();

    applyColumnDefaults(view(), QStringLiteral("events"),
                        {{EventsModel::Name, 190}, {EventsModel::Kind, 90}, {EventsModel::Start, 125}, {EventsModel::Status, 85},
                         {EventsModel::Location, 110}, {EventsModel::Cost, 95}, {EventsModel::Met, 60}},
                        {EventsModel::Tags});
    if (!QSettings().contains(QStringLiteral("pages/events/header")))
        view()->sortByColumn(EventsModel::Start, Qt::DescendingOrder); // the newest first

    setEditor(new EventEditor(context, this));
    connect(m_status, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilters);
    connect(m_range, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilters);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilters);
    connect(&context.names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Event)
            fillTags();
    });
}

EventPlannerDialog *EventsPage::openPlanner()
{
    if (!m_planner)
        m_planner = new EventPlannerDialog(m_context, this);
    m_planner->open(EventPlannerDialog::PlanTab, EventId(currentId()));
    return m_planner;
}

void EventsPage::fillTags()
{
    const QString current = m_tag->currentData().toString();
    QStringList tags;
    QSet<QString> seen;
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (const QString &tag : m_model->rowAt(row).event.tags)
            if (!seen.contains(tag.toLower())) {
                seen.insert(tag.toLower());
                tags << tag;
            }
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const QString &tag : tags)
        m_tag->addItem(tag, tag);
    const int index = m_tag->findData(current);
    m_tag->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        applyFilters();
}

void EventsPage::applyFilters()
{
    auto *proxy = this->proxy();
    const int status = m_status->currentData().toInt();
    if (status < 0)
        proxy->clearPredicate(QStringLiteral("status"));
    else
        proxy->setPredicate(QStringLiteral("status"), [this, status](int row) { return int(m_model->rowAt(row).event.status) == status; });

    const int kind = m_kind->currentData().toInt();
    if (kind < 0)
        proxy->clearPredicate(QStringLiteral("kind"));
    else
        proxy->setPredicate(QStringLiteral("kind"), [this, kind](int row) { return int(m_model->rowAt(row).event.kind) == kind; });

    const int range = m_range->currentData().toInt();
    const QDateTime now = m_context.clock.nowUtc();
    const int year = m_context.clock.today().year();
    if (range == AllDates)
        proxy->clearPredicate(QStringLiteral("range"));
    else
        proxy->setPredicate(QStringLiteral("range"), [this, range, now, year](int row) {
            const Event &e = m_model->rowAt(row).event;
            switch (range) {
            case Upcoming: return eventFinish(e) >= now; // running now counts as upcoming: it is not over
            case Past: return eventFinish(e) < now;
            default: return e.start.toTimeZone(eventZone(e)).date().year() == year;
            }
        });

    const QString tag = m_tag->currentData().toString();
    if (tag.isEmpty())
        proxy->clearPredicate(QStringLiteral("tag"));
    else
        proxy->setPredicate(QStringLiteral("tag"), [this, tag](int row) { return m_model->rowAt(row).event.tags.contains(tag, Qt::CaseInsensitive); });
    updateState();
}

void EventsPage::clearFilters()
{
    m_status->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_range->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
}

void EventsPage::deleteRecords(const QList<qint64> &ids)
{
    const QString text = ids.size() == 1 ? tr("Delete %1").arg(m_context.names.event(ids.first()))
                                          : tr("Delete %n event(s)", nullptr, int(ids.size()));
    Status status = m_context.writer.write(text, [&]() -> Status {
        EventStore store(m_context.db, m_context.clock);
        for (const qint64 id : ids)
            if (auto s = store.remove(EventId(id)); !s)
                return s;
        return {};
    });
    if (!status) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Not deleted"), status.error().message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

} // namespace foothold

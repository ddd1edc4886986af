#include "ui/pages/InsightsPage.h"

#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Settings.h"
#include "ui/charts/ActivityChart.h"
#include "ui/charts/EventReturnChart.h"
#include "ui/charts/FunnelChart.h"
#include "ui/charts/NetworkGrowthChart.h"
#include "ui/charts/TalkBalanceChart.h"
#include "ui/insights/InsightsArrangement.h"
#include "ui/insights/InsightsLoader.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/talk/TalkDialogs.h"
#include "ui/widgets/Palette.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace foothold {
namespace {

// Changes arrive in bursts (an import, undo of a large delete): wait for the burst to end.
constexpr int kDebounceMs = 300;

// Source filter entries: all, referral, cold, then each other source.
const QString kAll = QStringLiteral("all");
const QString kCold = QStringLiteral("cold");

} // namespace

InsightsPage::InsightsPage(UiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_loader(new InsightsLoader(context.db, this)), m_debounce(new QTimer(this)),
      m_range(new QComboBox(this)), m_kind(new QComboBox(this)), m_source(new QComboBox(this)), m_status(new QLabel(this)),
      m_growth(new NetworkGrowthChart(this)), m_balance(new TalkBalanceChart(this)), m_funnel(new FunnelChart(this)),
      m_activity(new ActivityChart(this)), m_events(new EventReturnChart(this))
{
    m_range->addItem(tr("Last 3 months"), toKey(InsightsRange::Last3Months));
    m_range->addItem(tr("Last 6 months"), toKey(InsightsRange::Last6Months));
    m_range->addItem(tr("Last 12 months"), toKey(InsightsRange::Last12Months));
    m_range->addItem(tr("All time"), toKey(InsightsRange::All));
    m_range->setAccessibleName(tr("Date range"));
    m_kind->addItem(tr("All kinds"), kAll);
    for (const auto kind : allValues<ConversationKind>())
        m_kind->addItem(label(kind), toKey(kind));
    m_kind->setAccessibleName(tr("Kind of conversation"));
    m_source->addItem(tr("All sources"), kAll);
    m_source->addItem(label(ApplicationSource::Referral), toKey(ApplicationSource::Referral));
    m_source->addItem(tr("Cold (all but referral)"), kCold);
    for (const auto source : allValues<ApplicationSource>())
        if (source != ApplicationSource::Referral)
            m_source->addItem(label(source), toKey(source));
    m_source->setAccessibleName(tr("Source of applications"));

    auto *title = new QLabel(tr("Insights"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto *timer = new QPushButton(tr("Talk &timer…"), this);
    timer->setToolTip(tr("Time who speaks during a call, then save it as a conversation"));
    auto *transcript = new QPushButton(tr("Import t&ranscript…"), this);
    transcript->setToolTip(tr("Measure a Zoom, Teams or Meet transcript and save it as a conversation"));
    connect(timer, &QPushButton::clicked, this, [this] { openTalkTimer(m_context, this); });
    connect(transcript, &QPushButton::clicked, this, [this] { openTranscriptImport(m_context, this); });

    // The filters are one widget, so that the page can put them beside the title or, in a narrow
    // window, on a row of their own (InsightsArrangement).
    auto *filters = new QWidget(this);
    auto *filterRow = new QHBoxLayout(filters);
    filterRow->setContentsMargins(0, 0, 0, 0);
    auto *rangeLabel = new QLabel(tr("&Range"), filters);
    rangeLabel->setBuddy(m_range);
    filterRow->addWidget(rangeLabel);
    filterRow->addWidget(m_range);
    auto *kindLabel = new QLabel(tr("&Conversations"), filters);
    kindLabel->setBuddy(m_kind);
    filterRow->addWidget(kindLabel);
    filterRow->addWidget(m_kind);
    auto *sourceLabel = new QLabel(tr("&Applications"), filters);
    sourceLabel->setBuddy(m_source);
    filterRow->addWidget(sourceLabel);
    filterRow->addWidget(m_source);

    // In a narrow window the filters may shrink below their text (then elided) to a few letters.
    // The range's texts are short and read as a whole ("Last 12 months"): it keeps its width.
    for (QComboBox *box : {m_kind, m_source})
        box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6 + 32);
    m_range->setMinimumWidth(m_range->sizeHint().width());

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addStretch(1);
    // "Loading…" and "Updating…" come and go: they must not widen the page (and with it the
    // window) while they show, so the status takes whatever room the bar has left.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addWidget(m_status, 1);
    bar->addWidget(timer);
    bar->addWidget(transcript);
    auto *secondRow = new QHBoxLayout;
    secondRow->addStretch(1);

    auto *grid = new QGridLayout;
    grid->setSpacing(InsightsArrangement::kChartSpacing);
    auto *charts = new QWidget(this);
    charts->setLayout(grid);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // No fixed minimum here: the layout's own (the columns of charts, the rows' heights) is what
    // the scroll area scrolls to; a fixed one would squeeze what needs more.

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(bar);
    layout->addLayout(secondRow);
    layout->addWidget(scroll, 1);
    new InsightsArrangement(this, bar, secondRow, filters, grid, {m_growth, m_balance, m_funnel, m_activity}, m_events);

    const auto range = insightsRangeFromKey(settingValue(settings::InsightsRangeKey)).value_or(InsightsRange::Last12Months);
    m_filter.range = range;
    m_range->setCurrentIndex(m_range->findData(toKey(range)));
    for (QComboBox *box : {m_range, m_kind, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &InsightsPage::readFilterWidgets);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, m_loader, &InsightsLoader::request);
    connect(m_loader, &InsightsLoader::partLoaded, this, &InsightsPage::onPartLoaded);
    connect(m_loader, &InsightsLoader::loaded, this, &InsightsPage::onLoaded);
    connect(m_loader, &InsightsLoader::failed, this,
            [this](const QString &message) { m_status->setText(tr("Could not read the data: %1").arg(message)); });
    connect(context.db.notifier(), &ChangeNotifier::changed, this, &InsightsPage::onChanged);
    connect(m_balance, &TalkBalanceChart::conversationActivated, this,
            [this](qint64 id) { m_context.navigator.open(Entity::Conversation, id); });

    // The main window builds this page when it is first shown: start reading now, so that the
    // workers read while this thread lays out and paints the page's frame.
    m_status->setText(tr("Loading…"));
    m_stale = false;
    m_loader->request();
    // Blank charts until the data is in (rather than empty states that would say there is none), laid
    // out with the page while the workers read.
    for (ChartFrame *chart : QList<ChartFrame *>{m_growth, m_balance, m_activity})
        chart->showBlankChart();
    m_funnel->showBlankChart(false);
}

InsightsPage::~InsightsPage() = default;

void InsightsPage::setFilter(const InsightsFilter &filter)
{
    m_settingFilter = true;
    m_range->setCurrentIndex(m_range->findData(toKey(filter.range)));
    m_kind->setCurrentIndex(filter.kind ? m_kind->findData(toKey(*filter.kind)) : 0);
    m_source->setCurrentIndex(filter.coldOnly ? m_source->findData(kCold)
                              : filter.source ? m_source->findData(toKey(*filter.source))
                                              : 0);
    m_settingFilter = false;
    readFilterWidgets();
}

void InsightsPage::readFilterWidgets()
{
    if (m_settingFilter)
        return;
    InsightsFilter filter;
    filter.range = insightsRangeFromKey(m_range->currentData().toString()).value_or(InsightsRange::Last12Months);
    if (const QString kind = m_kind->currentData().toString(); kind != kAll)
        filter.kind = fromKey<ConversationKind>(kind);
    if (const QString source = m_source->currentData().toString(); source == kCold)
        filter.coldOnly = true;
    else if (source != kAll)
        filter.source = fromKey<ApplicationSource>(source);
    if (filter.range != m_filter.range)
        setSettingValue(settings::InsightsRangeKey, toKey(filter.range));
    m_filter = filter;
    if (m_partIn[0] || m_partIn[1])
        redraw();
}

bool InsightsPage::isUpToDate() const
{
    return m_loaded && !m_stale && !m_loader->isLoading() && !m_debounce->isActive();
}

void InsightsPage::onChanged(const ChangeSet &changes)
{
    if (!changes.reset && !changes.touches(Entity::Contact) && !changes.touches(Entity::Conversation) &&
        !changes.touches(Entity::Application) && !changes.touches(Entity::Event) && !changes.touches(Entity::FollowUp))
        return;
    m_stale = true;
    if (isVisible())
        m_debounce->start();
}

void InsightsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_loader->isLoading() && !m_debounce->isActive()) {
        m_status->setText(m_loaded ? tr("Updating…") : tr("Loading…"));
        m_stale = false;
        m_loader->request();
    }
}

void InsightsPage::reloadNow()
{
    m_debounce->stop();
    auto input = InsightsLoader::load(m_context.db);
    if (!input) {
        m_status->setText(tr("Could not read the data: %1").arg(input.error().message));
        return;
    }
    m_stale = false;
    m_input = *input;
    m_partIn[0] = m_partIn[1] = true;
    markLoaded();
    redraw();
}

void InsightsPage::onPartLoaded(InsightsLoader::Part part, const InsightsInput &input)
{
    if (part == InsightsLoader::Part::Events) {
        m_input.events = input.events;
    } else {
        QList<EventReturnFacts> events = std::move(m_input.events);
        m_input = input;
        m_input.events = std::move(events);
    }
    m_partIn[int(part)] = true;
    redrawPart(part);
}

void InsightsPage::onLoaded(const InsightsInput &)
{
    // Both halves were drawn as they came in (onPartLoaded).
    markLoaded();
    emit updated();
}

void InsightsPage::markLoaded()
{
    m_loaded = true;
    if (m_debounce->isActive() || m_loader->isLoading())
        m_stale = true; // more changes are on their way
    else
        m_stale = false;
    m_status->clear();
}

void InsightsPage::redraw()
{
    const InsightsSeries s = computeInsights(m_input, m_filter, m_context.clock.today());
    if (m_partIn[int(InsightsLoader::Part::Aggregates)])
        drawAggregates(s);
    if (m_partIn[int(InsightsLoader::Part::Events)])
        drawEvents(s);
    emit updated();
}

void InsightsPage::redrawPart(InsightsLoader::Part part)
{
    if (part == InsightsLoader::Part::Aggregates) {
        const InsightsSeries s = computeInsights(m_input, m_filter, m_context.clock.today());
        drawAggregates(s);
        // The events of the range end where the aggregates' data does: drawn before these were in,
        // the Events chart may have ended on another day.
        if (m_partIn[int(InsightsLoader::Part::Events)] && s.to != m_eventsTo)
            drawEvents(s);
        return;
    }
    // The Events chart alone: its series needs the range's end from the aggregates but none of the
    // conversations' shares, whose rolling averages are most of computeInsights.
    InsightsInput input = m_input;
    input.shares.clear();
    drawEvents(computeInsights(input, m_filter, m_context.clock.today()));
}

void InsightsPage::drawAggregates(const InsightsSeries &s)
{
    m_growth->setData(s.growth, s.contactsWithDate);
    m_balance->setData(s.balance, s.from.isValid() ? s.from : s.to, s.to, s.sharesAllTime);
    m_funnel->setData(s.funnel, m_filter, s.applicationsAllTime);
    m_activity->setData(s.activity, s.conversationsAllTime, s.contactsWithDate, m_context.clock.today());
}

void InsightsPage::drawEvents(const InsightsSeries &s)
{
    m_events->setData(s.events, s.eventsAttendedAllTime, homeCurrency());
    m_eventsTo = s.to;
}

} // namespace foothold

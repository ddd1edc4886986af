#include "ui/pages/EventPlannerDialog.h"

#include "core/analytics/EventRanking.h"
#include "core/analytics/EventReturn.h"
#include "core/storage/AgendaSessionStore.h"
#include "core/storage/EventPlannerStore.h"
#include "core/util/Clock.h"
#include "core/util/Settings.h"
#include "ui/pages/AgendaPanel.h"
#include "ui/pages/BriefPanel.h"
#include "ui/pages/CapturePanel.h"
#include "ui/charts/ReturnChart.h"
#include "ui/shell/UiContext.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace foothold {
namespace {

QString amount(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString orDash(const std::optional<double> &value, const QString &suffix = {})
{
    return value ? QLocale().toString(*value, 'f', suffix.isEmpty() ? 2 : 1) + suffix : QStringLiteral("–");
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const char *name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(QLatin1String(name));
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setSortingEnabled(false);
    return table;
}

QTableWidgetItem *number(double value, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

EventPlannerDialog::EventPlannerDialog(UiContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_tabs(new QTabWidget(this)), m_brief(new BriefPanel(context, this)),
      m_agenda(new AgendaPanel(context, this)),
      m_capture(new CapturePanel(context, this))
{
    setWindowTitle(tr("Event planner"));
    setObjectName(QStringLiteral("eventPlanner"));
    m_tabs->addTab(makePlanTab(), tr("&Plan"));
    m_tabs->addTab(m_brief, tr("&Before"));
    m_tabs->addTab(m_agenda, tr("&Agenda"));
    m_tabs->addTab(m_capture, tr("&Quick capture"));
    m_tabs->addTab(makeReturnTab(), tr("&Return"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    connect(m_tabs, &QTabWidget::currentChanged, this, &EventPlannerDialog::refresh);
    resize(980, 620);
    refresh();
}

QWidget *EventPlannerDialog::makePlanTab()
{
    auto *tab = new QWidget(this);
    m_budget = new QLabel(tab);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setWordWrap(true);
    // Short headers for the parts; the full name is the header's tooltip.
    const QStringList headers{tr("#"),   tr("Event"), tr("Start"),   tr("Status"), tr("Score"), tr("Companies"), tr("1st"),
                              tr("2nd"), tr("To meet"), tr("Topics"), tr("Cost"),  tr("Days"),  tr("Clashes")};
    m_plan = makeTable(tab, headers, "planTable");
    for (int i = 0; i < kScorePartCount; ++i)
        m_plan->horizontalHeaderItem(5 + i)->setToolTip(scorePartLabel(ScorePart(i)));
    m_plan->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_plan->horizontalHeader()->setStretchLastSection(true);
    auto *weights = new QGridLayout;
    weights->addWidget(new QLabel(tr("Weights:"), tab), 0, 0);
    auto current = parseScoreWeights(settingValue(settings::EventScoreWeights));
    const ScoreWeights w = current ? *current : ScoreWeights{};
    for (int i = 0; i < kScorePartCount; ++i) {
        auto *box = new QDoubleSpinBox(tab);
        box->setObjectName(QStringLiteral("weight_") + scorePartKey(ScorePart(i)));
        box->setRange(0, 100);
        box->setSingleStep(0.5);
        box->setDecimals(1);
        box->setValue(w.weights[i]);
        box->setToolTip(scorePartLabel(ScorePart(i)));
        box->setAccessibleName(tr("Weight of %1").arg(scorePartLabel(ScorePart(i))));
        auto *label = new QLabel(scorePartLabel(ScorePart(i)), tab);
        label->setBuddy(box);
        weights->addWidget(label, 1 + i / 4, (i % 4) * 2);
        weights->addWidget(box, 1 + i / 4, (i % 4) * 2 + 1);
        connect(box, &QDoubleSpinBox::valueChanged, this, &EventPlannerDialog::saveWeights);
        m_weights << box;
    }
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_budget);
    layout->addWidget(m_plan, 1);
    layout->addLayout(weights);
    return tab;
}

QWidget *EventPlannerDialog::makeReturnTab()
{
    auto *split = new QSplitter(Qt::Vertical, this);
    m_return = makeTable(split, {tr("Event"), tr("Status"), tr("Cost"), tr("New contacts"), tr("Conversations"), tr("Follow-ups done"),
                                 tr("Info interviews"), tr("Applications"), tr("Referrals"), tr("Per contact"), tr("Per conversation")},
                         "returnTable");
    m_return->setSortingEnabled(true);
    m_chart = new ReturnChart(split);
    split->addWidget(m_return);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

void EventPlannerDialog::open(Tab tab, EventId event)
{
    if (event.isValid()) {
        m_brief->setEvent(event);
        m_agenda->setEvent(event);
        m_capture->setEvent(event);
    }
    m_tabs->setCurrentIndex(tab);
    refresh();
    show();
    raise();
    activateWindow();
}

void EventPlannerDialog::refresh()
{
    switch (m_tabs->currentIndex()) {
    case PlanTab: refreshPlan(); break;
    case BeforeTab: m_brief->refresh(); break;
    case AgendaTab: m_agenda->refresh(); break;
    case ReturnTab: refreshReturn(); break;
    default: break;
    }
}

void EventPlannerDialog::saveWeights()
{
    ScoreWeights w;
    for (int i = 0; i < kScorePartCount; ++i)
        w.weights[i] = m_weights.at(i)->value();
    setSettingValue(settings::EventScoreWeights, formatScoreWeights(w));
    refreshPlan();
}

void EventPlannerDialog::refreshPlan()
{
    const QDateTime now = m_context.clock.nowUtc();
    EventPlannerStore store(m_context.db);
    auto facts = store.rankingFacts(now);
    auto items = store.budgetItems();
    QStringList labels;
    auto spans = store.busySpans(now, labels);
    if (!facts || !items || !spans) {
        m_budget->setText(tr("The plan could not be read: %1").arg((!facts ? facts.error() : !items ? items.error() : spans.error()).message));
        return;
    }
    auto parsed = parseScoreWeights(settingValue(settings::EventScoreWeights));
    const ScoreWeights weights = parsed ? *parsed : ScoreWeights{};
    const QList<RankedEvent> ranked = rankEvents(*facts, settingValue(settings::EventInterests), weights, now.date());
    const EventsBudget budget = computeBudget(*items, now.date().year(), settingValue(settings::EventsYearlyBudget));
    const QString currency = homeCurrency();
    QString text = tr("Events budget %1: ").arg(budget.year) +
                   (budget.budget ? tr("%1 %2").arg(amount(*budget.budget), currency) : tr("not set")) +
                   tr(" — spent %1, committed %2").arg(amount(budget.spent), amount(budget.committed));
    if (budget.remaining)
        text += tr(", remaining %1").arg(amount(*budget.remaining));
    m_budget->setText(text);

    QHash<QString, QStringList> clashes;
    for (const Clash &c : findClashes(*spans)) {
        clashes[spans->at(c.first).key] << labels.at(c.second);
        clashes[spans->at(c.second).key] << labels.at(c.first);
    }
    m_plan->setRowCount(int(ranked.size()));
    for (int row = 0; row < int(ranked.size()); ++row) {
        const RankedEvent &r = ranked.at(row);
        m_plan->setItem(row, 0, number(row + 1, QString::number(row + 1)));
        auto *name = new QTableWidgetItem(r.facts.name);
        name->setData(Qt::UserRole, r.facts.id.value);
        m_plan->setItem(row, 1, name);
        m_plan->setItem(row, 2, new QTableWidgetItem(QLocale().toString(r.facts.start.toUTC().date(), QLocale::ShortFormat)));
        m_plan->setItem(row, 3, new QTableWidgetItem(label(r.facts.status)));
        m_plan->setItem(row, 4, number(r.score, QLocale().toString(r.score, 'f', 2)));
        for (int i = 0; i < int(r.parts.size()); ++i) {
            const ScoredPart &p = r.parts.at(i);
            auto *item = number(p.points, QLocale().toString(p.points, 'f', 2));
            item->setToolTip(tr("%1: %2 × weight %3").arg(scorePartLabel(p.part), QLocale().toString(p.value), QLocale().toString(p.weight)));
            m_plan->setItem(row, 5 + i, item);
        }
        const QStringList with = clashes.value(QStringLiteral("event:%1").arg(r.facts.id.value));
        m_plan->setItem(row, 5 + kScorePartCount, new QTableWidgetItem(with.join(QStringLiteral("; "))));
    }
    m_plan->resizeColumnsToContents();
}

void EventPlannerDialog::refreshReturn()
{
    auto facts = EventPlannerStore(m_context.db).returnFacts();
    if (!facts)
        return;
    const QString currency = homeCurrency();
    m_return->setSortingEnabled(false);
    m_return->setRowCount(int(facts->size()));
    QList<ReturnChart::Point> points;
    for (int row = 0; row < int(facts->size()); ++row) {
        const EventReturn r = computeEventReturn(facts->at(row));
        const EventReturnFacts &f = r.facts;
        m_return->setItem(row, 0, new QTableWidgetItem(f.name));
        m_return->setItem(row, 1, new QTableWidgetItem(label(f.status)));
        m_return->setItem(row, 2, number(r.costTotal, amount(r.costTotal) + QLatin1Char(' ') + currency));
        m_return->setItem(row, 3, number(f.newContacts, QString::number(f.newContacts)));
        m_return->setItem(row, 4, number(f.conversations, QString::number(f.conversations)));
        m_return->setItem(row, 5, number(r.followUpsDonePct.value_or(-1), orDash(r.followUpsDonePct, QStringLiteral(" %"))));
        m_return->setItem(row, 6, number(f.interviews, QString::number(f.interviews)));
        m_return->setItem(row, 7, number(f.applications, QString::number(f.applications)));
        m_return->setItem(row, 8, number(f.referrals, QString::number(f.referrals)));
        m_return->setItem(row, 9, number(r.costPerContact.value_or(-1), orDash(r.costPerContact)));
        m_return->setItem(row, 10, number(r.costPerConversation.value_or(-1), orDash(r.costPerConversation)));
        if (f.status == EventStatus::Attended) // what was spent against what came of it
            points << ReturnChart::pointFor(r, currency);
    }
    m_return->setSortingEnabled(true);
    m_return->resizeColumnsToContents();
    m_chart->setCostTitle(tr("Cost (%1)").arg(currency));
    m_chart->setPoints(points);
}

EventPlannerDialog *openEventPlanner(UiContext &context, QWidget *parent, EventPlannerDialog::Tab tab)
{
    EventId event;
    if (auto upcoming = EventPlannerStore(context.db).rankingFacts(context.clock.nowUtc()); upcoming) {
        std::sort(upcoming->begin(), upcoming->end(), [](const RankingFacts &a, const RankingFacts &b) { return a.start < b.start; });
        AgendaSessionStore sessions(context.db);
        for (const RankingFacts &f : *upcoming) {
            if (!event.isValid())
                event = f.id;
            if (auto n = sessions.count(f.id); n && *n > 0) {
                event = f.id;
                break;
            }
        }
    }
    auto *dialog = new EventPlannerDialog(context, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(tab, event);
    return dialog;
}

} // namespace foothold

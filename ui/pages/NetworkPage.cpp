#include "ui/pages/NetworkPage.h"

#include "core/services/NetworkLayoutService.h"
#include "core/storage/NetworkStore.h"
#include "ui/network/NetworkCanvas.h"
#include "ui/network/NetworkView.h"
#include "ui/network/OffThread.h"
#include "ui/network/PathsPanel.h"
#include "ui/network/ReachPanel.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/EmptyState.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace foothold {

NetworkPage::NetworkPage(UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_empty = new EmptyState(m_stack);
    m_empty->setTitle(tr("Loading your network…"));
    m_stack->addWidget(m_empty);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(buildToolbar());

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(content);
    m_progress->setAccessibleName(tr("Layout progress"));
    m_stop = new QPushButton(tr("Stop"), content);
    m_stop->setToolTip(tr("Stop the layout; the graph keeps its earlier places (Esc)"));
    m_stop->setShortcut(Qt::Key_Escape);
    m_status = new QLabel(content);
    m_status->setWordWrap(true);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    progressRow->addWidget(m_status, 2);
    contentLayout->addLayout(progressRow);
    m_progress->hide();
    m_stop->hide();

    m_legend = new QLabel(content);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    contentLayout->addWidget(m_legend);

    auto *splitter = new QSplitter(content);
    m_view = new NetworkView(splitter);
    auto *side = new QTabWidget(splitter);
    m_paths = new PathsPanel(context, side);
    m_reach = new ReachPanel(context.navigator, side);
    side->addTab(m_paths, tr("Warm paths"));
    side->addTab(m_reach, tr("Reach"));
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    side->setMinimumWidth(240);
    splitter->setCollapsible(1, false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 320});
    contentLayout->addWidget(splitter, 1);
    m_stack->addWidget(content);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);

    connect(m_reloadTimer, &QTimer::timeout, this, &NetworkPage::reload);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_layoutState && m_layoutState->total > 0) {
            m_progress->setMaximum(m_layoutState->total);
            m_progress->setValue(m_layoutState->done);
        }
    });
    connect(m_stop, &QPushButton::clicked, this, &NetworkPage::cancelLayout);
    connect(m_view, &NetworkView::nodeMoved, this, &NetworkPage::onNodeMoved);
    connect(m_view, &NetworkView::nodeActivated, this, [this](ContactId id) { m_context.navigator.open(Entity::Contact, id.value); });
    connect(m_paths, &PathsPanel::pathChosen, this, [this](const QList<ContactId> &hops) {
        if (auto *canvas = m_view->canvas())
            canvas->setPath(hops);
    });
    connect(m_paths, &PathsPanel::pathShown, this, [this] {
        if (auto *canvas = m_view->canvas())
            m_view->showNodes(canvas->pathNodes());
    });
    // Contacts, links, companies and conversations change the graph, tie strengths and reach;
    // a burst of changes (an import, an undo) reloads once.
    connect(context.db.notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
        if (changes.reset || changes.touches(Entity::Contact) || changes.touches(Entity::Link) || changes.touches(Entity::Company)
            || changes.touches(Entity::Conversation))
        {
            m_stale = true;
            if (isVisible())
                m_reloadTimer->start();
        }
    });
}

void NetworkPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_reloadTimer->isActive())
        reload();
}

NetworkPage::~NetworkPage()
{
    if (m_layoutState)
        m_layoutState->cancel = true;
    if (m_layout)
        m_layout->wait();
    if (m_loader)
        m_loader->wait();
}

QWidget *NetworkPage::buildToolbar()
{
    // Two rows (finding and actions; then how to show), so that a narrow window keeps them all.
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *filters = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(filters);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Find a person (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find a person"));
    m_search->setClearButtonEnabled(true);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!focusPerson(m_search->text()))
            setStatus(tr("Nobody called “%1” in the network.").arg(m_search->text()));
    });

    m_colourBy = new QComboBox(bar);
    m_colourBy->addItem(tr("Colour by company"));
    m_colourBy->addItem(tr("Colour by tie strength"));
    m_colourBy->addItem(tr("Colour by how we met"));
    m_colourBy->setAccessibleName(tr("Colour by"));
    m_strength = new QComboBox(bar);
    m_strength->addItem(tr("Any tie"), 0.0);
    m_strength->addItem(tr("Medium ties and stronger"), 0.35);
    m_strength->addItem(tr("Strong ties only"), 0.6);
    m_strength->setAccessibleName(tr("Tie strength"));
    m_degree = new QComboBox(bar);
    m_degree->addItem(tr("Every degree"), 0);
    m_degree->addItem(tr("1st degree"), 1);
    m_degree->addItem(tr("Up to 2nd degree"), 2);
    m_degree->addItem(tr("Up to 3rd degree"), 3);
    m_degree->setAccessibleName(tr("Degree"));
    m_company = new QComboBox(bar);
    m_company->setAccessibleName(tr("Company"));
    m_company->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_company->setMinimumContentsLength(12);
    m_tag = new QComboBox(bar);
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(8);
    m_layoutButton = new QPushButton(tr("Lay out again"), bar);
    m_layoutButton->setToolTip(tr("Compute the layout again; people you placed stay where you left them"));
    auto *fit = new QPushButton(tr("Fit"), bar);
    fit->setToolTip(tr("Show the whole network (0 in the graph; +/- zoom, arrows pan, Home centres on you)"));
    auto *exportButton = new QPushButton(tr("Export…"), bar);
    exportButton->setToolTip(tr("Save the graph as PNG or SVG"));

    row->addWidget(m_search, 1);
    row->addWidget(m_layoutButton);
    row->addWidget(fit);
    row->addWidget(exportButton);
    filters->addWidget(m_colourBy);
    filters->addWidget(m_strength);
    filters->addWidget(m_degree);
    filters->addWidget(m_company, 1);
    filters->addWidget(m_tag);

    connect(m_colourBy, &QComboBox::currentIndexChanged, this, &NetworkPage::applyColours);
    connect(m_strength, &QComboBox::currentIndexChanged, this, &NetworkPage::applyFilter);
    connect(m_degree, &QComboBox::currentIndexChanged, this, &NetworkPage::applyFilter);
    connect(m_company, &QComboBox::currentIndexChanged, this, &NetworkPage::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &NetworkPage::applyFilter);
    connect(m_layoutButton, &QPushButton::clicked, this, &NetworkPage::startLayout);
    connect(fit, &QPushButton::clicked, this, [this] { m_view->fitAll(); });
    connect(exportButton, &QPushButton::clicked, this, &NetworkPage::exportDialog);
    return bar;
}

void NetworkPage::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_reloadAgain = false;
    m_stale = false;
    m_layoutsStoredAtRead = m_layoutsStored;
    const QString path = m_context.db.path();
    const QDateTime now = m_context.clock.nowUtc();
    m_loader = runOffThread<Result<NetworkSnapshot>>(
        this, [path, now] { return loadNetworkSnapshot(path, now); },
        [this](Result<NetworkSnapshot> result) { onLoaded(std::move(result)); });
}

void NetworkPage::onLoaded(Result<NetworkSnapshot> result)
{
    m_loading = false;
    if (m_reloadAgain) {
        reload();
        return;
    }
    if (!result) {
        m_empty->setTitle(tr("The network could not be read"));
        m_empty->setHint(result.error().message);
        m_stack->setCurrentIndex(0);
        emit loaded();
        return;
    }
    m_snapshot = std::make_shared<const NetworkSnapshot>(std::move(*result));
    if (m_snapshot->graph.personCount() == 0) {
        m_empty->setTitle(tr("Your network is empty"));
        m_empty->setHint(tr("Add the people you know on the Contacts page, and who knows whom in a contact's links: "
                            "this page then shows who could introduce you to the companies you want."));
        m_stack->setCurrentIndex(0);
        m_view->setCanvas(nullptr);
        m_paths->setSnapshot(m_snapshot);
        emit loaded();
        return;
    }
    const QTransform kept = m_view->transform();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    auto *canvas = new NetworkCanvas(m_snapshot);
    m_view->setCanvas(canvas);
    fillCompanyFilter();
    fillTagFilter();
    applyColours();
    applyFilter();
    m_stack->setCurrentIndex(1);
    if (!m_fitted) {
        m_view->fitAll();
        m_fitted = true;
    } else {
        m_view->scene()->setSceneRect(canvas->boundingRect().adjusted(-4000, -4000, 4000, 4000));
        m_view->setTransform(kept);
        m_view->centerOn(centre);
    }
    m_paths->setSnapshot(m_snapshot);
    m_reach->show(*m_snapshot);
    setStatus(tr("%n people, %1 links", nullptr, m_snapshot->graph.personCount())
                  .arg(QLocale().toString(qlonglong(m_snapshot->graph.ties().size()))));
    // Never laid out: lay out now (the page shows the starting spiral meanwhile). Not when a layout
    // was stored after this snapshot was read: its places are on the canvas already.
    if (m_snapshot->positions.isEmpty() && !m_layingOut && m_layoutsStoredAtRead == m_layoutsStored)
        startLayout();
    emit loaded();
}

void NetworkPage::startLayout()
{
    if (m_layingOut || !m_snapshot || m_snapshot->graph.personCount() == 0)
        return;
    m_layingOut = true;
    m_layoutState = std::make_shared<LayoutState>();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_stop->show();
    m_layoutButton->setEnabled(false);
    setStatus(tr("Laying out %n people…", nullptr, m_snapshot->graph.personCount()));
    m_progressTimer->start();
    const QString path = m_context.db.path();
    const QDateTime now = m_context.clock.nowUtc();
    auto state = m_layoutState;
    m_layout = runOffThread<Result<QHash<qint64, NodePosition>>>(
        this,
        [path, now, state]() -> Result<QHash<qint64, NodePosition>> {
            auto db = Database::open(path, Database::Options{.create = false, .backupBeforeMigration = false});
            if (!db)
                return db.error();
            const FixedClock clock(now);
            return NetworkLayoutService(**db, clock).run({}, [state](int done, int total) {
                state->done = done;
                state->total = total;
                return !state->cancel.load();
            });
        },
        [this](Result<QHash<qint64, NodePosition>> result) { onLayoutDone(std::move(result)); });
}

void NetworkPage::cancelLayout()
{
    if (m_layoutState)
        m_layoutState->cancel = true;
}

void NetworkPage::onLayoutDone(Result<QHash<qint64, NodePosition>> result)
{
    m_layingOut = false;
    m_progressTimer->stop();
    m_progress->hide();
    m_stop->hide();
    m_layoutButton->setEnabled(true);
    if (!result) {
        setStatus(result.error().code == Error::Code::Cancelled ? tr("Layout stopped: the graph keeps its earlier places.")
                                                                : tr("The layout failed: %1").arg(result.error().message));
        emit layoutFinished(false);
        return;
    }
    ++m_layoutsStored;
    if (auto *canvas = m_view->canvas()) {
        canvas->setPositions(*result);
        m_view->fitAll();
    }
    setStatus(tr("Laid out %n people.", nullptr, int(result->size())));
    emit layoutFinished(true);
}

void NetworkPage::onNodeMoved(ContactId id, QPointF layoutPos)
{
    const QString name = m_snapshot ? m_snapshot->graph.person(m_snapshot->graph.indexOf(id)).name : QString();
    const QDateTime now = m_context.clock.nowUtc();
    const Status status = m_context.writer.write(tr("Move %1 on the network").arg(name), [&] {
        return NetworkStore(m_context.db).setPosition(id, NodePosition{layoutPos, true}, now);
    });
    if (!status) {
        setStatus(status.error().message);
        reload();
        return;
    }
    setStatus(tr("%1 stays where you put them (Ctrl+Z puts them back).").arg(name));
}

void NetworkPage::applyColours()
{
    auto *canvas = m_view->canvas();
    if (!canvas)
        return;
    canvas->setPalette(palette());
    canvas->setColourBy(static_cast<NetworkCanvas::ColourBy>(m_colourBy->currentIndex()));
    QString html;
    for (const auto &[name, colour] : canvas->legend(palette()))
        html += QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2&nbsp;&nbsp; ").arg(colour.name(), name.toHtmlEscaped());
    m_legend->setText(html);
}

void NetworkPage::fillCompanyFilter()
{
    const qint64 chosen = m_company->currentData().toLongLong();
    const QSignalBlocker block(m_company);
    m_company->clear();
    m_company->addItem(tr("Every company"), 0);
    QList<const NetworkCompany *> companies;
    for (const NetworkCompany &c : m_snapshot->graph.companies())
        if (!m_snapshot->graph.peopleAt(c.id).isEmpty())
            companies << &c;
    std::sort(companies.begin(), companies.end(),
              [](const NetworkCompany *a, const NetworkCompany *b) { return a->name.localeAwareCompare(b->name) < 0; });
    for (const NetworkCompany *c : companies)
        m_company->addItem(c->name, QVariant(c->id.value));
    m_company->setCurrentIndex(std::max(0, m_company->findData(QVariant(chosen))));
}

void NetworkPage::fillTagFilter()
{
    const QString chosen = m_tag->currentIndex() > 0 ? m_tag->currentText() : QString();
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Every tag"), -1);
    for (int i = 0; i < m_snapshot->details.tags.size(); ++i)
        m_tag->addItem(m_snapshot->details.tags.at(i), i);
    m_tag->setCurrentIndex(chosen.isEmpty() ? 0 : std::max(0, m_tag->findText(chosen)));
}

void NetworkPage::applyFilter()
{
    auto *canvas = m_view->canvas();
    if (!canvas)
        return;
    canvas->setFilter(m_strength->currentData().toDouble(), m_degree->currentData().toInt(),
                      CompanyId{m_company->currentData().toLongLong()}, m_tag->currentData().toInt());
    if (canvas->shownCount() != m_snapshot->graph.personCount())
        setStatus(tr("Showing %1 of %n people", nullptr, m_snapshot->graph.personCount()).arg(canvas->shownCount()));
}

bool NetworkPage::focusPerson(const QString &text)
{
    auto *canvas = m_view->canvas();
    const QString wanted = text.trimmed();
    if (!canvas || wanted.isEmpty())
        return false;
    const NetworkGraph &g = m_snapshot->graph;
    int found = -1;
    for (int i = 0; i < g.personCount() && found < 0; ++i)
        if (g.person(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
            found = i;
    for (int i = 0; i < g.personCount() && found < 0; ++i)
        if (g.person(i).name.contains(wanted, Qt::CaseInsensitive))
            found = i;
    if (found < 0)
        return false;
    canvas->setFocus(found + 1);
    m_view->centreOnNode(found + 1);
    setStatus(QStringLiteral("%1: %2").arg(g.person(found).name, g.person(found).connection ? g.person(found).tie.explanation
                                                                                             : tr("known of, not met yet")));
    return true;
}

bool NetworkPage::exportTo(const QString &path)
{
    auto *canvas = m_view->canvas();
    if (!canvas)
        return false;
    const QRectF source = canvas->boundingRect();
    const double scale = std::min(1.0, 4000.0 / std::max(source.width(), source.height()));
    const QSize size((source.size() * scale).toSize().expandedTo(QSize(64, 64)));
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(tr("My network"));
        QPainter painter(&svg);
        painter.fillRect(QRect(QPoint(), size), palette().color(QPalette::Base));
        m_view->scene()->render(&painter, QRectF(QPointF(), QSizeF(size)), source);
        return painter.end();
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->scene()->render(&painter, QRectF(image.rect()), source);
    painter.end();
    return image.save(path);
}

void NetworkPage::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the network"), QStringLiteral("network.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    setStatus(exportTo(path) ? tr("Saved %1").arg(path) : tr("Could not save %1").arg(path));
}

void NetworkPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString NetworkPage::statusText() const
{
    return m_status->text();
}

} // namespace foothold

#include "ui/pages/ApplicationsPage.h"

#include "core/storage/ApplicationStore.h"
#include "core/util/Settings.h"
#include "ui/board/ApplicationsBoard.h"
#include "ui/editors/ApplicationEditor.h"
#include "ui/models/ApplicationsModel.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabBar>
#include <QTableView>

#include <algorithm>

namespace foothold {
namespace {

ListPage::Texts applicationTexts()
{
    return {QStringLiteral("applications"),
            ApplicationsPage::tr("Search applications"),
            ApplicationsPage::tr("New application"),
            ApplicationsPage::tr("No applications yet"),
            ApplicationsPage::tr("Keep every application in one place: where it stands, who referred you, the interview "
                                 "rounds and the next step. Drag cards across the board as things move."),
            ApplicationsPage::tr("No applications match"),
            [](int n) { return n == 1 ? ApplicationsPage::tr("1 application") : ApplicationsPage::tr("%L1 applications").arg(n); }};
}

enum Mode { TableMode, BoardMode };

} // namespace

ApplicationsPage::ApplicationsPage(UiContext &context, ApplicationsModel *model, QWidget *parent)
    : ListPage(model, applicationTexts(), parent), m_context(context), m_model(model), m_mode(new QTabBar(this)),
      m_stage(new QComboBox(this)), m_source(new QComboBox(this)), m_company(new QComboBox(this)),
      m_board(new ApplicationsBoard(context, proxy(), this))
{
    m_mode->addTab(tr("Table"));
    m_mode->addTab(tr("Board"));
    m_mode->setToolTip(tr("Show the applications as a table or as a board (Ctrl+B)"));
    m_mode->setDrawBase(false);
    m_mode->setExpanding(false);
    m_stage->setToolTip(tr("Only applications at this stage"));
    m_stage->addItem(tr("Any stage"), -1);
    for (const auto stage : allValues<ApplicationStage>())
        m_stage->addItem(label(stage), int(stage));
    m_source->setToolTip(tr("Only applications from this source"));
    m_source->addItem(tr("Any source"), -1);
    for (const auto source : allValues<ApplicationSource>())
        m_source->addItem(label(source), int(source));
    m_company->setToolTip(tr("Only applications at this company"));
    m_company->setEditable(true);
    m_company->setInsertPolicy(QComboBox::NoInsert);
    m_company->setMinimumContentsLength(12);
    m_mode->setObjectName(QStringLiteral("viewMode"));
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_company->setObjectName(QStringLiteral("companyFilter"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_mode, m_stage, m_source, m_company})
        addFilterWidget(w);
    fillCompanies();

    setEditor(new ApplicationEditor(context, this));
    setAlternateView(m_board);

    auto *toggle = new QAction(tr("Switch between table and board"), this);
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(toggle);
    connect(toggle, &QAction::triggered, this, [this] { showBoard(!isBoardShown()); });
    connect(m_mode, &QTabBar::currentChanged, this, [this](int index) { showBoard(index == BoardMode); });
    connect(m_stage, &QComboBox::currentIndexChanged, this, &ApplicationsPage::applyFilters);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ApplicationsPage::applyFilters);
    connect(m_company, &QComboBox::currentTextChanged, this, &ApplicationsPage::applyFilters);
    connect(&context.names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Company)
            fillCompanies();
    });

    // One selection for both views: the board's cards select the table's rows (which loads the
    // editor, and is what Delete acts on), and a record shown in the table is picked on the board.
    connect(m_board, &ApplicationsBoard::currentChanged, this, [this] { selectInTableFromBoard(true); });
    connect(m_board, &ApplicationsBoard::selectionChanged, this, [this] { selectInTableFromBoard(false); });
    connect(m_board, &ApplicationsBoard::deleteRequested, this, &ListPage::deleteSelected);
    connect(m_board, &ApplicationsBoard::editRequested, this, [this] {
        if (editor())
            editor()->setFocus(Qt::OtherFocusReason);
    });
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApplicationsPage::selectOnBoardFromTable);

    showBoard(settingValue(settings::ApplicationsView) == QLatin1String("board"));
}

void ApplicationsPage::showBoard(bool board)
{
    if (m_mode->currentIndex() != (board ? BoardMode : TableMode)) {
        const QSignalBlocker block(m_mode);
        m_mode->setCurrentIndex(board ? BoardMode : TableMode);
    }
    if (board == isBoardShown())
        return;
    setAlternateShown(board);
    setSettingValue(settings::ApplicationsView, board ? QStringLiteral("board") : QStringLiteral("table"));
    if (board) {
        selectOnBoardFromTable();
        if (isVisible())
            m_board->setFocus(Qt::OtherFocusReason);
    } else if (isVisible()) {
        view()->setFocus(Qt::OtherFocusReason);
    }
}

void ApplicationsPage::startNew()
{
    m_board->clearSelection(); // the card shown so far is no longer the one being edited
    ListPage::startNew();
}

void ApplicationsPage::selectInTableFromBoard(bool makeCurrent)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QList<qint64> ids = m_board->selectedIds();
    const qint64 current = m_board->currentId();
    if (makeCurrent && current > 0)
        showRecord(current); // makes it current in the table, which loads the editor
    QItemSelection selection;
    for (const qint64 id : ids) {
        const QModelIndex index = proxy()->indexOfId(id);
        if (index.isValid())
            selection.select(index, index);
    }
    view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_syncing = false;
    updateState();
}

void ApplicationsPage::selectOnBoardFromTable()
{
    if (m_syncing || !isBoardShown())
        return;
    const qint64 id = currentId();
    if (id <= 0)
        return;
    m_syncing = true;
    m_board->selectId(id);
    m_syncing = false;
}

void ApplicationsPage::fillCompanies()
{
    const QString company = m_company->currentText();
    const QSignalBlocker block(m_company);
    QStringList companies = m_context.names.companies().values();
    std::sort(companies.begin(), companies.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    m_company->clear();
    m_company->addItem(QString());
    m_company->addItems(companies);
    m_company->setCurrentText(company);
    m_company->lineEdit()->setPlaceholderText(tr("Any company"));
}

void ApplicationsPage::applyFilters()
{
    auto *proxy = this->proxy();
    const int stage = m_stage->currentData().toInt();
    if (stage < 0)
        proxy->clearPredicate(QStringLiteral("stage"));
    else
        proxy->setPredicate(QStringLiteral("stage"), [this, stage](int row) { return int(m_model->rowAt(row).stage) == stage; });

    const int source = m_source->currentData().toInt();
    if (source < 0)
        proxy->clearPredicate(QStringLiteral("source"));
    else
        proxy->setPredicate(QStringLiteral("source"), [this, source](int row) { return int(m_model->rowAt(row).source) == source; });

    const QString company = m_company->currentText().trimmed();
    if (company.isEmpty())
        proxy->clearPredicate(QStringLiteral("company"));
    else
        proxy->setPredicate(QStringLiteral("company"), [this, company](int row) {
            return m_context.names.company(m_model->rowAt(row).company.value).compare(company, Qt::CaseInsensitive) == 0;
        });
    updateState();
}

void ApplicationsPage::clearFilters()
{
    m_stage->setCurrentIndex(0);
    m_source->setCurrentIndex(0);
    m_company->setCurrentText(QString());
}

void ApplicationsPage::deleteRecords(const QList<qint64> &ids)
{
    const QString text = ids.size() == 1 ? tr("Delete %1").arg(m_model->title(m_model->rowOf(ids.first())))
                                          : tr("Delete %L1 applications").arg(ids.size());
    Status status = m_context.writer.write(text, [&]() -> Status {
        ApplicationStore store(m_context.db, m_context.clock);
        for (const qint64 id : ids)
            if (auto s = store.remove(ApplicationId(id)); !s)
                return s;
        return {};
    });
    if (!status)
        QMessageBox::warning(this, tr("Not deleted"), status.error().toString());
}

} // namespace foothold

#include "ui/pages/ListPage.h"

#include "ui/editors/RecordEditor.h"
#include "ui/widgets/EmptyState.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace foothold {

ListPage::ListPage(RecordTableModel *model, Texts texts, QWidget *parent)
    : QWidget(parent), m_model(model), m_texts(std::move(texts)), m_proxy(new RecordFilterProxy(model, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(m_texts.searchHint + tr(" (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setAccessibleName(m_texts.searchHint);
    bar->addWidget(m_search, 1);
    m_newButton = new QPushButton(m_texts.newLabel, this);
    m_newButton->setToolTip(tr("Ctrl+N"));
    m_deleteButton = new QPushButton(tr("Delete"), this);
    m_deleteButton->setToolTip(tr("Delete the selected records (Del); Ctrl+Z brings them back"));
    bar->addWidget(m_newButton);
    bar->addWidget(m_deleteButton);
    layout->addLayout(bar);
    // Filters get a row of their own, so that a page with many of them still fits a narrow window.
    m_filters = new QHBoxLayout;
    m_filters->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addLayout(m_filters);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    // The indicator first, so that enabling sorting sorts once, by name (its default is
    // descending, which would sort 100,000 rows twice at start).
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    // Fixed row heights: with 100,000 rows the view must not measure each one.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->sortByColumn(0, Qt::AscendingOrder);

    m_empty = new EmptyState(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_editorArea = new QScrollArea(this);
    m_editorArea->setWidgetResizable(true);
    m_editorArea->setFrameShape(QFrame::NoFrame);
    m_editorArea->setMinimumWidth(320);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_editorArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_count = new QLabel(this);
    layout->addWidget(m_count);

    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_deleteAction);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_proxy->setSearchText(text))
            updateState(); // the same rows, but the empty state quotes the search
    });
    connect(m_newButton, &QPushButton::clicked, this, &ListPage::startNew);
    connect(m_deleteButton, &QPushButton::clicked, this, &ListPage::deleteSelected);
    connect(m_deleteAction, &QAction::triggered, this, &ListPage::deleteSelected);
    connect(findAction, &QAction::triggered, this, &ListPage::focusSearch);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &ListPage::showColumnMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListPage::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListPage::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListPage::updateState);
    auto *header = m_view->horizontalHeader();
    connect(header, &QHeaderView::sectionMoved, this, &ListPage::saveLayout);
    connect(header, &QHeaderView::sectionResized, this, &ListPage::saveLayout);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ListPage::saveLayout);
    connect(m_splitter, &QSplitter::splitterMoved, this, &ListPage::saveLayout);

    restoreLayout();
    // Open on the first record rather than an empty form (the editor, set later by the page,
    // loads it in setEditor).
    if (m_proxy->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTimer::singleShot(0, this, &ListPage::updateState);
}

ListPage::~ListPage() = default;

void ListPage::setEditor(RecordEditor *editor)
{
    m_editor = editor;
    m_editorArea->setWidget(editor);
    // The editor scrolls up and down, never sideways: the splitter may not squeeze it below its
    // form's own minimum width (a sideways scroll bar hid the right edge of every field, and the
    // buttons beside them, in a window 1,000 pixels wide).
    const int needed = editor->minimumSizeHint().width() + m_editorArea->verticalScrollBar()->sizeHint().width() +
                       2 * m_editorArea->frameWidth();
    m_editorArea->setMinimumWidth(std::max(m_editorArea->minimumWidth(), needed));
    if (const qint64 id = currentId(); id > 0)
        editor->load(id);
    // After a save of a new record, show it in the list.
    connect(editor, &RecordEditor::recordSaved, this, [this](qint64 id) { showRecord(id); });
}

void ListPage::addFilterWidget(QWidget *widget)
{
    m_filters->addWidget(widget);
}

void ListPage::setAlternateView(QWidget *view)
{
    m_alternate = view;
    m_stack->addWidget(view);
    updateState();
}

void ListPage::setAlternateShown(bool shown)
{
    m_alternateShown = shown && m_alternate;
    updateState();
}

QList<qint64> ListPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_proxy->idFromIndex(index);
    return ids;
}

qint64 ListPage::currentId() const
{
    return m_proxy->idFromIndex(m_view->currentIndex());
}

void ListPage::showRecord(qint64 id)
{
    QModelIndex index = m_proxy->indexOfId(id);
    if (!index.isValid() && m_model->rowOf(id) >= 0) {
        m_search->clear();
        clearFilters();
        index = m_proxy->indexOfId(id);
    }
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ListPage::startNew()
{
    m_view->selectionModel()->clearSelection();
    if (m_editor) {
        m_editor->startNew();
        m_editor->setFocus(Qt::OtherFocusReason);
    }
}

void ListPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // The row after the last deleted one becomes current, so Del can be pressed again.
    const int nextRow = m_view->selectionModel()->selectedRows().constLast().row() - ids.size() + 1;
    deleteRecords(ids);
    const QModelIndex next = m_proxy->index(qMin(nextRow, m_proxy->rowCount() - 1), 0);
    if (next.isValid())
        m_view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ListPage::clearFilters()
{
}

void ListPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_empty->clearButtons();
    if (total == 0) {
        m_empty->setTitle(m_texts.noneTitle);
        m_empty->setHint(m_texts.noneHint);
        connect(m_empty->addButton(m_texts.newLabel), &QPushButton::clicked, this, &ListPage::startNew);
        m_stack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setTitle(m_texts.noMatchTitle);
        m_empty->setHint(m_search->text().isEmpty() ? tr("The filters hide every record.")
                                                    : tr("Nothing matches “%1” with these filters.").arg(m_search->text()));
        connect(m_empty->addButton(tr("Clear search and filters")), &QPushButton::clicked, this, [this] {
            m_search->clear();
            clearFilters();
        });
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_alternateShown ? m_alternate : m_view);
    }
    const QString count = m_texts.countText ? m_texts.countText(total) : QLocale().toString(total);
    m_count->setText(shown == total ? count : tr("%1 · %2 shown").arg(count, QLocale().toString(shown)));
    m_deleteButton->setEnabled(!m_view->selectionModel()->selectedRows().isEmpty());
}

void ListPage::onCurrentChanged()
{
    if (!m_editor)
        return;
    const qint64 id = currentId();
    if (id <= 0 || id == m_editor->recordId())
        return;
    // Unsaved edits are saved first; when they cannot be and the user keeps them, the list goes
    // back to the record being edited.
    if (!m_editor->maybeLeave()) {
        const qint64 editing = m_editor->recordId();
        QTimer::singleShot(0, this, [this, editing] {
            const QModelIndex back = m_proxy->indexOfId(editing);
            if (back.isValid())
                m_view->selectionModel()->setCurrentIndex(back, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        });
        return;
    }
    m_editor->load(id);
}

void ListPage::showColumnMenu(const QPoint &at)
{
    auto *header = m_view->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The first column (the record's name) always stays.
        action->setEnabled(column != 0);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveLayout();
        });
    }
    menu.exec(header->mapToGlobal(at));
}

namespace {

// Two positive widths from a kept setting, or none.
QList<int> toSizes(const QVariant &value)
{
    const QVariantList list = value.toList();
    if (list.size() != 2)
        return {};
    const int table = list[0].toInt(), editor = list[1].toInt();
    return table > 0 && editor > 0 ? QList<int>{table, editor} : QList<int>{};
}

} // namespace

void ListPage::saveLayout()
{
    if (m_restoring || m_texts.settingsKey.isEmpty())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("pages/%1/header").arg(m_texts.settingsKey), m_view->horizontalHeader()->saveState());
    // Columns are resized while the page is built, before its splitter has sizes to keep.
    if (const QList<int> sizes = m_splitter->sizes(); m_splitter->isVisible() && sizes.size() == 2 && sizes[0] > 0 && sizes[1] > 0)
        settings.setValue(QStringLiteral("pages/%1/split").arg(m_texts.settingsKey), QVariantList{sizes[0], sizes[1]});
}

void ListPage::restoreLayout()
{
    if (m_texts.settingsKey.isEmpty())
        return;
    m_restoring = true;
    QSettings settings;
    const QByteArray header = settings.value(QStringLiteral("pages/%1/header").arg(m_texts.settingsKey)).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    // The widths of table and editor as last left, or, the first time, three fifths for the table
    // (as far as the editor's minimum width allows). Kept as two numbers rather than QSplitter's
    // saveState(), whose sizes are -1 when saved before the splitter was first laid out (the old
    // "splitter" key, ignored now: its states made the table as narrow as it could be). Either
    // way they are weights: QSplitter scales them to its width.
    const QList<int> sizes = toSizes(settings.value(QStringLiteral("pages/%1/split").arg(m_texts.settingsKey)));
    m_splitter->setSizes(sizes.isEmpty() ? QList<int>{3000, 2000} : sizes);
    m_restoring = false;
}

} // namespace foothold

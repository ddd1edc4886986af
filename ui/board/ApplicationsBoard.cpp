#include "ui/board/ApplicationsBoard.h"

#include "core/storage/ApplicationStore.h"
#include "core/util/Clock.h"
#include "ui/board/BoardColumnView.h"
#include "ui/board/StageColumnModel.h"
#include "ui/models/ApplicationsModel.h"
#include "ui/models/RecordFilterProxy.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/Palette.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace foothold {
namespace {

// A lane behind a column's cards, a shade apart from the window so the cards stand out.
class Lane final : public QWidget {
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor window = palette().color(QPalette::Window);
        painter.setPen(Qt::NoPen);
        painter.setBrush(isDark(palette()) ? window.lighter(130) : window.darker(106));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    }
};

constexpr int kColumnWidth = 190;

} // namespace

ApplicationsBoard::ApplicationsBoard(UiContext &context, RecordFilterProxy *records, QWidget *parent)
    : QWidget(parent), m_context(context), m_records(records), m_scroll(new QScrollArea(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *lanes = new QWidget(m_scroll);
    auto *row = new QHBoxLayout(lanes);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    for (const ApplicationStage stage : allValues<ApplicationStage>()) {
        Column column{stage, new StageColumnModel(records, stage, this), nullptr, nullptr};
        row->addWidget(makeColumn(column));
        m_columns << column;
    }
    m_scroll->setWidget(lanes);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // each column scrolls itself
    layout->addWidget(m_scroll);
    setAccessibleName(tr("Applications board"));

    struct Shortcut {
        QString text;
        QKeySequence keys;
        std::function<void()> run;
    };
    const Shortcut shortcuts[] = {
        {tr("Move to the next stage"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right), [this] { moveBy(1); }},
        {tr("Move to the previous stage"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left), [this] { moveBy(-1); }},
        {tr("Move to…"), QKeySequence(Qt::CTRL | Qt::Key_M), [this] {
             const int at = columnOfFocus();
             if (at < 0)
                 return;
             BoardColumnView *view = m_columns.at(at).view;
             const QRect card = view->visualRect(view->currentIndex());
             showMoveMenu(view->viewport()->mapToGlobal(card.isValid() ? card.center() : QPoint(8, 8)));
         }},
        {tr("Delete"), QKeySequence(QKeySequence::Delete), [this] { emit deleteRequested(); }},
        {tr("Open in the editor"), QKeySequence(Qt::Key_Return), [this] { emit editRequested(); }},
    };
    for (const Shortcut &shortcut : shortcuts) {
        auto *action = new QAction(shortcut.text, this);
        action->setShortcut(shortcut.keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, shortcut.run);
        addAction(action);
    }
}

ApplicationsModel *ApplicationsBoard::model() const
{
    return static_cast<ApplicationsModel *>(m_records->recordModel());
}

QWidget *ApplicationsBoard::makeColumn(Column &column)
{
    auto *lane = new Lane(this);
    lane->setMinimumWidth(kColumnWidth);
    auto *layout = new QVBoxLayout(lane);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    column.header = new QLabel(lane);
    column.header->setTextFormat(Qt::RichText);
    column.header->setContentsMargins(6, 4, 6, 2);
    column.header->setStyleSheet(
        QStringLiteral("QLabel { border-top: 3px solid %1; }").arg(categoryColor(int(column.stage), palette()).name()));
    layout->addWidget(column.header);
    column.view = new BoardColumnView(column.model, lane);
    column.view->setAccessibleName(label(column.stage));
    column.view->installEventFilter(this);
    layout->addWidget(column.view, 1);

    StageColumnModel *model = column.model;
    BoardColumnView *view = column.view;
    const Column copy = column;
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, [this, copy] { updateHeader(copy); });
    connect(model, &QAbstractItemModel::modelReset, this, [this, copy] { updateHeader(copy); });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this, copy] { updateHeader(copy); });
    connect(model, &StageColumnModel::moveRequested, this, &ApplicationsBoard::moveApplications);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view] { onViewSelection(view); });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view] { onViewSelection(view); });
    connect(view, &QAbstractItemView::doubleClicked, this, &ApplicationsBoard::editRequested);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
        if (view->indexAt(at).isValid() && !view->selectionModel()->isSelected(view->indexAt(at)))
            view->selectionModel()->setCurrentIndex(view->indexAt(at), QItemSelectionModel::ClearAndSelect);
        showMoveMenu(view->viewport()->mapToGlobal(at));
    });
    updateHeader(column);
    return lane;
}

void ApplicationsBoard::updateHeader(const Column &column)
{
    column.header->setText(QStringLiteral("<b>%1</b>&nbsp;&nbsp;<span style='color:%2'>%3</span>")
                               .arg(label(column.stage).toHtmlEscaped(), mutedTextColor(palette()).name(),
                                    QLocale().toString(column.model->rowCount())));
    const int count = column.model->rowCount();
    column.header->setToolTip(count == 1 ? tr("1 application in “%1”").arg(label(column.stage))
                                         : tr("%L1 applications in “%2”").arg(count).arg(label(column.stage)));
}

StageColumnModel *ApplicationsBoard::columnModel(ApplicationStage stage) const
{
    return m_columns.value(int(stage)).model;
}

BoardColumnView *ApplicationsBoard::columnView(ApplicationStage stage) const
{
    return m_columns.value(int(stage)).view;
}

QList<qint64> ApplicationsBoard::selectedIds() const
{
    QList<qint64> ids;
    for (const Column &column : m_columns)
        ids << column.view->selectedIds();
    return ids;
}

qint64 ApplicationsBoard::currentId() const
{
    const int at = columnOfFocus();
    if (at >= 0)
        return m_columns.at(at).view->currentId();
    const QList<qint64> ids = selectedIds();
    return ids.isEmpty() ? 0 : ids.first();
}

int ApplicationsBoard::columnOfFocus() const
{
    // The column holding the focus, else the one holding the selection.
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).view->hasFocus())
            return i;
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).view->selectionModel()->hasSelection())
            return i;
    return -1;
}

void ApplicationsBoard::onViewSelection(BoardColumnView *view)
{
    if (m_syncing)
        return;
    // One selection across the board: choosing a card in one column clears the others.
    if (view->selectionModel()->hasSelection()) {
        m_syncing = true;
        for (const Column &column : std::as_const(m_columns))
            if (column.view != view)
                column.view->selectionModel()->clearSelection();
        m_syncing = false;
    }
    emit selectionChanged();
    if (view->selectionModel()->hasSelection())
        emit currentChanged(view->currentId());
}

void ApplicationsBoard::selectId(qint64 id)
{
    for (const Column &column : std::as_const(m_columns)) {
        const QModelIndex index = column.model->indexOfId(id);
        if (!index.isValid())
            continue;
        m_syncing = true;
        for (const Column &other : std::as_const(m_columns))
            if (other.view != column.view)
                other.view->selectionModel()->clearSelection();
        column.view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_syncing = false;
        column.view->scrollTo(index);
        m_scroll->ensureWidgetVisible(column.view->parentWidget(), 0, 0);
        return;
    }
}

void ApplicationsBoard::clearSelection()
{
    m_syncing = true;
    for (const Column &column : std::as_const(m_columns))
        column.view->selectionModel()->clearSelection();
    m_syncing = false;
}

Status ApplicationsBoard::moveApplications(const QList<qint64> &ids, ApplicationStage stage)
{
    ApplicationsModel *applications = model();
    QList<qint64> moving;
    for (const qint64 id : ids) {
        const int row = applications->rowOf(id);
        if (row >= 0 && applications->rowAt(row).stage != stage)
            moving << id;
    }
    if (moving.isEmpty())
        return {};
    const QString text = moving.size() == 1
        ? tr("Move %1 to %2").arg(applications->title(applications->rowOf(moving.first())), label(stage))
        : tr("Move %L1 applications to %2").arg(moving.size()).arg(label(stage));
    const QDate today = m_context.clock.today();
    Status status = m_context.writer.write(text, [&]() -> Status {
        ApplicationStore store(m_context.db, m_context.clock);
        for (const qint64 id : std::as_const(moving))
            if (auto s = store.moveTo(ApplicationId(id), stage, today); !s)
                return s;
        return {};
    });
    if (!status) {
        QMessageBox::warning(this, tr("Not moved"), status.error().toString());
        return status;
    }
    // The moved cards stay selected in their new column, so a second move can follow.
    StageColumnModel *target = columnModel(stage);
    BoardColumnView *view = columnView(stage);
    selectId(moving.first());
    for (const qint64 id : std::as_const(moving))
        view->selectionModel()->select(target->indexOfId(id), QItemSelectionModel::Select);
    emit selectionChanged();
    emit currentChanged(moving.first());
    return {};
}

void ApplicationsBoard::moveBy(int step)
{
    const int at = columnOfFocus();
    if (at < 0)
        return;
    const int to = at + step;
    if (to < 0 || to >= m_columns.size())
        return;
    const QList<qint64> ids = m_columns.at(at).view->selectedIds();
    if (ids.isEmpty())
        return;
    if (moveApplications(ids, m_columns.at(to).stage))
        m_columns.at(to).view->setFocus(Qt::OtherFocusReason);
}

void ApplicationsBoard::fillMoveMenu(QMenu *menu)
{
    const QList<qint64> ids = selectedIds();
    const int at = columnOfFocus();
    for (const Column &column : std::as_const(m_columns)) {
        QAction *action = menu->addAction(label(column.stage));
        action->setEnabled(!ids.isEmpty() && (at < 0 || m_columns.at(at).stage != column.stage));
        connect(action, &QAction::triggered, this, [this, ids, stage = column.stage] {
            if (moveApplications(ids, stage))
                columnView(stage)->setFocus(Qt::OtherFocusReason);
        });
    }
}

void ApplicationsBoard::showMoveMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    fillMoveMenu(menu.addMenu(tr("Move to")));
    const bool hasCards = !selectedIds().isEmpty();
    for (QAction *action : actions()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_M))
            continue; // the submenu above is the same thing
        action->setEnabled(hasCards);
        menu.addAction(action);
    }
    menu.exec(globalPos);
    for (QAction *action : actions())
        action->setEnabled(true);
}

bool ApplicationsBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() != Qt::NoModifier || (key->key() != Qt::Key_Left && key->key() != Qt::Key_Right))
        return QWidget::eventFilter(watched, event);
    // Left and Right go to the nearest column that has cards, keeping the row where possible.
    int at = -1;
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).view == watched)
            at = i;
    if (at < 0)
        return false;
    const int step = key->key() == Qt::Key_Right ? 1 : -1;
    const int row = qMax(0, m_columns.at(at).view->currentIndex().row());
    for (int to = at + step; to >= 0 && to < m_columns.size(); to += step) {
        const Column &column = m_columns.at(to);
        if (column.model->rowCount() == 0)
            continue;
        column.view->setFocus(Qt::OtherFocusReason);
        column.view->selectionModel()->setCurrentIndex(column.model->index(qMin(row, column.model->rowCount() - 1), 0),
                                                       QItemSelectionModel::ClearAndSelect);
        m_scroll->ensureWidgetVisible(column.view->parentWidget(), 0, 0);
        break;
    }
    return true;
}

} // namespace foothold

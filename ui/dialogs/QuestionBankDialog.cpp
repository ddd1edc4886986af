#include "ui/dialogs/QuestionBankDialog.h"

#include "core/storage/InterviewStore.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/Palette.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace foothold {

QuestionBankDialog::QuestionBankDialog(Database &db, UndoableWriter &writer, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_writer(writer)
    , m_table(new QTableWidget(this))
    , m_newText(new QLineEdit(this))
    , m_newCategory(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Question bank"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Good questions to pick from when you plan an informational interview. "
                               "Double-click or press F2 to edit one."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({ tr("Question"), tr("Category") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Bank questions"));
    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    auto *side = new QVBoxLayout;
    m_remove->setToolTip(tr("Remove the selected question (Del)"));
    m_up->setToolTip(tr("Alt+Up"));
    m_down->setToolTip(tr("Alt+Down"));
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addWidget(m_remove);
    side->addStretch();
    body->addLayout(side);
    layout->addLayout(body, 1);

    auto *addRow = new QHBoxLayout;
    m_newText->setPlaceholderText(tr("A new question"));
    m_newText->setAccessibleName(tr("New question"));
    m_newCategory->setPlaceholderText(tr("Category"));
    m_newCategory->setAccessibleName(tr("Category of the new question"));
    m_newCategory->setMaximumWidth(160);
    addRow->addWidget(m_newText, 1);
    addRow->addWidget(m_newCategory);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(palette()).name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QAction *undo = writer.stack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = writer.stack()->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    addAction(undo);
    addAction(redo);
    auto *undoButton = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    auto *redoButton = buttons->addButton(tr("Redo"), QDialogButtonBox::ActionRole);
    undoButton->setToolTip(tr("Ctrl+Z"));
    redoButton->setToolTip(tr("Ctrl+Shift+Z"));
    undoButton->setAutoDefault(false);
    redoButton->setAutoDefault(false);
    connect(undoButton, &QPushButton::clicked, undo, &QAction::trigger);
    connect(redoButton, &QPushButton::clicked, redo, &QAction::trigger);
    connect(undo, &QAction::enabledChanged, undoButton, &QWidget::setEnabled);
    connect(redo, &QAction::enabledChanged, redoButton, &QWidget::setEnabled);
    undoButton->setEnabled(undo->isEnabled());
    redoButton->setEnabled(redo->isEnabled());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QPushButton *button : { m_add, m_remove, m_up, m_down })
        button->setAutoDefault(false);
    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);
    auto *upAction = new QAction(this);
    upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    upAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(upAction);
    auto *downAction = new QAction(this);
    downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    downAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(downAction);

    const auto addTyped = [this] {
        if (addQuestion(m_newText->text(), m_newCategory->text())) {
            m_newText->clear();
            m_newText->setFocus();
        }
    };
    connect(m_add, &QPushButton::clicked, this, addTyped);
    connect(m_newText, &QLineEdit::returnPressed, this, addTyped);
    connect(m_newCategory, &QLineEdit::returnPressed, this, addTyped);
    connect(m_remove, &QPushButton::clicked, this, &QuestionBankDialog::removeSelected);
    connect(removeAction, &QAction::triggered, this, &QuestionBankDialog::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(upAction, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(downAction, &QAction::triggered, this, [this] { moveSelected(1); });
    connect(m_table, &QTableWidget::cellChanged, this, &QuestionBankDialog::onCellChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &QuestionBankDialog::updateButtons);
    connect(db.notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
        if (changes.reset || changes.touches(Entity::Question))
            reload();
    });
    reload();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0); // so that the buttons beside act on what the focus shows
    resize(720, 520);
}

QString QuestionBankDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void QuestionBankDialog::reload()
{
    const int currentRow = m_table->currentRow();
    const qint64 current = currentRow >= 0 && currentRow < m_questions.size() ? m_questions.at(currentRow).id.value : 0;
    m_questions = QuestionBankStore(m_db).list();
    m_filling = true;
    m_table->setRowCount(int(m_questions.size()));
    int select = -1;
    for (int row = 0; row < m_questions.size(); ++row) {
        const BankQuestion &q = m_questions.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(q.text));
        m_table->setItem(row, 1, new QTableWidgetItem(q.category));
        if (q.id.value == current)
            select = row;
    }
    m_filling = false;
    if (select >= 0)
        m_table->setCurrentCell(select, 0);
    updateButtons();
}

bool QuestionBankDialog::write(const QString &what, const std::function<Status()> &work)
{
    const Status status = m_writer.write(what, work);
    if (!status) {
        m_error->setText(tr("%1: %2").arg(what, status.error().message));
        m_error->show();
        reload(); // the table shows what is stored, not the edit that failed
        return false;
    }
    m_error->clear();
    m_error->hide();
    return true;
}

bool QuestionBankDialog::addQuestion(const QString &text, const QString &category)
{
    if (text.simplified().isEmpty()) {
        m_error->setText(tr("Type the question first."));
        m_error->show();
        return false;
    }
    BankQuestion question;
    question.text = text.simplified();
    question.category = category.simplified();
    QuestionId added;
    const bool ok = write(tr("Add “%1” to the question bank").arg(question.text), [&]() -> Status {
        auto id = QuestionBankStore(m_db).insert(question);
        if (!id)
            return id.error();
        added = *id;
        return {};
    });
    if (ok)
        for (int row = 0; row < m_questions.size(); ++row)
            if (m_questions.at(row).id == added)
                m_table->setCurrentCell(row, 0);
    return ok;
}

bool QuestionBankDialog::editQuestion(int row, const QString &text, const QString &category)
{
    if (row < 0 || row >= m_questions.size())
        return false;
    BankQuestion question = m_questions.at(row);
    question.text = text.simplified();
    question.category = category.simplified();
    if (question.text == m_questions.at(row).text && question.category == m_questions.at(row).category)
        return true;
    return write(tr("Edit a bank question"), [&] { return QuestionBankStore(m_db).update(question); });
}

void QuestionBankDialog::onCellChanged(int row, int column)
{
    Q_UNUSED(column);
    if (m_filling)
        return;
    // Written after the edit closes: the table is rebuilt by the change, under the editor otherwise.
    const QString text = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
    const QString category = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
    QMetaObject::invokeMethod(
        this, [this, row, text, category] { editQuestion(row, text, category); }, Qt::QueuedConnection);
}

bool QuestionBankDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_questions.size())
        return false;
    const BankQuestion question = m_questions.at(row);
    const bool ok = write(tr("Remove “%1” from the question bank").arg(question.text),
        [&] { return QuestionBankStore(m_db).remove(question.id); });
    if (ok && !m_questions.isEmpty())
        m_table->setCurrentCell(qMin(row, int(m_questions.size()) - 1), 0);
    return ok;
}

bool QuestionBankDialog::moveSelected(int delta)
{
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || row >= m_questions.size() || to >= m_questions.size())
        return false;
    QList<BankQuestion> ordered = m_questions;
    ordered.move(row, to);
    const qint64 moved = ordered.at(to).id.value;
    // Positions 1…n in the new order; only the questions whose position changes are written.
    const bool ok = write(delta < 0 ? tr("Move a bank question up") : tr("Move a bank question down"), [&]() -> Status {
        QuestionBankStore store(m_db);
        for (int i = 0; i < ordered.size(); ++i) {
            if (ordered.at(i).position == i + 1)
                continue;
            BankQuestion q = ordered.at(i);
            q.position = i + 1;
            if (auto s = store.update(q); !s)
                return s;
        }
        return {};
    });
    for (int i = 0; ok && i < m_questions.size(); ++i)
        if (m_questions.at(i).id.value == moved)
            m_table->setCurrentCell(i, 0);
    return ok;
}

void QuestionBankDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && !m_table->selectedItems().isEmpty();
    m_remove->setEnabled(selected);
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row + 1 < m_questions.size());
}

} // namespace foothold

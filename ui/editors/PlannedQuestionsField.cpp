#include "ui/editors/PlannedQuestionsField.h"

#include "ui/widgets/GrowingTextEdit.h"
#include "ui/widgets/Palette.h"

#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace foothold {
namespace {

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

PlannedQuestionsField::PlannedQuestionsField(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout)
    , m_empty(new QLabel(tr("No questions planned yet."), this))
    , m_fromBank(new QPushButton(tr("Add from bank…"), this))
    , m_add(new QPushButton(tr("Add question"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(6);
    m_empty->setStyleSheet(QStringLiteral("color: %1;").arg(mutedTextColor(palette()).name()));
    layout->addWidget(m_empty);
    layout->addLayout(m_rows);
    auto *buttons = new QHBoxLayout;
    m_fromBank->setToolTip(tr("Pick questions from your question bank"));
    m_add->setToolTip(tr("A question of your own"));
    buttons->addWidget(m_fromBank);
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_fromBank, &QPushButton::clicked, this, &PlannedQuestionsField::bankRequested);
    connect(m_add, &QPushButton::clicked, this, &PlannedQuestionsField::addBlank);
    rebuild();
}

void PlannedQuestionsField::setQuestions(const QList<PlannedQuestion> &questions)
{
    m_items = questions;
    rebuild();
}

QList<PlannedQuestion> PlannedQuestionsField::questions() const
{
    QList<PlannedQuestion> out;
    for (const auto &item : m_items) {
        PlannedQuestion q { item.question.simplified(), item.answer.trimmed() };
        if (!q.question.isEmpty() || !q.answer.isEmpty())
            out << q;
    }
    return out;
}

QStringList PlannedQuestionsField::questionTexts() const
{
    QStringList out;
    for (const auto &item : m_items)
        if (!item.question.simplified().isEmpty())
            out << item.question.simplified();
    return out;
}

void PlannedQuestionsField::addQuestions(const QStringList &texts)
{
    const QStringList have = questionTexts();
    int added = 0;
    for (const QString &text : texts) {
        if (text.simplified().isEmpty() || have.contains(text.simplified(), Qt::CaseInsensitive))
            continue;
        m_items.append({ text.simplified(), QString() });
        ++added;
    }
    if (added == 0)
        return;
    rebuild();
    emit changed();
}

void PlannedQuestionsField::addBlank()
{
    m_items.append(PlannedQuestion {});
    rebuild(int(m_items.size()) - 1, 0);
    emit changed();
}

void PlannedQuestionsField::move(int row, int delta)
{
    moveRow(row, delta, 0);
}

void PlannedQuestionsField::moveRow(int row, int delta, int focusPart)
{
    const int to = row + delta;
    if (row < 0 || to < 0 || row >= m_items.size() || to >= m_items.size())
        return;
    m_items.move(row, to);
    rebuild(to, focusPart);
    emit changed();
}

void PlannedQuestionsField::removeRow(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_items.removeAt(row);
    rebuild(m_items.isEmpty() ? -1 : qMin(row, int(m_items.size()) - 1), 0);
    emit changed();
}

void PlannedQuestionsField::rebuild(int focusRow, int focusPart)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    m_empty->setVisible(m_items.isEmpty());
    QWidget *focus = nullptr;
    for (int row = 0; row < m_items.size(); ++row) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(frame);
        grid->setContentsMargins(6, 4, 4, 6);
        grid->setHorizontalSpacing(4);
        grid->setVerticalSpacing(4);
        auto *number = new QLabel(tr("%1.").arg(row + 1), frame);
        auto *question = new GrowingTextEdit(1, frame);
        question->setPlainText(m_items.at(row).question);
        question->setPlaceholderText(tr("Your question"));
        question->setAccessibleName(tr("Question %1").arg(row + 1));
        QFont bold = question->font();
        bold.setBold(true);
        question->setFont(bold);
        auto *answer = new GrowingTextEdit(2, frame);
        answer->setPlainText(m_items.at(row).answer);
        answer->setPlaceholderText(tr("Their answer"));
        answer->setAccessibleName(tr("Answer to question %1").arg(row + 1));
        auto *up = toolButton(QStringLiteral("↑"), tr("Move up (Alt+Up)"), frame);
        auto *down = toolButton(QStringLiteral("↓"), tr("Move down (Alt+Down)"), frame);
        auto *remove = toolButton(QStringLiteral("✕"), tr("Remove this question"), frame);
        up->setEnabled(row > 0);
        down->setEnabled(row + 1 < m_items.size());
        grid->addWidget(number, 0, 0, Qt::AlignTop);
        grid->addWidget(question, 0, 1);
        grid->addWidget(up, 0, 2, Qt::AlignTop);
        grid->addWidget(down, 0, 3, Qt::AlignTop);
        grid->addWidget(remove, 0, 4, Qt::AlignTop);
        grid->addWidget(answer, 1, 1, 1, 4);
        grid->setColumnStretch(1, 1);
        m_rows->addWidget(frame);

        auto *moveUp = new QAction(frame);
        moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
        moveUp->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        auto *moveDown = new QAction(frame);
        moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
        moveDown->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        frame->addAction(moveUp);
        frame->addAction(moveDown);

        connect(question, &QTextEdit::textChanged, this, [this, row, question] {
            if (m_items.at(row).question == question->toPlainText())
                return;
            m_items[row].question = question->toPlainText();
            emit changed();
        });
        connect(answer, &QTextEdit::textChanged, this, [this, row, answer] {
            if (m_items.at(row).answer == answer->toPlainText())
                return;
            m_items[row].answer = answer->toPlainText();
            emit changed();
        });
        // Queued: the row's widgets are replaced while their own signal runs otherwise.
        const auto later = [this](std::function<void()> work) {
            QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
        };
        connect(up, &QToolButton::clicked, this, [=, this] { later([=, this] { moveRow(row, -1, 1); }); });
        connect(down, &QToolButton::clicked, this, [=, this] { later([=, this] { moveRow(row, 1, 2); }); });
        connect(remove, &QToolButton::clicked, this, [=, this] { later([=, this] { removeRow(row); }); });
        connect(moveUp, &QAction::triggered, this, [=, this] { later([=, this] { moveRow(row, -1, 0); }); });
        connect(moveDown, &QAction::triggered, this, [=, this] { later([=, this] { moveRow(row, 1, 0); }); });

        if (row == focusRow)
            focus = focusPart == 1 ? (up->isEnabled() ? static_cast<QWidget *>(up) : question)
                : focusPart == 2   ? (down->isEnabled() ? static_cast<QWidget *>(down) : question)
                                   : question;
    }
    // Queued: new rows are shown on the next turn of the event loop, and a hidden widget takes no focus.
    if (focus)
        QMetaObject::invokeMethod(
            focus, [focus] { focus->setFocus(Qt::OtherFocusReason); }, Qt::QueuedConnection);
}

} // namespace foothold

#include "ui/dialogs/BankQuestionPicker.h"

#include "core/storage/InterviewStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace foothold {

BankQuestionPicker::BankQuestionPicker(Database &db, const QStringList &alreadyPlanned, QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Add questions from the bank"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Check the questions to ask (Space checks the one selected)."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_filter->setPlaceholderText(tr("Filter questions"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Bank questions"));
    layout->addWidget(m_tree, 1);

    QHash<QString, QTreeWidgetItem *> categories;
    for (const BankQuestion &question : QuestionBankStore(db).list()) {
        const QString category = question.category.isEmpty() ? tr("Other") : question.category;
        QTreeWidgetItem *group = categories.value(category);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, { category });
            group->setFlags(Qt::ItemIsEnabled);
            QFont font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
            categories.insert(category, group);
        }
        auto *item = new QTreeWidgetItem(group, { question.text });
        const bool planned = alreadyPlanned.contains(question.text, Qt::CaseInsensitive);
        item->setFlags(
            planned ? Qt::ItemIsUserCheckable : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, planned ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(0, planned ? tr("Already planned") : question.text);
    }
    m_tree->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add checked"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &BankQuestionPicker::applyFilter);
    resize(560, 480);
}

QStringList BankQuestionPicker::pickedQuestions() const
{
    QStringList out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem *item = group->child(i);
            if ((item->flags() & Qt::ItemIsEnabled) && item->checkState(0) == Qt::Checked)
                out << item->text(0);
        }
    }
    return out;
}

bool BankQuestionPicker::pick(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            if ((item->flags() & Qt::ItemIsEnabled) && item->text(0) == text) {
                item->setCheckState(0, Qt::Checked);
                return true;
            }
        }
    }
    return false;
}

void BankQuestionPicker::applyFilter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace foothold

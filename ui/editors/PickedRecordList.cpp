#include "ui/editors/PickedRecordList.h"

#include "ui/widgets/ExternalLinks.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace foothold {

PickedRecordList::PickedRecordList(const QList<QPair<QString, int>> &roles, Choices choices, Resolver resolver, QWidget *parent)
    : QWidget(parent), m_roles(roles), m_choices(std::move(choices)), m_resolver(std::move(resolver)), m_rows(new QVBoxLayout),
      m_picker(new QLineEdit(this)), m_role(new QComboBox(this)), m_add(new QPushButton(tr("Add"), this)),
      m_completer(new QCompleter(this)), m_choiceModel(new QStringListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(2);
    layout->addLayout(m_rows);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_role);
    pickRow->addWidget(m_add);
    layout->addLayout(pickRow);
    for (const auto &[text, value] : m_roles)
        m_role->addItem(text, value);
    m_role->setToolTip(tr("The role of the next one you add"));
    m_add->setAutoDefault(false);
    m_completer->setModel(m_choiceModel);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_picker->setCompleter(m_completer);
    setFocusProxy(m_picker);
    m_tabWidgets = {m_picker, m_role, m_add};

    connect(m_picker, &QLineEdit::textEdited, this, [this] {
        ensureChoices();
        emit problem(QString());
    });
    connect(m_picker, &QLineEdit::returnPressed, this, [this] { (void)addTyped(); }); // errors arrive through problem()
    connect(m_add, &QPushButton::clicked, this, [this] { (void)addTyped(); }); // errors arrive through problem()
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        m_picker->setText(text);
        (void)addTyped();
    });
}

void PickedRecordList::setPlaceholderText(const QString &text)
{
    m_picker->setPlaceholderText(text);
    m_picker->setAccessibleName(text);
}

void PickedRecordList::ensureChoices()
{
    if (m_choicesValid)
        return;
    m_byText.clear();
    QStringList texts;
    for (const Choice &choice : m_choices()) {
        texts << choice.text;
        m_byText.insert(choice.text.toLower(), choice);
    }
    texts.sort(Qt::CaseInsensitive);
    m_choiceModel->setStringList(texts);
    m_choicesValid = true;
}

Status PickedRecordList::addTyped()
{
    const QString text = m_picker->text().simplified();
    if (text.isEmpty())
        return {};
    ensureChoices();
    Item item;
    if (auto it = m_byText.constFind(text.toLower()); it != m_byText.constEnd()) {
        item = {it->id, it->name, 0};
    } else {
        auto resolved = m_resolver(text);
        if (!resolved) {
            emit problem(resolved.error().message);
            return resolved.error();
        }
        item = *resolved;
    }
    item.role = m_role->currentData().toInt();
    addItem(item);
    m_picker->clear();
    emit problem(QString());
    return {};
}

void PickedRecordList::addItem(const Item &item)
{
    for (Item &existing : m_items) {
        const bool same = item.id > 0 ? existing.id == item.id : existing.name.compare(item.name, Qt::CaseInsensitive) == 0;
        if (same) { // already listed: the new role wins
            existing.role = item.role;
            rebuildRows();
            emit changed();
            return;
        }
    }
    m_items << item;
    rebuildRows();
    emit changed();
}

void PickedRecordList::setItems(const QList<Item> &items)
{
    m_items = items;
    m_picker->clear();
    rebuildRows();
}

void PickedRecordList::rebuildRows()
{
    while (QLayoutItem *old = m_rows->takeAt(0)) {
        if (old->widget())
            old->widget()->deleteLater();
        delete old;
    }
    m_tabWidgets.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *name = new QLabel(row);
        name->setTextFormat(Qt::RichText);
        name->setText(item.id > 0 ? linkHtml(QStringLiteral("pick:%1").arg(item.id), item.name)
                                  : tr("%1 <i>(new: created when you save)</i>").arg(item.name.toHtmlEscaped()));
        name->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(name, &QLabel::linkActivated, this, [this, id = item.id] { emit openRequested(id); });
        auto *role = new QComboBox(row);
        for (const auto &[text, value] : m_roles)
            role->addItem(text, value);
        role->setCurrentIndex(qMax(0, role->findData(item.role)));
        role->setAccessibleName(tr("Role of %1").arg(item.name));
        auto *remove = new QToolButton(row);
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Remove %1").arg(item.name));
        remove->setAccessibleName(tr("Remove %1").arg(item.name));
        layout->addWidget(name, 1);
        layout->addWidget(role);
        layout->addWidget(remove);
        m_rows->addWidget(row);
        connect(role, &QComboBox::currentIndexChanged, this, [this, i, role] {
            if (i < m_items.size()) {
                m_items[i].role = role->currentData().toInt();
                emit changed();
            }
        });
        connect(remove, &QToolButton::clicked, this, [this, i] {
            if (i < m_items.size()) {
                m_items.removeAt(i);
                rebuildRows();
                m_picker->setFocus();
                emit changed();
            }
        });
        m_tabWidgets << name << role << remove;
    }
    m_tabWidgets << m_picker << m_role << m_add;
}

} // namespace foothold

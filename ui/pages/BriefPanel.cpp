#include "ui/pages/BriefPanel.h"

#include "core/storage/EventBriefStore.h"
#include "core/storage/EventStore.h"
#include "core/util/Settings.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/Palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <initializer_list>

namespace foothold {

BriefPanel::BriefPanel(UiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_event(new QComboBox(this)), m_view(new QTextBrowser(this))
{
    m_event->setObjectName(QStringLiteral("briefEvent"));
    m_event->setAccessibleName(tr("Event"));
    m_view->setObjectName(QStringLiteral("brief"));
    m_view->setOpenLinks(false);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Event:"), this);
    label->setBuddy(m_event);
    top->addWidget(label);
    top->addWidget(m_event, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(makeEditors());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(m_event, &QComboBox::currentIndexChanged, this, &BriefPanel::eventChosen);
    // An undo or redo (or an edit of the event elsewhere) changes what the brief says.
    connect(m_context.db.notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
        if (m_writing || !isVisible() || !m_shown.isValid())
            return;
        if (changes.reset || changes.ids(Entity::Event, ChangeKind::Updated).contains(m_shown.value)
            || changes.ids(Entity::Event, ChangeKind::Removed).contains(m_shown.value))
            refresh();
    });
}

QWidget *BriefPanel::makeEditors()
{
    auto *box = new QWidget(this);
    m_pitch = new QPlainTextEdit(box);
    m_pitch->setObjectName(QStringLiteral("pitch"));
    m_pitch->setAccessibleName(tr("Pitch"));
    m_pitch->setTabChangesFocus(true);
    m_pitch->installEventFilter(this);
    auto *pitchLabel = new QLabel(tr("<b>&Pitch</b>"), box);
    pitchLabel->setBuddy(m_pitch);
    m_pitchState = new QLabel(box);
    m_pitchState->setObjectName(QStringLiteral("pitchState"));
    m_pitchState->setWordWrap(true);
    m_savePitch = new QPushButton(tr("&Save pitch"), box);
    m_savePitch->setObjectName(QStringLiteral("savePitch"));
    m_savePitch->setToolTip(tr("Keep this pitch for the event (Ctrl+S; it is also kept when you leave the text)"));
    m_resetPitch = new QPushButton(tr("Reset to &draft"), box);
    m_resetPitch->setObjectName(QStringLiteral("resetPitch"));
    m_resetPitch->setToolTip(tr("Forget your pitch and start again from the draft"));
    // A click must not take the focus from the pitch: that would save it first, one more undo step.
    for (QPushButton *button : {m_savePitch, m_resetPitch})
        button->setFocusPolicy(Qt::TabFocus);
    connect(m_savePitch, &QPushButton::clicked, this, &BriefPanel::savePitch);
    connect(m_resetPitch, &QPushButton::clicked, this, &BriefPanel::resetPitch);
    connect(m_pitch, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_pitchDirty = true;
        updateButtons();
    });

    m_checklist = new QListWidget(box);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setAccessibleName(tr("Checklist"));
    m_checklist->installEventFilter(this);
    auto *listLabel = new QLabel(tr("<b>Check&list</b>"), box);
    listLabel->setBuddy(m_checklist);
    m_checklist->setToolTip(tr("Space ticks the item; Delete removes one of your own"));
    connect(m_checklist, &QListWidget::itemChanged, this, &BriefPanel::itemChanged);
    connect(m_checklist, &QListWidget::currentRowChanged, this, &BriefPanel::updateButtons);
    m_newItem = new QLineEdit(box);
    m_newItem->setObjectName(QStringLiteral("newItem"));
    m_newItem->setPlaceholderText(tr("An item of your own, then Enter"));
    m_newItem->setAccessibleName(tr("New checklist item"));
    m_add = new QPushButton(tr("&Add"), box);
    m_add->setObjectName(QStringLiteral("addItem"));
    m_remove = new QPushButton(tr("&Remove"), box);
    m_remove->setObjectName(QStringLiteral("removeItem"));
    m_remove->setToolTip(tr("Remove the selected item of your own (Delete)"));
    connect(m_newItem, &QLineEdit::returnPressed, this, [this] { addItem(m_newItem->text()); });
    connect(m_add, &QPushButton::clicked, this, [this] { addItem(m_newItem->text()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeItem(m_checklist->currentRow()); });
    connect(m_newItem, &QLineEdit::textChanged, this, &BriefPanel::updateButtons);

    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("briefStatus"));
    m_status->setWordWrap(true);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    m_status->setPalette(palette);
    m_status->hide();

    auto *pitchButtons = new QHBoxLayout;
    pitchButtons->addWidget(m_pitchState, 1);
    pitchButtons->addWidget(m_savePitch);
    pitchButtons->addWidget(m_resetPitch);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newItem, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pitchLabel);
    layout->addWidget(m_pitch, 2);
    layout->addLayout(pitchButtons);
    layout->addSpacing(6);
    layout->addWidget(listLabel);
    layout->addWidget(m_checklist, 3);
    layout->addLayout(addRow);
    layout->addWidget(m_status);
    return box;
}

void BriefPanel::setEvent(EventId event)
{
    savePitch(); // of the event shown until now
    fillEvents(event);
    refresh();
}

void BriefPanel::fillEvents(EventId event)
{
    const QSignalBlocker block(m_event);
    m_event->clear();
    for (const Event &e : EventStore(m_context.db, m_context.clock).list())
        m_event->addItem(e.name, e.id.value);
    const int index = m_event->findData(event.value);
    m_event->setCurrentIndex(index >= 0 ? index : 0);
}

void BriefPanel::eventChosen()
{
    savePitch();
    refresh();
}

void BriefPanel::refresh()
{
    if (m_event->count() == 0)
        fillEvents({});
    const EventId event(m_event->count() == 0 ? 0 : m_event->currentData().toLongLong());
    if (event != m_shown)
        m_pitchDirty = false; // savePitch() ran for the one before
    m_shown = event;
    if (!event.isValid()) {
        m_view->setPlainText(tr("No events yet."));
        showBrief({});
        return;
    }
    auto brief = EventBrief(m_context.db, m_context.clock).brief(event, settingValue(settings::EventInterests));
    if (!brief) {
        m_view->setPlainText(brief.error().toString());
        m_shown = {};
        showBrief({});
        return;
    }
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("People to meet"));
    if (brief->people.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None listed yet: add people to meet in the event's editor.")));
    html += QStringLiteral("<ul>");
    for (const BriefPerson &p : brief->people) {
        html += QStringLiteral("<li><b>%1</b> — %2").arg(esc(p.name), esc(p.why));
        if (p.path.size() > 1)
            html += QStringLiteral("<br/>%1 %2").arg(esc(tr("Path:")), esc(p.path.join(QStringLiteral(" → "))));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul><h3>%1</h3>").arg(tr("Companies attending"));
    if (brief->companies.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None listed yet.")));
    html += QStringLiteral("<ul>");
    for (const BriefCompany &c : brief->companies)
        html += QStringLiteral("<li>%1%2: %3</li>")
                    .arg(esc(c.name), c.target ? esc(tr(" (target)")) : QString(), esc(c.roles.join(QStringLiteral(", "))));
    html += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Questions to ask"));
    for (const QString &q : brief->questions)
        html += QStringLiteral("<li>%1</li>").arg(esc(q));
    html += QStringLiteral("</ul>");
    m_view->setHtml(html);
    showBrief(*brief);
}

void BriefPanel::showBrief(const EventBriefing &brief)
{
    m_brief = brief;
    const bool any = brief.event.isValid();
    m_filling = true;
    if (!m_pitchDirty)
        m_pitch->setPlainText(brief.pitch);
    m_filling = false;
    m_pitchState->setText(!any ? QString()
                          : brief.pitchEdited ? tr("Your pitch for this event.")
                                              : tr("A draft from your interests and the event's tags: make it yours."));
    for (QWidget *w : std::initializer_list<QWidget *>{m_pitch, m_checklist, m_newItem})
        w->setEnabled(any);
    showChecklist();
}

void BriefPanel::showChecklist()
{
    const int current = m_checklist->currentRow();
    m_filling = true;
    m_checklist->clear();
    for (const BriefItem &i : std::as_const(m_brief.checklist)) {
        auto *item = new QListWidgetItem(i.item, m_checklist);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        decorate(item, i);
    }
    // Back on the row that was current (no row made current otherwise: nothing shows selected
    // before the user goes there; Space and Delete start from the first row).
    if (current >= 0 && m_checklist->count() > 0)
        m_checklist->setCurrentRow(qBound(0, current, m_checklist->count() - 1));
    m_filling = false;
    updateButtons();
}

void BriefPanel::decorate(QListWidgetItem *item, const BriefItem &brief)
{
    item->setCheckState(brief.done ? Qt::Checked : Qt::Unchecked);
    if (!brief.generated())
        item->setToolTip(tr("Your own item: Delete removes it"));
    else if (brief.ticked)
        item->setToolTip(tr("Ticked by you (the records are not asked any more)"));
    else
        item->setToolTip(tr("From the event's records; tick it yourself to say otherwise"));
}

QString BriefPanel::status() const
{
    return m_status->text();
}

bool BriefPanel::write(const QString &text, const std::function<Status(EventBriefStore &)> &work)
{
    if (!m_shown.isValid())
        return false;
    EventBriefStore store(m_context.db);
    m_writing = true;
    const Status status = m_context.writer.write(text, [&] { return work(store); });
    m_writing = false;
    m_status->setText(status ? QString() : status.error().toString());
    m_status->setVisible(!status);
    return status.ok();
}

bool BriefPanel::savePitch()
{
    if (!m_pitchDirty || !m_shown.isValid())
        return true;
    const QString text = m_pitch->toPlainText();
    m_pitchDirty = false;
    if (text == m_brief.pitch) // typed and typed back, or the draft left as it was
        return true;
    const EventId event = m_shown;
    if (!write(tr("Edit pitch"), [&](EventBriefStore &store) { return store.setPitch(event, text); })) {
        m_pitchDirty = true; // the edit stays on screen
        return false;
    }
    m_brief.pitch = text;
    m_brief.pitchEdited = true;
    m_pitchState->setText(tr("Your pitch for this event."));
    updateButtons();
    return true;
}

bool BriefPanel::resetPitch()
{
    if (!m_shown.isValid())
        return false;
    if (m_brief.pitchEdited) {
        const EventId event = m_shown;
        if (!write(tr("Reset pitch to draft"), [&](EventBriefStore &store) { return store.setPitch(event, std::nullopt); }))
            return false;
    }
    m_pitchDirty = false;
    refresh();
    return true;
}

bool BriefPanel::tick(int row, bool done)
{
    QListWidgetItem *item = m_checklist->item(row);
    if (!item)
        return false;
    if ((item->checkState() == Qt::Checked) != done) {
        item->setCheckState(done ? Qt::Checked : Qt::Unchecked); // itemChanged() writes it
        return m_status->isHidden();
    }
    return true;
}

void BriefPanel::itemChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const int row = m_checklist->row(item);
    if (row < 0 || row >= m_brief.checklist.size())
        return;
    BriefItem &brief = m_brief.checklist[row];
    const bool done = item->checkState() == Qt::Checked;
    if (done == brief.done)
        return;
    const EventId event = m_shown;
    const QString key = brief.key;
    const qint64 id = brief.id;
    const bool ok = write(done ? tr("Tick “%1”").arg(brief.item) : tr("Untick “%1”").arg(brief.item), [&](EventBriefStore &store) {
        return key.isEmpty() ? store.setItemDone(event, id, done) : store.setGeneratedDone(event, key, done);
    });
    // Updated in place: this runs inside the list's own signal, so its items are never recreated here.
    if (ok) {
        brief.done = done;
        brief.ticked = brief.generated();
    }
    m_filling = true;
    decorate(item, brief);
    m_filling = false;
}

bool BriefPanel::addItem(const QString &label)
{
    if (label.trimmed().isEmpty() || !m_shown.isValid())
        return false;
    const EventId event = m_shown;
    const bool ok = write(tr("Add checklist item"), [&](EventBriefStore &store) -> Status {
        auto added = store.addItem(event, label);
        return added ? Status() : Status(added.error());
    });
    if (!ok)
        return false;
    m_newItem->clear();
    refresh();
    m_checklist->setCurrentRow(m_checklist->count() - 1);
    return true;
}

bool BriefPanel::removeItem(int row)
{
    if (row < 0 || row >= m_brief.checklist.size() || m_brief.checklist.at(row).generated())
        return false;
    const EventId event = m_shown;
    const qint64 id = m_brief.checklist.at(row).id;
    if (!write(tr("Remove checklist item"), [&](EventBriefStore &store) { return store.removeItem(event, id); }))
        return false;
    refresh();
    return true;
}

void BriefPanel::updateButtons()
{
    const bool any = m_shown.isValid();
    const int row = m_checklist->currentRow();
    m_savePitch->setEnabled(any && m_pitchDirty);
    m_resetPitch->setEnabled(any && (m_brief.pitchEdited || m_pitchDirty));
    m_add->setEnabled(any && !m_newItem->text().trimmed().isEmpty());
    m_remove->setEnabled(any && row >= 0 && row < m_brief.checklist.size() && !m_brief.checklist.at(row).generated());
}

bool BriefPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pitch) {
        if (event->type() == QEvent::FocusOut) {
            savePitch();
        } else if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Save)) {
                if (event->type() == QEvent::KeyPress)
                    savePitch();
                event->accept();
                return true;
            }
        }
    } else if (watched == m_checklist && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_checklist->currentRow();
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier && row >= 0) {
            tick(row, m_checklist->item(row)->checkState() != Qt::Checked);
            return true;
        }
        if ((key->key() == Qt::Key_Delete || key->matches(QKeySequence::Delete)) && row >= 0) {
            removeItem(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BriefPanel::hideEvent(QHideEvent *event)
{
    savePitch();
    QWidget::hideEvent(event);
}

} // namespace foothold

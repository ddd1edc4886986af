#include "ui/dialogs/DuplicatesDialog.h"

#include "core/services/ContactMerger.h"
#include "core/storage/ContactStore.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace foothold {
namespace {

enum Column { FirstColumn, SecondColumn, ReasonColumn, SourceColumn };

} // namespace

DuplicatesDialog::DuplicatesDialog(UiContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_intro(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_details(new QLabel(this)),
      m_keepFirst(new QPushButton(tr("Merge into &first"), this)), m_keepSecond(new QPushButton(tr("Merge into &second"), this)),
      m_dismiss(new QPushButton(tr("&Not the same person"), this))
{
    setWindowTitle(tr("Possible duplicates"));
    setObjectName(QStringLiteral("duplicatesDialog"));
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("duplicatesList"));
    m_list->setAccessibleName(tr("Possible duplicates"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("First"), tr("Second"), tr("Why"), tr("Found in")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(FirstColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(SecondColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(ReasonColumn, 200);
    // The selected pair side by side, every detail: what the choice is made on.
    m_details->setObjectName(QStringLiteral("duplicateDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(fontMetrics().height() * 7);
    m_keepFirst->setToolTip(tr("Keep the first contact; what only the second has (e-mails, links, conversations, events…) moves to it, "
                               "and the second is deleted"));
    m_keepSecond->setToolTip(tr("Keep the second contact; what only the first has moves to it, and the first is deleted"));
    m_dismiss->setToolTip(tr("They are two people: keep both and do not ask again"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_keepFirst);
    actions->addWidget(m_keepSecond);
    actions->addWidget(m_dismiss);
    actions->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::showDetails);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *, int column) {
        if (const DuplicateCandidate *c = selected())
            m_context.navigator.open(Entity::Contact, (column == SecondColumn ? c->second : c->first).value);
    });
    connect(m_keepFirst, &QPushButton::clicked, this, [this] { (void)mergeSelected(true); });
    connect(m_keepSecond, &QPushButton::clicked, this, [this] { (void)mergeSelected(false); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { (void)dismissSelected(); });
    // Merges, undos, imports: any change may add or remove a pair.
    connect(context.db.notifier(), &ChangeNotifier::changed, this, &DuplicatesDialog::scheduleReload);
    resize(900, 420);
    reload();
}

DuplicatesDialog *DuplicatesDialog::showFor(UiContext &context, QWidget *window)
{
    auto *dialog = window->findChild<DuplicatesDialog *>(QStringLiteral("duplicatesDialog"), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new DuplicatesDialog(context, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString DuplicatesDialog::describeInFull(ContactId id) const
{
    auto contact = ContactStore(m_context.db, m_context.clock).get(id);
    if (!contact)
        return tr("contact %1 is gone").arg(id.value);
    QStringList parts{tr("%1 (contact %2)").arg(contact->name).arg(id.value)};
    const QString company = m_context.names.company(contact->company.value);
    if (!contact->headline.isEmpty() || !company.isEmpty())
        parts << (contact->headline.isEmpty() ? company : company.isEmpty() ? contact->headline : tr("%1 at %2").arg(contact->headline, company));
    for (const TypedValue &email : contact->emails)
        parts << email.value;
    for (const TypedValue &url : contact->urls)
        parts << url.value;
    if (contact->connectedOn.isValid())
        parts << tr("connected %1").arg(contact->connectedOn.toString(Qt::ISODate));
    return parts.join(QStringLiteral(" · "));
}

void DuplicatesDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_reloadPending)
        reload();
}

void DuplicatesDialog::scheduleReload()
{
    // Many changes may come in a row (an import, an undo): one reload after them, and only
    // while the dialog is shown.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            reload();
    });
}

void DuplicatesDialog::reload()
{
    m_reloadPending = false;
    const qint64 current = selected() ? selected()->id : 0;
    m_candidates = DuplicateStore(m_context.db, m_context.clock).list(false);
    // One read for every person listed: "Ana Lima — Staff Engineer at Lumen · ana@lumen.example".
    QList<ContactId> ids;
    for (const DuplicateCandidate &c : std::as_const(m_candidates))
        ids << c.first << c.second;
    QHash<qint64, QString> described;
    if (!ids.isEmpty())
        for (const ContactSummary &p : ContactStore(m_context.db, m_context.clock).summaries(ids)) {
            QStringList parts;
            const QString company = m_context.names.company(p.company.value);
            if (!p.headline.isEmpty() || !company.isEmpty())
                parts << (p.headline.isEmpty() ? company : company.isEmpty() ? p.headline : tr("%1 at %2").arg(p.headline, company));
            if (!p.email.isEmpty())
                parts << p.email;
            described.insert(p.id.value, tr("%1 — %2").arg(p.name, parts.isEmpty() ? tr("nothing else known") : parts.join(QStringLiteral(" · "))));
        }
    m_list->clear();
    QTreeWidgetItem *reselect = nullptr;
    for (const DuplicateCandidate &c : std::as_const(m_candidates)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(FirstColumn, described.value(c.first.value, tr("(contact %1 is gone)").arg(c.first.value)));
        item->setToolTip(FirstColumn, item->text(FirstColumn));
        item->setText(SecondColumn, described.value(c.second.value, tr("(contact %1 is gone)").arg(c.second.value)));
        item->setToolTip(SecondColumn, item->text(SecondColumn));
        item->setText(ReasonColumn, c.reason);
        item->setToolTip(ReasonColumn, c.reason);
        // Where it was found: the file's name and line (the full path in the tooltip).
        item->setText(SourceColumn, QFileInfo(c.source).fileName());
        item->setToolTip(SourceColumn, c.source);
        item->setData(0, Qt::UserRole, c.id);
        if (c.id == current)
            reselect = item;
    }
    m_intro->setText(m_candidates.isEmpty()
                         ? tr("No possible duplicates. When an import finds someone with the name of a contact already here "
                              "but nothing to tell whether they are the same person, the pair is listed here.")
                         : tr("%n pair(s) of contacts may be the same person. Merge keeps one and moves everything of the other "
                              "to it; “Not the same person” keeps both. Both can be undone (Ctrl+Z in the main window). "
                              "Double-click a name to open the contact.",
                              nullptr, int(m_candidates.size())));
    m_list->setCurrentItem(reselect ? reselect : m_list->topLevelItem(0));
    updateButtons();
    showDetails();
}

void DuplicatesDialog::showDetails()
{
    const DuplicateCandidate *c = selected();
    m_details->setVisible(c != nullptr);
    if (!c)
        return;
    m_details->setText(tr("First: %1\n\nSecond: %2\n\nWhy: %3 — found in %4")
                           .arg(describeInFull(c->first), describeInFull(c->second), c->reason, c->source));
}

const DuplicateCandidate *DuplicatesDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const DuplicateCandidate &c : m_candidates)
        if (c.id == id)
            return &c;
    return nullptr;
}

void DuplicatesDialog::updateButtons()
{
    const bool any = selected() != nullptr;
    m_keepFirst->setEnabled(any);
    m_keepSecond->setEnabled(any);
    m_dismiss->setEnabled(any);
}

Status DuplicatesDialog::mergeSelected(bool keepFirst)
{
    const DuplicateCandidate *c = selected();
    if (!c)
        return Error::notFound(tr("no pair is selected"));
    const ContactId keep = keepFirst ? c->first : c->second;
    const ContactId remove = keepFirst ? c->second : c->first;
    const QString name = m_context.names.contact(keep.value);
    Status status = m_context.writer.write(tr("Merge duplicate of %1").arg(name), [&] { return ContactMerger(m_context.db, m_context.clock).merge(keep, remove); });
    report(status, tr("Merge"));
    reload();
    return status;
}

Status DuplicatesDialog::dismissSelected()
{
    const DuplicateCandidate *c = selected();
    if (!c)
        return Error::notFound(tr("no pair is selected"));
    const qint64 id = c->id;
    Status status = m_context.writer.write(tr("Not the same person"), [&] { return DuplicateStore(m_context.db, m_context.clock).setDismissed(id, true); });
    report(status, tr("Not the same person"));
    reload(); // dismissing touches no record the notifier reports
    return status;
}

void DuplicatesDialog::report(const Status &status, const QString &what)
{
    if (!status)
        QMessageBox::warning(this, what, tr("That did not work; nothing was changed: %1").arg(status.error().message));
}

} // namespace foothold

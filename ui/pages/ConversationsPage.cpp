#include "ui/pages/ConversationsPage.h"

#include "core/storage/ConversationStore.h"
#include "core/util/Clock.h"
#include "ui/editors/ConversationEditor.h"
#include "ui/models/ConversationsModel.h"
#include "ui/models/NameDirectory.h"
#include "ui/pages/EditorWidth.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/ContactNameEdit.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTimeZone>

namespace foothold {
namespace {

ListPage::Texts conversationTexts()
{
    return { QStringLiteral("conversations"), ConversationsPage::tr("Search conversations"),
        ConversationsPage::tr("Log conversation"), ConversationsPage::tr("No conversations yet"),
        ConversationsPage::tr("Log the conversations you have: coffee chats, informational interviews, job interviews. "
                              "Foothold shows how much of the talking you did against the 80/20 rule."),
        ConversationsPage::tr("No conversations match"), [](int n) {
            return n == 1 ? ConversationsPage::tr("1 conversation") : ConversationsPage::tr("%L1 conversations").arg(n);
        } };
}

} // namespace

ConversationsPage::ConversationsPage(UiContext &context, ConversationsModel *model, QWidget *parent)
    : ListPage(model, conversationTexts(), parent)
    , m_context(context)
    , m_model(model)
    , m_kind(new QComboBox(this))
    , m_contact(new ContactNameEdit(context.db, context.names, this))
    , m_range(new QComboBox(this))
{
    m_kind->setToolTip(tr("Only conversations of this kind"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Any kind"), -1);
    for (const auto kind : allValues<ConversationKind>())
        m_kind->addItem(label(kind), int(kind));
    m_contact->setPlaceholderText(tr("Any contact"));
    m_contact->setToolTip(tr("Only conversations with this contact"));
    m_contact->setAccessibleName(tr("Contact"));
    m_contact->setMinimumWidth(140);
    m_contact->setMaximumWidth(220);
    m_range->setToolTip(tr("When the conversations took place"));
    m_range->setAccessibleName(tr("Date range"));
    m_range->addItem(tr("All time"), AllTime);
    m_range->addItem(tr("Last 7 days"), Last7);
    m_range->addItem(tr("Last 30 days"), Last30);
    m_range->addItem(tr("Last 90 days"), Last90);
    m_range->addItem(tr("This year"), ThisYear);
    addFilterWidget(m_kind);
    addFilterWidget(m_contact);
    addFilterWidget(m_range);

    // Newest first, and widths that fit what the columns hold (so that most show beside the editor),
    // unless the user set their own before.
    if (!QSettings().contains(QStringLiteral("pages/conversations/header"))) {
        view()->sortByColumn(ConversationsModel::When, Qt::DescendingOrder);
        const QFontMetrics metrics = view()->fontMetrics();
        const auto fit = [&](int column, const QString &widest) {
            const QString header = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            view()->setColumnWidth(
                column, qMax(metrics.horizontalAdvance(header) + 28, metrics.horizontalAdvance(widest) + 16));
        };
        fit(ConversationsModel::When,
            shortDateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59), QTimeZone::utc())) + QStringLiteral("  "));
        fit(ConversationsModel::With, QStringLiteral("Valentina Lindqvist"));
        fit(ConversationsModel::Kind, label(ConversationKind::InformationalInterview));
        fit(ConversationsModel::MyShare, QStringLiteral("100%"));
        fit(ConversationsModel::Target, targetStatusText(TargetStatus::Under));
        fit(ConversationsModel::Duration, durationText(135));
        fit(ConversationsModel::Channel, label(ConversationChannel::Video));
    }

    setEditor(new ConversationEditor(context, this));
    // Each filter sets its own predicate: a keystroke in the contact box does not redo the others.
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConversationsPage::applyKindFilter);
    connect(m_contact, &QLineEdit::textChanged, this, &ConversationsPage::applyContactFilter);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ConversationsPage::applyRangeFilter);
    connect(&context.names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Contact && !m_contact->text().isEmpty())
            applyContactFilter();
    });
}

void ConversationsPage::showEvent(QShowEvent *event)
{
    m_model->ensureLoaded();
    if (!m_laidOut) {
        m_laidOut = true;
        // Queued: the page has its final width once the window's layout has run.
        QMetaObject::invokeMethod(
            this, [this] { giveEditorWidth(this, QStringLiteral("conversations"), 440); }, Qt::QueuedConnection);
    }
    // The targets may have changed in the settings since the page was last shown.
    m_model->refreshTargets();
    ListPage::showEvent(event);
}

void ConversationsPage::applyKindFilter()
{
    auto *proxy = this->proxy();
    const int kind = m_kind->currentData().toInt();
    if (kind < 0)
        proxy->clearPredicate(QStringLiteral("kind"));
    else
        proxy->setPredicate(
            QStringLiteral("kind"), [this, kind](int row) { return int(m_model->rowAt(row).kind) == kind; });
    updateState();
}

void ConversationsPage::applyContactFilter()
{
    auto *proxy = this->proxy();
    // The contacts the filter names: the one picked, or every contact whose name contains the text.
    const QString typed = m_contact->text().simplified();
    if (typed.isEmpty()) {
        proxy->clearPredicate(QStringLiteral("contact"));
    } else {
        // One pass over the names (100,000 of them, on every keystroke): the contact named exactly
        // when there is one, otherwise everyone whose name contains the text.
        QSet<qint64> wanted;
        QList<qint64> exact;
        if (const ContactId picked = m_contact->exactContact(); picked.isValid()) {
            exact << picked.value;
        } else {
            const auto &names = m_context.names.contacts();
            for (auto it = names.cbegin(); it != names.cend(); ++it) {
                if (!it.value().contains(typed, Qt::CaseInsensitive))
                    continue;
                wanted.insert(it.key());
                if (it.value().size() == typed.size())
                    exact << it.key();
            }
        }
        if (exact.size() == 1)
            wanted = { exact.first() };
        proxy->setPredicate(QStringLiteral("contact"), [this, wanted](int row) {
            for (const ContactId id : m_model->rowAt(row).contacts)
                if (wanted.contains(id.value))
                    return true;
            return false;
        });
    }
    updateState();
}

void ConversationsPage::applyRangeFilter()
{
    auto *proxy = this->proxy();
    const int range = m_range->currentData().toInt();
    if (range == AllTime) {
        proxy->clearPredicate(QStringLiteral("range"));
    } else {
        const QDate today = m_context.clock.today();
        QDate from;
        switch (range) {
        case Last7:
            from = today.addDays(-7);
            break;
        case Last30:
            from = today.addDays(-30);
            break;
        case Last90:
            from = today.addDays(-90);
            break;
        default:
            from = QDate(today.year(), 1, 1);
            break;
        }
        const QDateTime start = from.startOfDay().toUTC();
        proxy->setPredicate(
            QStringLiteral("range"), [this, start](int row) { return m_model->rowAt(row).when >= start; });
    }
    updateState();
}

void ConversationsPage::clearFilters()
{
    m_kind->setCurrentIndex(0);
    m_contact->clear();
    m_range->setCurrentIndex(0);
}

void ConversationsPage::deleteRecords(const QList<qint64> &ids)
{
    const QString text = ids.size() == 1
        ? tr("Delete conversation with %1").arg(m_model->participantNames(m_model->rowAt(m_model->rowOf(ids.first()))))
        : tr("Delete %n conversation(s)", nullptr, int(ids.size()));
    Status status = m_context.writer.write(text, [&]() -> Status {
        ConversationStore store(m_context.db, m_context.clock);
        for (const qint64 id : ids)
            if (auto s = store.remove(ConversationId(id)); !s)
                return s;
        return {};
    });
    if (!status)
        QMessageBox::warning(this, tr("Not deleted"), status.error().toString());
}

} // namespace foothold

#include "ui/dialogs/SearchPalette.h"

#include "core/domain/Enums.h"
#include "ui/dialogs/SearchResultDelegate.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace foothold {
namespace {

constexpr int EntityRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

QString kindName(Entity entity)
{
    switch (entity) {
    case Entity::Contact: return SearchPalette::tr("Contact");
    case Entity::Company: return SearchPalette::tr("Company");
    case Entity::Event: return SearchPalette::tr("Event");
    case Entity::Conversation: return SearchPalette::tr("Conversation");
    case Entity::InformationalInterview: return SearchPalette::tr("Informational interview");
    case Entity::Application: return SearchPalette::tr("Application");
    case Entity::FollowUp: return SearchPalette::tr("Follow-up");
    default: return {};
    }
}

template <typename E>
QString labelOf(const QString &key)
{
    const auto value = fromKey<E>(key);
    return value ? label(*value) : QString();
}

} // namespace

SearchPalette::SearchPalette(UiContext &context, QWidget *parent)
    : QDialog(parent, Qt::Popup), m_context(context), m_field(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_status(new QLabel(this)), m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPalette"));
    setAccessibleName(tr("Search everything"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    m_field->setPlaceholderText(tr("Search contacts, companies, events, conversations, interviews, applications, follow-ups…"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search everything"));
    QFont font = m_field->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_field->setFont(font);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setFocusPolicy(Qt::NoFocus); // the field keeps the keyboard; arrows are passed on
    m_results->setAccessibleName(tr("Results"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    resize(680, 460);

    m_typing->setSingleShot(true);
    m_typing->setInterval(30);
    connect(m_typing, &QTimer::timeout, this, &SearchPalette::search);
    connect(m_field, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPalette::openCurrent);
    connect(m_results, &QListWidget::itemActivated, this, &SearchPalette::openCurrent);
    connect(m_results, &QListWidget::itemClicked, this, &SearchPalette::openCurrent);
    m_field->installEventFilter(this);
    search();
}

SearchPalette *SearchPalette::showFor(UiContext &context, QWidget *window)
{
    auto *palette = window->findChild<SearchPalette *>(QString(), Qt::FindDirectChildrenOnly);
    if (!palette)
        palette = new SearchPalette(context, window);
    palette->show();
    palette->raise();
    palette->activateWindow();
    palette->m_field->setFocus(Qt::ShortcutFocusReason);
    palette->m_field->selectAll();
    return palette;
}

void SearchPalette::showEvent(QShowEvent *event)
{
    // Centred over the window, in its upper part, where the eye already is.
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        const QRect frame = window->geometry();
        const int width = qMin(680, qMax(420, frame.width() - 80));
        resize(width, qMin(460, qMax(260, frame.height() - 120)));
        move(frame.left() + (frame.width() - width) / 2, frame.top() + qMax(40, frame.height() / 8));
    }
    QDialog::showEvent(event);
    // Records may have changed since the last time it was open.
    if (!m_field->text().isEmpty())
        search();
}

void SearchPalette::search()
{
    m_typing->stop();
    m_results->clear();
    const QString text = m_field->text();
    auto hits = searchEverything(m_context.db, text);
    m_hits = hits ? *hits : QList<SearchHit>();
    for (const SearchHit &hit : std::as_const(m_hits)) {
        auto *item = new QListWidgetItem(hit.row.title.isEmpty() ? kindName(hit.row.entity) : hit.row.title, m_results);
        item->setData(EntityRole, int(hit.row.entity));
        item->setData(IdRole, hit.row.id);
        item->setData(SearchResultDelegate::DetailRole, describe(hit.row));
        item->setToolTip(describe(hit.row));
    }
    if (!m_hits.isEmpty())
        m_results->setCurrentRow(0);
    if (!hits)
        m_status->setText(tr("The search failed: %1").arg(hits.error().toString()));
    else if (searchWords(text).isEmpty())
        m_status->setText(tr("Type a name, a company, a place, a word from your notes. ↑ ↓ to choose, Enter to open, Esc to close."));
    else if (m_hits.isEmpty())
        m_status->setText(tr("Nothing matches “%1”.").arg(text.trimmed()));
    else
        m_status->setText(m_hits.size() == 1 ? tr("1 result") : tr("%1 results").arg(m_hits.size()));
    m_results->setVisible(!m_hits.isEmpty());
}

QString SearchPalette::describe(const SearchRow &row) const
{
    const QLocale locale;
    QStringList parts{kindName(row.entity)};
    switch (row.entity) {
    case Entity::Event:
        parts << labelOf<EventKind>(row.kindKey);
        if (row.when.isValid())
            parts << locale.toString(row.when.toLocalTime().date(), QLocale::ShortFormat);
        break;
    case Entity::Conversation:
        parts << labelOf<ConversationKind>(row.kindKey);
        if (row.when.isValid())
            parts << locale.toString(row.when.toLocalTime().date(), QLocale::ShortFormat);
        break;
    case Entity::InformationalInterview:
        parts << labelOf<InterviewStage>(row.kindKey);
        break;
    case Entity::Application:
        parts << labelOf<ApplicationStage>(row.kindKey);
        break;
    case Entity::FollowUp:
        if (row.kindKey == QLatin1String("done"))
            parts << tr("done");
        else if (row.day.isValid())
            parts << tr("due %1").arg(locale.toString(row.day, QLocale::ShortFormat));
        break;
    default:
        break;
    }
    if (!row.detail.isEmpty())
        parts << row.detail;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

void SearchPalette::openCurrent()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item || m_hits.isEmpty())
        return;
    const auto entity = static_cast<Entity>(item->data(EntityRole).toInt());
    const qint64 id = item->data(IdRole).toLongLong();
    hide();
    m_context.navigator.open(entity, id);
}

bool SearchPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_results, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace foothold

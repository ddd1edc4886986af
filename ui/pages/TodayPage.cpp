#include "ui/pages/TodayPage.h"

#include "core/storage/FollowUpStore.h"
#include "core/util/Settings.h"
#include "ui/pages/TodaySection.h"
#include "ui/pages/TodayText.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/SampleDataTask.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/StatTile.h"
#include "ui/widgets/WelcomePanel.h"
#include "ui/import/ImportWizard.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace foothold {
namespace {

constexpr int kFollowUpsShown = 25;
constexpr int kLapsedShown = 16;
constexpr int kUpcomingShown = 25;

} // namespace

TodayPage::TodayPage(UiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_stack(new QStackedWidget(this)), m_welcome(new WelcomePanel(this)),
      m_scroll(new QScrollArea(this)), m_date(new QLabel(this)), m_error(new QLabel(this)),
      m_contacts(new StatTile(tr("Contacts"), tr("Everyone in your network, prospects included"), this)),
      m_active(new StatTile(tr("Active contacts"), tr("Contacts you had a conversation with in the last 90 days"), this)),
      m_applications(new StatTile(tr("Open applications"), tr("Applied, and not yet accepted, rejected, withdrawn or unanswered"), this)),
      m_due(new StatTile(tr("Follow-ups due"), tr("Open follow-ups due today or earlier"), this)),
      m_followUps(new TodaySection(tr("Follow-ups due"), this)), m_upcoming(new TodaySection(tr("Coming up"), this)),
      m_lapsed(new TodaySection(tr("Keep in touch"), this)), m_refreshTimer(new QTimer(this))
{
    auto *content = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 24);
    layout->setSpacing(14);
    auto *title = new QLabel(tr("Today"), content);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    auto *heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addSpacing(12);
    heading->addWidget(m_date, 0, Qt::AlignBottom);
    heading->addStretch();
    m_date->setForegroundRole(QPalette::PlaceholderText);
    layout->addLayout(heading);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    for (StatTile *tile : {m_contacts, m_active, m_applications, m_due})
        tiles->addWidget(tile, 1);
    layout->addLayout(tiles);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(14);
    grid->addWidget(m_followUps, 0, 0);
    grid->addWidget(m_upcoming, 0, 1);
    grid->addWidget(m_lapsed, 1, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch(1);

    m_followUps->setEmptyText(tr("Nothing due. Follow-ups you owe show here on the day they are due."));
    m_upcoming->setEmptyText(tr("Nothing in the next 14 days. A good time to look for an event or ask for an "
                                "informational interview?"));
    m_lapsed->setColumns(2);
    m_lapsed->setEmptyText(tr("Everyone you keep in touch with is up to date. Contacts with a keep-in-touch cadence, "
                              "mentors and people you talked to in the last 90 days show here when it is time to "
                              "check in."));

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_welcome);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &TodayPage::refresh);
    connect(context.db.notifier(), &ChangeNotifier::changed, this, &TodayPage::scheduleRefresh);
    connect(m_welcome, &WelcomePanel::sampleDataRequested, this, &TodayPage::exploreSampleData);
    connect(m_welcome, &WelcomePanel::importRequested, this, [this] { ImportWizard::open(m_context, window(), {}, ImportFormat::LinkedIn); });
}

bool TodayPage::isShowingWelcome() const
{
    return m_stack->currentWidget() == m_welcome;
}

QCheckBox *TodayPage::doneBox(qint64 followUpId) const
{
    return m_followUps->findChild<QCheckBox *>(QStringLiteral("followup-done-%1").arg(followUpId));
}

void TodayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TodayPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Colours of the item texts are baked into their rich text: render them again for the theme.
    if (event->type() == QEvent::PaletteChange && !m_stale)
        scheduleRefresh();
    // Back from the settings dialog with another default cadence: the lapsed list changes.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && !m_stale
        && settingValue(settings::DefaultCadenceDays) != m_cadenceUsed)
        scheduleRefresh();
}

void TodayPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

void TodayPage::refresh()
{
    m_stale = false;
    m_refreshTimer->stop();
    if (QWidget *focused = focusWidget(); focused && focused->objectName().startsWith(QLatin1String("followup-done-")))
        m_focusFollowUp = focused->objectName().mid(14).toLongLong();
    AgendaOptions options;
    options.defaultCadenceDays = m_cadenceUsed = settingValue(settings::DefaultCadenceDays);
    options.followUpLimit = kFollowUpsShown;
    options.lapsedNamed = kLapsedShown;
    auto agenda = loadAgenda(m_context.db, m_context.clock, options);
    if (!agenda) {
        m_error->setText(tr("The agenda could not be read: %1").arg(agenda.error().toString()));
        m_error->setStyleSheet(QStringLiteral("color: %1").arg(errorColor(palette()).name()));
        m_error->show();
        m_stack->setCurrentWidget(m_scroll);
        return;
    }
    m_error->hide();
    m_agenda = std::move(agenda).value();
    if (m_agenda.counts.databaseEmpty) {
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    m_stack->setCurrentWidget(m_scroll);
    m_date->setText(QLocale().toString(m_agenda.today, QLocale::LongFormat));
    m_contacts->setValue(m_agenda.counts.contacts);
    m_active->setValue(m_agenda.counts.activeContacts);
    m_applications->setValue(m_agenda.counts.openApplications);
    m_due->setValue(m_agenda.counts.followUpsDue);
    fillFollowUps();
    fillUpcoming();
    fillLapsed();
    if (QCheckBox *box = doneBox(m_focusFollowUp))
        box->setFocus(Qt::OtherFocusReason);
    m_focusFollowUp = 0;
}

QLabel *TodayPage::itemLabel(const QString &html, const QString &name)
{
    auto *label = new QLabel(html);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(false); // foothold:// links go to the navigator
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    connect(label, &QLabel::linkActivated, this, [this](const QString &link) { m_context.navigator.openLink(QUrl(link)); });
    return label;
}

void TodayPage::fillFollowUps()
{
    const today::Names names{m_agenda.contactNames, m_context.names};
    m_followUps->clear();
    const qint64 due = m_agenda.counts.followUpsDue;
    m_followUps->setHeading(due > 0 ? tr("Follow-ups due · %1").arg(QLocale().toString(due)) : tr("Follow-ups due"));
    for (const AgendaFollowUp &f : std::as_const(m_agenda.followUps)) {
        auto *box = new QCheckBox;
        box->setObjectName(QStringLiteral("followup-done-%1").arg(f.id.value));
        box->setChecked(f.doneAt.isValid());
        box->setToolTip(f.doneAt.isValid() ? tr("Done; untick to open it again") : tr("Mark done (Ctrl+Z undoes)"));
        box->setAccessibleName(tr("Done: %1").arg(f.title));
        // Fusion outlines a check box in a darker shade of the window colour; on the section's base
        // colour that outline is faint in the light theme, so it is derived from the base here (the
        // dark theme's boxes are outlined by the application style, ThemeStyle).
        if (!isDark(palette())) {
            QPalette boxPalette = box->palette();
            boxPalette.setColor(QPalette::Window, palette().color(QPalette::Base));
            box->setPalette(boxPalette);
        }
        const qint64 id = f.id.value;
        const QString title = f.title;
        connect(box, &QCheckBox::toggled, this, [this, id, title](bool done) { setDone(id, title, done); });
        auto *text = itemLabel(today::followUpHtml(f, names, palette()), QStringLiteral("followup-%1").arg(id));
        auto *row = new QWidget;
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(text, 1);
        auto *when = new QLabel(today::dueHtml(f, m_agenda.today, palette()), row);
        when->setTextFormat(Qt::RichText);
        rowLayout->addWidget(when, 0, Qt::AlignTop);
        m_followUps->addRow(box, row);
    }
    int open = 0;
    for (const auto &f : std::as_const(m_agenda.followUps))
        open += f.doneAt.isValid() ? 0 : 1;
    if (due > open)
        m_followUps->setMore(tr("and %1 more on the Follow-ups page").arg(QLocale().toString(due - open)));
    m_followUps->finish();
}

void TodayPage::fillUpcoming()
{
    const today::Names names{m_agenda.contactNames, m_context.names};
    m_upcoming->clear();
    m_upcoming->setHeading(tr("Coming up · next 14 days"));
    int shown = 0;
    for (const UpcomingItem &item : std::as_const(m_agenda.upcoming)) {
        if (shown++ == kUpcomingShown)
            break;
        auto *when = new QLabel(today::whenText(item, m_agenda.today));
        when->setForegroundRole(QPalette::PlaceholderText);
        when->setMinimumWidth(when->fontMetrics().horizontalAdvance(QStringLiteral("Wed 30 Sep, 00:00 ")));
        const QString name = QStringLiteral("upcoming-%1-%2").arg(int(item.entity)).arg(item.id);
        m_upcoming->addRow(when, itemLabel(today::upcomingHtml(item, names, palette()), name));
    }
    if (m_agenda.upcoming.size() > kUpcomingShown)
        m_upcoming->setMore(tr("and %1 more").arg(m_agenda.upcoming.size() - kUpcomingShown));
    m_upcoming->finish();
}

void TodayPage::fillLapsed()
{
    const today::Names names{m_agenda.contactNames, m_context.names};
    m_lapsed->clear();
    const auto &lapsed = m_agenda.lapsed;
    m_lapsed->setHeading(lapsed.isEmpty() ? tr("Keep in touch") : tr("Keep in touch · %1").arg(QLocale().toString(lapsed.size())));
    for (int i = 0; i < lapsed.size() && i < kLapsedShown; ++i) {
        const LapsedContact &l = lapsed.at(i);
        auto *late = new QLabel;
        late->setTextFormat(Qt::RichText);
        if (l.daysSince >= 0)
            late->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                              .arg(warningColor(palette()).name(),
                                   l.overdueDays == 1 ? tr("1 day late") : tr("%1 days late").arg(QLocale().toString(l.overdueDays))));
        late->setMinimumWidth(late->fontMetrics().horizontalAdvance(QStringLiteral("1,000 days late ")));
        m_lapsed->addRow(late, itemLabel(today::lapsedHtml(l, names, palette()), QStringLiteral("contact-%1").arg(l.id.value)));
    }
    if (lapsed.size() > kLapsedShown)
        m_lapsed->setMore(tr("and %1 more, most overdue first").arg(QLocale().toString(lapsed.size() - kLapsedShown)));
    m_lapsed->finish();
}

void TodayPage::setDone(qint64 id, const QString &title, bool done)
{
    const QString text = done ? tr("Mark “%1” done").arg(title) : tr("Open “%1” again").arg(title);
    const Status status = m_context.writer.write(text, [&] { return FollowUpStore(m_context.db, m_context.clock).setDone(FollowUpId(id), done); });
    if (!status) {
        if (QCheckBox *box = doneBox(id)) {
            const QSignalBlocker block(box);
            box->setChecked(!done);
        }
        QMessageBox::warning(this, text, tr("%1 could not be done: %2").arg(text, status.error().toString()));
    }
}

void TodayPage::exploreSampleData()
{
    SampleDataTask task(m_context, this);
    (void)task.generate(m_sampleOptions);
}

} // namespace foothold

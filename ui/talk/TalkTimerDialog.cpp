#include "ui/talk/TalkTimerDialog.h"

#include "core/storage/ConversationStore.h"
#include "core/util/Clock.h"
#include "ui/shell/UiContext.h"
#include "ui/talk/ParticipantsLineEdit.h"
#include "ui/talk/TalkFormat.h"
#include "ui/talk/TalkGauge.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/Inputs.h"
#include "ui/widgets/Palette.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace foothold {
namespace {

// Typing in these must not start or switch the timer.
bool isTextInput(const QObject *object)
{
    return qobject_cast<const QLineEdit *>(object) || qobject_cast<const QAbstractSpinBox *>(object) ||
           qobject_cast<const QTextEdit *>(object) || qobject_cast<const QPlainTextEdit *>(object);
}

QString bigButtonStyle(const QColor &color, const QPalette &p)
{
    const QColor text = color.lightness() > 150 ? QColor(0x10, 0x10, 0x10) : QColor(0xff, 0xff, 0xff);
    return QStringLiteral("QPushButton { font-size: 17pt; font-weight: bold; padding: 14px; border-radius: 10px;"
                          " border: 3px solid %1; background: %2; color: %3; }"
                          "QPushButton:checked { background: %1; color: %4; }"
                          "QPushButton:focus { border-style: double; }")
        .arg(color.name(), p.color(QPalette::Base).name(), p.color(QPalette::Text).name(), text.name());
}

} // namespace

TalkTimerDialog::TalkTimerDialog(UiContext &context, const Preset &preset, QWidget *parent)
    : QDialog(parent), m_context(context), m_preset(preset), m_timer(context.clock),
      m_participants(new ParticipantsLineEdit(context.db, context.names, this)), m_participantsField(new FormField(m_participants, this)),
      m_kind(new QComboBox(this)), m_channel(new QComboBox(this)), m_date(new DateField(this)), m_dateField(new FormField(m_date, this)),
      m_me(new QPushButton(tr("I'm talking"), this)), m_them(new QPushButton(tr("They're talking"), this)),
      m_nobody(new QPushButton(tr("&Nobody"), this)), m_pause(new QPushButton(this)), m_elapsed(new QLabel(this)), m_state(new QLabel(this)),
      m_details(new QLabel(this)), m_error(new QLabel(this)), m_gauge(new TalkGauge(this)), m_tick(new QTimer(this))
{
    setWindowTitle(preset.existing.isValid() ? tr("Talk timer — time a conversation") : tr("Talk timer"));
    for (const auto kind : allValues<ConversationKind>())
        m_kind->addItem(label(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(preset.kind.value_or(ConversationKind::CoffeeChat))));
    for (const auto channel : allValues<ConversationChannel>())
        m_channel->addItem(label(channel), int(channel));
    m_channel->setCurrentIndex(m_channel->findData(int(ConversationChannel::Video)));
    m_date->setDate(context.clock.today());
    m_participants->setContacts(preset.contacts);

    auto *form = new QFormLayout;
    form->addRow(tr("&With"), m_participantsField);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("C&hannel"), m_channel);
    form->addRow(tr("&Date"), m_dateField);
    if (preset.existing.isValid()) {
        // The conversation exists: only its talk balance is saved.
        for (QWidget *w : {static_cast<QWidget *>(m_participantsField), static_cast<QWidget *>(m_channel), static_cast<QWidget *>(m_dateField)}) {
            form->labelForField(w)->hide();
            w->hide();
        }
    }

    m_me->setCheckable(true);
    m_them->setCheckable(true);
    for (QPushButton *big : {m_me, m_them}) {
        big->setMinimumSize(220, 110);
        big->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        big->setAutoDefault(false);
    }
    m_me->setToolTip(tr("Hold Space while you speak, or press M"));
    m_them->setToolTip(tr("Release Space, or press T"));
    m_me->setAccessibleName(tr("I'm talking (hold Space or press M)"));
    m_them->setAccessibleName(tr("They're talking (press T)"));
    m_nobody->setToolTip(tr("Silence: nobody is speaking (N)"));
    m_pause->setToolTip(tr("Pause and resume the timer (P)"));
    for (QPushButton *b : {m_nobody, m_pause})
        b->setAutoDefault(false);
    connect(m_me, &QPushButton::clicked, this, &TalkTimerDialog::meSpeaking);
    connect(m_them, &QPushButton::clicked, this, &TalkTimerDialog::themSpeaking);
    connect(m_nobody, &QPushButton::clicked, this, &TalkTimerDialog::nobodySpeaking);
    connect(m_pause, &QPushButton::clicked, this, &TalkTimerDialog::togglePause);

    auto *bigRow = new QHBoxLayout;
    bigRow->setSpacing(16);
    bigRow->addWidget(m_me);
    bigRow->addWidget(m_them);

    QFont elapsedFont = m_elapsed->font();
    elapsedFont.setPointSizeF(elapsedFont.pointSizeF() * 2.2);
    elapsedFont.setStyleHint(QFont::Monospace);
    elapsedFont.setFamily(QStringLiteral("monospace"));
    m_elapsed->setFont(elapsedFont);
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_elapsed);
    controls->addSpacing(8);
    controls->addWidget(m_state, 0, Qt::AlignBottom);
    controls->addStretch(1);
    controls->addWidget(m_nobody);
    controls->addWidget(m_pause);

    auto *keys = new QLabel(tr("Keys: hold <b>Space</b> while you speak · <b>M</b> me · <b>T</b> them · <b>N</b> nobody · "
                               "<b>P</b> pause or resume"),
                            this);
    keys->setWordWrap(true);
    m_details->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveButton = buttons->addButton(tr("&Save conversation"), QDialogButtonBox::AcceptRole);
    saveButton->setShortcut(QKeySequence::Save);
    saveButton->setToolTip(tr("Save (Ctrl+S)"));
    saveButton->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &TalkTimerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(bigRow, 1);
    layout->addLayout(controls);
    layout->addWidget(m_gauge);
    layout->addWidget(m_details);
    layout->addWidget(keys);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TalkTimerDialog::updateBand);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &TalkTimerDialog::refresh);

    // Keys from wherever the focus is, but not while typing.
    installEventFilter(this);
    for (QWidget *child : findChildren<QWidget *>())
        if (!isTextInput(child))
            child->installEventFilter(this);

    const QPalette p = palette();
    m_me->setStyleSheet(bigButtonStyle(categoryColor(0, p), p));
    m_them->setStyleSheet(bigButtonStyle(categoryColor(1, p), p));
    updateBand();
    refresh();
    m_me->setFocus();
    resize(640, 620);
}

TalkTimerDialog::~TalkTimerDialog() = default;

void TalkTimerDialog::started()
{
    if (!m_startedAt.isValid())
        m_startedAt = m_context.clock.nowUtc();
    if (!m_tick->isActive())
        m_tick->start();
}

void TalkTimerDialog::meSpeaking()
{
    started();
    m_timer.meSpeaking();
    refresh();
}

void TalkTimerDialog::themSpeaking()
{
    started();
    m_timer.themSpeaking();
    refresh();
}

void TalkTimerDialog::nobodySpeaking()
{
    started();
    m_timer.silence();
    refresh();
}

void TalkTimerDialog::togglePause()
{
    switch (m_timer.timer().state()) {
    case TalkTimerState::Running: m_timer.pause(); break;
    case TalkTimerState::Paused: m_timer.resume(); break;
    case TalkTimerState::NotStarted: return;
    }
    refresh();
}

void TalkTimerDialog::updateBand()
{
    m_gauge->setBand(talkTargetBandFromSettings(static_cast<ConversationKind>(m_kind->currentData().toInt())));
}

void TalkTimerDialog::refresh()
{
    const TalkTimerReading r = m_timer.reading();
    m_me->setChecked(r.speaker == TalkTimerSpeaker::Me);
    m_them->setChecked(r.speaker == TalkTimerSpeaker::Them);
    m_pause->setText(r.state == TalkTimerState::Paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setEnabled(r.state != TalkTimerState::NotStarted);
    QString state;
    switch (r.state) {
    case TalkTimerState::NotStarted: state = tr("not started"); break;
    case TalkTimerState::Paused: state = tr("paused"); break;
    case TalkTimerState::Running:
        state = r.speaker == TalkTimerSpeaker::Me ? tr("you are talking")
                : r.speaker == TalkTimerSpeaker::Them ? tr("they are talking")
                                                      : tr("nobody is talking");
        break;
    }
    m_elapsed->setText(clockText(r.elapsedSeconds));
    m_state->setText(state);
    m_gauge->setShare(r.myShare);
    m_details->setText(tr("Me %1 · Them %2 · Silence %3 · Switches %4 (%5 per minute) · Longest monologue %6")
                           .arg(clockText(r.mySeconds), clockText(r.theirSeconds), clockText(r.silenceSeconds))
                           .arg(r.switches)
                           .arg(r.switchesPerMinute ? QString::number(*r.switchesPerMinute, 'f', 1) : QStringLiteral("—"),
                                clockText(r.longestMonologueSeconds)));
}

bool TalkTimerDialog::handleKey(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const bool press = event->type() == QEvent::KeyPress;
    switch (event->key()) {
    case Qt::Key_Space:
        // Held: me while it is down, them when it comes up. Auto-repeat is no change of speaker.
        if (!event->isAutoRepeat()) {
            if (press)
                meSpeaking();
            else
                themSpeaking();
        }
        return true;
    case Qt::Key_M:
        if (press && !event->isAutoRepeat())
            meSpeaking();
        return true;
    case Qt::Key_T:
        if (press && !event->isAutoRepeat())
            themSpeaking();
        return true;
    case Qt::Key_N:
        if (press && !event->isAutoRepeat())
            nobodySpeaking();
        return true;
    case Qt::Key_P:
        if (press && !event->isAutoRepeat())
            togglePause();
        return true;
    default:
        return false;
    }
}

bool TalkTimerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease) && !isTextInput(watched))
        return handleKey(static_cast<QKeyEvent *>(event));
    return QDialog::eventFilter(watched, event);
}

Result<ConversationId> TalkTimerDialog::save()
{
    m_participantsField->setError({});
    m_dateField->setError({});
    m_error->hide();
    const TalkTimerReading r = m_timer.reading();
    QList<Error> errors;
    Conversation c;
    if (m_preset.existing.isValid()) {
        auto existing = ConversationStore(m_context.db, m_context.clock).get(m_preset.existing);
        if (!existing)
            errors << existing.error();
        else
            c = *existing;
    } else {
        auto who = m_participants->resolve();
        if (!who) {
            m_participantsField->setError(who.error().message);
            errors << who.error();
        } else {
            c.contacts = *who;
        }
        const QDate day = m_date->date();
        if (!day.isValid()) {
            const Error e = Error::invalid(QStringLiteral("date"), m_date->hasBadText() ? tr("write the date as YYYY-MM-DD")
                                                                                         : tr("say when the conversation was"));
            m_dateField->setError(e.message);
            errors << e;
        }
        // The moment the timer started when that was on the day given; else midday of that day.
        c.when = m_startedAt.isValid() && m_startedAt.toLocalTime().date() == day ? m_startedAt
                                                                                   : QDateTime(day, QTime(12, 0)).toUTC();
        c.channel = static_cast<ConversationChannel>(m_channel->currentData().toInt());
    }
    if (!r.myShare)
        errors << Error::invalid(QStringLiteral("timer"),
                                 tr("nobody has spoken yet: press “I'm talking” or “They're talking” as the conversation goes"));
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const Error &e : errors)
            if (e.field != QLatin1String("contacts") && e.field != QLatin1String("date"))
                lines << e.message;
        m_error->setText(lines.join(QLatin1Char('\n')));
        m_error->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(palette()).name()));
        m_error->setVisible(!lines.isEmpty());
        return errors.first();
    }

    c.kind = static_cast<ConversationKind>(m_kind->currentData().toInt());
    c.talk = m_timer.toTalkBalance();
    const int minutes = r.elapsedSeconds > 0 ? std::max(1, int(std::lround(r.elapsedSeconds / 60))) : 0;
    if (c.durationMinutes == 0)
        c.durationMinutes = minutes;
    ConversationId id = c.id;
    const bool adding = !m_preset.existing.isValid();
    const Status written = m_context.writer.write(adding ? tr("Add conversation (talk timer)") : tr("Talk balance (talk timer)"),
                                                  [&]() -> Status {
                                                      ConversationStore store(m_context.db, m_context.clock);
                                                      if (!adding)
                                                          return store.update(c);
                                                      auto inserted = store.insert(c);
                                                      if (!inserted)
                                                          return inserted.error();
                                                      id = *inserted;
                                                      return {};
                                                  });
    if (!written) {
        m_error->setText(tr("Could not save: %1").arg(written.error().message));
        m_error->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(palette()).name()));
        m_error->show();
        return written.error();
    }
    m_saved = true;
    m_tick->stop();
    emit saved(id.value);
    accept();
    return id;
}

void TalkTimerDialog::reject()
{
    if (!m_saved && m_timer.timer().state() != TalkTimerState::NotStarted &&
        QMessageBox::question(this, tr("Talk timer"), tr("Discard this timing without saving it?"),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace foothold

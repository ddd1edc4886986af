#include "ui/editors/ConversationEditor.h"

#include "core/domain/Validation.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/InterviewStore.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/ExternalLinks.h"
#include "ui/widgets/Inputs.h"
#include "ui/widgets/ParticipantsField.h"
#include "ui/widgets/RecordChoice.h"
#include "ui/widgets/RelatedList.h"
#include "ui/widgets/TalkBalanceField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace foothold {
namespace {

template<typename E> void fillEnumCombo(QComboBox *combo)
{
    for (const auto value : allValues<E>())
        combo->addItem(label(value), int(value));
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    layout->addStretch();
    return box;
}

} // namespace

ConversationEditor::ConversationEditor(UiContext &context, QWidget *parent)
    : RecordEditor(context, parent)
    , m_date(new DateField(this))
    , m_time(new QTimeEdit(this))
    , m_kind(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_participants(new ParticipantsField(context.db, context.names, this))
    , m_duration(new QSpinBox(this))
    , m_talk(new TalkBalanceField(this))
    , m_questionsMe(new QSpinBox(this))
    , m_questionsThem(new QSpinBox(this))
    , m_nextStep(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_event(new EventChoice(context.names, this))
    , m_application(new ApplicationChoice(context.db, context.names, this))
    , m_addFollowUp(new QPushButton(tr("Add follow-up"), this))
    , m_related(new RelatedList(context.navigator, this))
{
    m_date->setAccessibleName(tr("Date"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Time"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("—"));
    for (QSpinBox *spin : { m_questionsMe, m_questionsThem })
        spin->setRange(0, 999);
    m_questionsMe->setAccessibleName(tr("Questions I asked"));
    m_questionsThem->setAccessibleName(tr("Questions they asked"));
    m_nextStep->setPlaceholderText(tr("e.g. send the article I mentioned"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 8 + 12);
    fillEnumCombo<ConversationKind>(m_kind);
    fillEnumCombo<ConversationChannel>(m_channel);
    m_event->setToolTip(tr("The event where it happened"));
    m_application->setToolTip(tr("The application a job interview belongs to"));

    addField(tr("When *"), row(this, { m_date, m_time }), QStringLiteral("date"));
    watch(m_date);
    // watch() knows no time edits.
    connect(m_time, &QTimeEdit::timeChanged, this, [this] {
        if (!m_loading)
            setDirty(true);
    });
    addField(tr("Kind"), m_kind, QStringLiteral("kind"));
    addField(tr("Channel"), m_channel, QStringLiteral("channel"));
    addField(tr("With *"), m_participants, QStringLiteral("contact"));
    addField(tr("Duration"), m_duration, QStringLiteral("duration"));
    addField(tr("My talk share"), m_talk, QStringLiteral("share"));
    auto *byMe = new QLabel(tr("by me"), this);
    auto *byThem = new QLabel(tr("by them"), this);
    addField(tr("Questions asked"), row(this, { m_questionsMe, byMe, m_questionsThem, byThem }),
        QStringLiteral("questions"));
    watch(m_questionsMe);
    watch(m_questionsThem);
    addField(tr("Next step"), m_nextStep, QStringLiteral("next_step"));
    addField(tr("Notes"), m_notes, QStringLiteral("notes"));
    addField(tr("Event"), m_event, QStringLiteral("event"));
    addField(tr("Application"), m_application, QStringLiteral("application"));

    m_addFollowUp->setToolTip(tr("A follow-up due tomorrow with the first participant, tied to this conversation"));
    auto *followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_addFollowUp);
    followUpRow->addStretch();
    extras()->addLayout(followUpRow);
    extras()->addWidget(m_related);

    connect(m_participants, &ParticipantsField::changed, this, [this] {
        if (!m_loading)
            setDirty(true);
        updateHeading();
    });
    connect(m_participants, &ParticipantsField::addFailed, this, [this](const Error &error) { showErrors({ error }); });
    connect(m_talk, &TalkBalanceField::changed, this, [this] {
        if (!m_loading)
            setDirty(true);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_talk->setKind(static_cast<ConversationKind>(m_kind->currentData().toInt()));
        updateHeading();
    });
    connect(m_addFollowUp, &QPushButton::clicked, this, &ConversationEditor::addFollowUp);
    connect(context.db.notifier(), &ChangeNotifier::changed, this, &ConversationEditor::onDatabaseChanged);
    startNew();
}

QSize ConversationEditor::sizeHint() const
{
    const QSize hint = RecordEditor::sizeHint();
    return { qMin(hint.width(), 360), hint.height() };
}

void ConversationEditor::startNew()
{
    Conversation blank;
    const QDateTime now = context().clock.nowUtc().toLocalTime();
    blank.when = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute() / 5 * 5)).toUTC();
    blank.durationMinutes = 30;
    m_original = blank;
    setRecordId(0);
    fill(blank);
    m_related->clear();
    setDirty(false);
    m_participants->setFocus();
}

void ConversationEditor::load(qint64 id)
{
    auto conversation = ConversationStore(context().db, context().clock).get(ConversationId(id));
    clearErrors();
    if (!conversation) {
        showBanner(conversation.error().toString(), true);
        return;
    }
    m_original = *conversation;
    setRecordId(id);
    fill(*conversation);
    showRelated(*conversation);
    setDirty(false);
}

void ConversationEditor::fill(const Conversation &c)
{
    m_loading = true;
    const QDateTime local = c.when.toLocalTime();
    m_date->setDate(local.date());
    m_time->setTime(local.time());
    m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
    m_channel->setCurrentIndex(m_channel->findData(int(c.channel)));
    m_participants->setContacts(c.contacts);
    m_duration->setValue(c.durationMinutes);
    m_talk->setTargets(TalkTargets::fromSettings());
    m_talk->setBalance(c.talk, c.kind);
    m_questionsMe->setValue(c.talk.questionsMe);
    m_questionsThem->setValue(c.talk.questionsThem);
    m_nextStep->setText(c.nextStep);
    m_notes->setPlainText(c.notes);
    m_event->setCurrentId(c.event.value);
    m_application->setCurrentId(c.application.value);
    m_loading = false;
    updateHeading();
    m_addFollowUp->setVisible(recordId() > 0); // a follow-up is tied to a stored conversation
}

void ConversationEditor::updateHeading()
{
    const auto kind = static_cast<ConversationKind>(m_kind->currentData().toInt());
    QStringList names;
    for (const ContactId id : m_participants->contacts())
        names << context().names.contact(id.value);
    if (recordId() == 0 && names.isEmpty())
        setHeading(tr("New conversation"));
    else if (names.isEmpty())
        setHeading(label(kind));
    else
        setHeading(tr("%1 with %2").arg(label(kind), QLocale().createSeparatedList(names)));
}

Conversation ConversationEditor::formConversation(QList<Error> &errors) const
{
    Conversation c = m_original;
    c.when = {};
    if (m_date->hasBadText())
        errors << Error::invalid(
            QStringLiteral("date"), tr("“%1” is not a date that exists (YYYY-MM-DD)").arg(m_date->text()));
    else if (m_date->date().isValid())
        c.when = QDateTime(m_date->date(), m_time->time()).toUTC();
    c.kind = static_cast<ConversationKind>(m_kind->currentData().toInt());
    c.channel = static_cast<ConversationChannel>(m_channel->currentData().toInt());
    if (auto contacts = m_participants->resolvedContacts(QStringLiteral("contact")))
        c.contacts = *contacts;
    else
        errors << contacts.error();
    c.durationMinutes = m_duration->value();
    c.talk = m_talk->balance();
    c.talk.questionsMe = m_questionsMe->value();
    c.talk.questionsThem = m_questionsThem->value();
    c.nextStep = m_nextStep->text().trimmed();
    c.notes = m_notes->toPlainText();
    c.event = EventId(m_event->currentId());
    c.application = ApplicationId(m_application->currentId());
    errors << validate(c); // a field shows its first error: the specific one found above
    return c;
}

Result<qint64> ConversationEditor::saveRecord()
{
    QList<Error> errors;
    Conversation c = formConversation(errors);
    if (!errors.isEmpty())
        return invalid(errors);
    const bool isNew = recordId() == 0;
    const QString who = QLocale().createSeparatedList([&] {
        QStringList names;
        for (const ContactId id : c.contacts)
            names << context().names.contact(id.value);
        return names;
    }());
    ConversationId saved = c.id;
    Status status = writer().write(
        isNew ? tr("Log conversation with %1").arg(who) : tr("Edit conversation with %1").arg(who), [&]() -> Status {
            ConversationStore store(context().db, context().clock);
            if (!isNew)
                return store.update(c);
            auto id = store.insert(c);
            if (!id)
                return id.error();
            saved = *id;
            return {};
        });
    if (!status)
        return status.error();
    setRecordId(saved.value);
    m_original = ConversationStore(context().db, context().clock).get(saved).value_or(c);
    fill(m_original);
    showRelated(m_original);
    return saved.value;
}

bool ConversationEditor::addFollowUp()
{
    if (recordId() == 0 || (isDirty() && !save()))
        return false;
    if (m_original.contacts.isEmpty())
        return false;
    const ContactId who = m_original.contacts.first();
    const QString name = context().names.contact(who.value);
    FollowUp followUp;
    followUp.title = m_original.nextStep.isEmpty() ? tr("Follow up with %1").arg(name) : m_original.nextStep;
    followUp.due = context().clock.today().addDays(1);
    followUp.contact = who;
    followUp.conversation = m_original.id;
    followUp.origin = FollowUpOrigin::Manual;
    Status status = writer().write(tr("Add follow-up with %1").arg(name), [&]() -> Status {
        auto id = FollowUpStore(context().db, context().clock).insert(followUp);
        return id ? Status() : Status(id.error());
    });
    if (!status) {
        showBanner(tr("The follow-up was not added: %1").arg(status.error().toString()), true);
        return false;
    }
    showBanner(
        tr("Follow-up “%1” added, due %2.").arg(followUp.title, QLocale().toString(followUp.due, QLocale::ShortFormat)),
        false);
    return true;
}

void ConversationEditor::onDatabaseChanged(const ChangeSet &changes)
{
    const qint64 id = recordId();
    if (id == 0)
        return;
    if (changes.ids(Entity::Conversation, ChangeKind::Removed).contains(id)) {
        // Deleted (or an undo took it away): an empty form rather than a record that is gone.
        if (!isDirty())
            startNew();
        return;
    }
    if (isDirty())
        return; // the user's edit stays; saving it will tell if it conflicts
    if (changes.reset || changes.ids(Entity::Conversation, ChangeKind::Updated).contains(id)
        || changes.ids(Entity::Conversation, ChangeKind::Inserted).contains(id)) {
        load(id); // an undo or redo changed what is shown
        return;
    }
    if (changes.touches(Entity::FollowUp) || changes.touches(Entity::InformationalInterview)
        || changes.touches(Entity::Application))
        showRelated(m_original);
}

void ConversationEditor::showRelated(const Conversation &c)
{
    Database &db = context().db;
    const QLocale locale;
    m_related->clear();
    QStringList people;
    for (const ContactId id : c.contacts)
        people << linkHtml(Navigator::urlFor(Entity::Contact, id.value).toString(), context().names.contact(id.value));
    m_related->addSection(tr("With"), people);
    if (c.event.isValid())
        m_related->addSection(tr("Event"),
            { linkHtml(
                Navigator::urlFor(Entity::Event, c.event.value).toString(), context().names.event(c.event.value)) });
    if (c.application.isValid()) {
        if (auto application = ApplicationStore(db).get(c.application))
            m_related->addSection(tr("Application"),
                { linkHtml(Navigator::urlFor(Entity::Application, c.application.value).toString(),
                    tr("%1 — %2").arg(context().names.company(application->company.value), application->role)) });
    }
    QStringList interviews;
    for (const ContactId id : c.contacts)
        for (const auto &interview : InterviewStore(db).list({ .contact = id }))
            if (interview.conversation == c.id)
                interviews << linkHtml(Navigator::urlFor(Entity::InformationalInterview, interview.id.value).toString(),
                    tr("Informational interview with %1 · %2")
                        .arg(context().names.contact(id.value), label(interview.stage)));
    m_related->addSection(tr("Informational interview"), interviews);
    QStringList followUps;
    for (const auto &followUp : FollowUpStore(db).list({ .conversation = c.id }))
        followUps << linkHtml(Navigator::urlFor(Entity::FollowUp, followUp.id.value).toString(),
            tr("%1 %2 · due %3")
                .arg(followUp.isDone() ? QStringLiteral("✓") : QStringLiteral("○"), followUp.title,
                    locale.toString(followUp.due, QLocale::ShortFormat)));
    m_related->addSection(tr("Follow-ups"), followUps, tr("None yet"));
    m_related->finish();
}

} // namespace foothold

#include "ui/editors/InterviewEditor.h"

#include "core/domain/Validation.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/InterviewStore.h"
#include "ui/dialogs/BankQuestionPicker.h"
#include "ui/editors/InterviewStageBar.h"
#include "ui/editors/PlannedQuestionsField.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/ContactNameEdit.h"
#include "ui/widgets/ExternalLinks.h"
#include "ui/widgets/Inputs.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/RelatedList.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>

#include <algorithm>

namespace foothold {
namespace {

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

QString dateError(const DateField *field)
{
    return InterviewEditor::tr("“%1” is not a date that exists (YYYY-MM-DD)").arg(field->text());
}

} // namespace

InterviewEditor::InterviewEditor(UiContext &context, QWidget *parent)
    : RecordEditor(context, parent)
    , m_contact(new ContactNameEdit(context.db, context.names, this))
    , m_company(new QComboBox(this))
    , m_stage(new InterviewStageBar(this))
    , m_requested(new DateField(this))
    , m_scheduledDate(new DateField(this))
    , m_scheduledTime(new QTimeEdit(this))
    , m_done(new DateField(this))
    , m_thanked(new DateField(this))
    , m_questions(new PlannedQuestionsField(this))
    , m_insights(new QPlainTextEdit(this))
    , m_fit(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_conversation(new QLabel(this))
    , m_logConversation(new QPushButton(tr("Log the conversation"), this))
    , m_related(new RelatedList(context.navigator, this))
{
    m_contact->setPlaceholderText(tr("whom you ask: type a name"));
    m_company->setEditable(true);
    m_company->setInsertPolicy(QComboBox::NoInsert);
    m_company->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_company->completer()->setFilterMode(Qt::MatchContains);
    m_company->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_scheduledTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_scheduledTime->setAccessibleName(tr("Scheduled time"));
    m_insights->setTabChangesFocus(true);
    m_insights->setPlaceholderText(tr("What you learned: the work, the team, the field, whom else to ask"));
    m_notes->setTabChangesFocus(true);
    for (QPlainTextEdit *text : { m_insights, m_notes })
        text->setMaximumHeight(text->fontMetrics().lineSpacing() * 7 + 12);
    for (const auto fit : allValues<FitDecision>())
        m_fit->addItem(label(fit), int(fit));
    m_conversation->setTextFormat(Qt::RichText);
    m_conversation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_conversation->setOpenExternalLinks(false);
    m_logConversation->setToolTip(tr("Log the conversation this interview became, with its contact, and link it here"));

    addField(tr("Contact *"), m_contact, QStringLiteral("contact"));
    addField(tr("Company"), m_company, QStringLiteral("company"));
    addField(tr("Stage"), m_stage, QStringLiteral("stage"));
    watch(m_stage->combo());
    addField(tr("Requested on"), m_requested, QStringLiteral("requested"));
    addField(tr("Scheduled at"), row(this, { m_scheduledDate, m_scheduledTime }), QStringLiteral("scheduled"));
    watch(m_scheduledDate);
    // watch() knows no time edits.
    connect(m_scheduledTime, &QTimeEdit::timeChanged, this, [this] {
        if (!m_loading)
            setDirty(true);
    });
    addField(tr("Done on"), m_done, QStringLiteral("done"));
    addField(tr("Thank-you sent on"), m_thanked, QStringLiteral("thanked"));
    addField(tr("Planned questions"), m_questions, QStringLiteral("questions"));
    addField(tr("Insights"), m_insights, QStringLiteral("insights"));
    addField(tr("Fit"), m_fit, QStringLiteral("fit"));
    addField(tr("Notes"), m_notes, QStringLiteral("notes"));
    addField(tr("Conversation"), row(this, { m_conversation, m_logConversation }), QStringLiteral("conversation"));
    extras()->addWidget(m_related);

    connect(m_stage, &InterviewStageBar::nextRequested, this, &InterviewEditor::advanceStage);
    connect(m_questions, &PlannedQuestionsField::changed, this, [this] {
        if (!m_loading)
            setDirty(true);
    });
    connect(m_questions, &PlannedQuestionsField::bankRequested, this, &InterviewEditor::addFromBank);
    connect(m_contact, &ContactNameEdit::contactPicked, this, [this](ContactId id) {
        // The company defaults to where the contact works.
        if (m_company->currentText().trimmed().isEmpty())
            if (auto contact = ContactStore(this->context().db).get(id); contact && contact->company.isValid())
                m_company->setCurrentText(this->context().names.company(contact->company.value));
        setHeading(tr("Informational interview with %1").arg(this->context().names.contact(id.value)));
    });
    connect(m_conversation, &QLabel::linkActivated, this,
        [this](const QString &link) { navigator().openLink(QUrl(link)); });
    connect(m_logConversation, &QPushButton::clicked, this, &InterviewEditor::logConversation);
    connect(&context.names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Company)
            fillCompanies();
    });
    connect(context.db.notifier(), &ChangeNotifier::changed, this, &InterviewEditor::onDatabaseChanged);
    fillCompanies();
    startNew();
}

void InterviewEditor::fillCompanies()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString current = m_company->currentText();
    QStringList companies = context().names.companies().values();
    std::sort(companies.begin(), companies.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    m_company->clear();
    m_company->addItem(QString());
    m_company->addItems(companies);
    m_company->setCurrentText(current);
    m_loading = wasLoading;
}

QSize InterviewEditor::sizeHint() const
{
    const QSize hint = RecordEditor::sizeHint();
    return { qMin(hint.width(), 360), hint.height() };
}

void InterviewEditor::startNew()
{
    m_original = {};
    setRecordId(0);
    fill(m_original);
    setHeading(tr("New informational interview"));
    m_related->clear();
    setDirty(false);
    m_contact->setFocus();
}

void InterviewEditor::load(qint64 id)
{
    auto interview = InterviewStore(context().db, context().clock).get(InterviewId(id));
    clearErrors();
    if (!interview) {
        showBanner(interview.error().toString(), true);
        return;
    }
    m_original = *interview;
    setRecordId(id);
    fill(*interview);
    showRelated(*interview);
    setDirty(false);
}

void InterviewEditor::fill(const InformationalInterview &i)
{
    m_loading = true;
    m_contact->setContact(i.contact);
    m_company->setCurrentText(context().names.company(i.company.value));
    // Without a company of its own the interview is about where the contact works: say so.
    QString workplace;
    if (i.contact.isValid())
        if (auto contact = ContactStore(context().db).get(i.contact); contact && contact->company.isValid())
            workplace = tr("%1 (where they work)").arg(context().names.company(contact->company.value));
    m_company->lineEdit()->setPlaceholderText(workplace);
    m_stage->setStage(i.stage);
    m_requested->setDate(i.requestedOn);
    const QDateTime scheduled = i.scheduledAt.toLocalTime();
    m_scheduledDate->setDate(scheduled.date());
    m_scheduledTime->setTime(i.scheduledAt.isValid() ? scheduled.time() : QTime(12, 0));
    m_done->setDate(i.doneOn);
    m_thanked->setDate(i.thankedOn);
    m_questions->setQuestions(i.questions);
    m_insights->setPlainText(i.insights);
    m_fit->setCurrentIndex(m_fit->findData(int(i.fit)));
    m_notes->setPlainText(i.notes);
    m_loading = false;
    if (i.contact.isValid())
        setHeading(tr("Informational interview with %1").arg(context().names.contact(i.contact.value)));
    showConversation(i.conversation);
}

void InterviewEditor::showConversation(ConversationId id)
{
    if (id.isValid()) {
        QString text = tr("Conversation");
        if (auto conversation = ConversationStore(context().db).get(id))
            text = tr("%1 on %2")
                       .arg(label(conversation->kind),
                           QLocale().toString(conversation->when.toLocalTime().date(), QLocale::ShortFormat));
        m_conversation->setText(linkHtml(Navigator::urlFor(Entity::Conversation, id.value).toString(), text));
    } else {
        m_conversation->clear(); // the button says what there is to do
    }
    m_conversation->setVisible(id.isValid());
    m_logConversation->setVisible(!id.isValid());
}

void InterviewEditor::advanceStage()
{
    const auto next = InterviewStageBar::nextStage(m_stage->stage());
    if (!next)
        return;
    m_stage->setStage(*next); // marks the form dirty
    const QDate today = context().clock.today();
    DateField *field = nullptr;
    switch (*next) {
    case InterviewStage::Requested:
        field = m_requested;
        break;
    case InterviewStage::Scheduled:
        field = m_scheduledDate;
        break;
    case InterviewStage::Done:
        field = m_done;
        break;
    default:
        field = m_thanked;
        break;
    }
    // A date already there (a meeting agreed for next week) is the user's; an empty one becomes today.
    if (field->text().trimmed().isEmpty())
        field->setDate(today);
    setDirty(true);
    if (recordId() > 0)
        save();
    field->setFocus();
    field->selectAll();
}

void InterviewEditor::addFromBank()
{
    BankQuestionPicker picker(context().db, m_questions->questionTexts(), this);
    if (picker.exec() == QDialog::Accepted)
        m_questions->addQuestions(picker.pickedQuestions());
}

InformationalInterview InterviewEditor::formInterview(QList<Error> &errors) const
{
    InformationalInterview i = m_original;
    auto contact = m_contact->contactId(QStringLiteral("contact"));
    if (contact)
        i.contact = *contact;
    else
        errors << contact.error();
    i.stage = m_stage->stage();
    const auto date = [&errors](const DateField *field, const char *name) {
        if (field->hasBadText())
            errors << Error::invalid(QString::fromLatin1(name), dateError(field));
        return field->date();
    };
    i.requestedOn = date(m_requested, "requested");
    const QDate scheduled = date(m_scheduledDate, "scheduled");
    i.scheduledAt = scheduled.isValid() ? QDateTime(scheduled, m_scheduledTime->time()).toUTC() : QDateTime();
    i.doneOn = date(m_done, "done");
    i.thankedOn = date(m_thanked, "thanked");
    i.questions = m_questions->questions();
    for (int n = 0; n < i.questions.size(); ++n)
        if (i.questions.at(n).question.isEmpty())
            errors << Error::invalid(
                QStringLiteral("questions"), tr("question %1 has an answer but no question").arg(n + 1));
    i.insights = m_insights->toPlainText();
    i.fit = static_cast<FitDecision>(m_fit->currentData().toInt());
    i.notes = m_notes->toPlainText();
    errors << validate(i);
    return i;
}

Result<qint64> InterviewEditor::saveRecord()
{
    QList<Error> errors;
    InformationalInterview i = formInterview(errors);
    if (!errors.isEmpty())
        return invalid(errors);
    const bool isNew = recordId() == 0;
    const QString companyName = m_company->currentText().simplified();
    const QString who = context().names.contact(i.contact.value);
    InterviewId saved = i.id;
    Status status = writer().write(isNew ? tr("Add informational interview with %1").arg(who)
                                         : tr("Edit informational interview with %1").arg(who),
        [&]() -> Status {
            i.company = {};
            if (!companyName.isEmpty()) {
                auto company = CompanyStore(context().db, context().clock).findOrCreate(companyName);
                if (!company)
                    return Error { company.error().code, company.error().message, QStringLiteral("company"), {} };
                i.company = *company;
            }
            InterviewStore store(context().db, context().clock);
            if (!isNew)
                return store.update(i);
            auto id = store.insert(i);
            if (!id)
                return id.error();
            saved = *id;
            return {};
        });
    if (!status)
        return status.error();
    setRecordId(saved.value);
    m_original = InterviewStore(context().db, context().clock).get(saved).value_or(i);
    fill(m_original);
    showRelated(m_original);
    return saved.value;
}

bool InterviewEditor::logConversation()
{
    if ((recordId() == 0 || isDirty()) && !save())
        return false;
    if (m_original.conversation.isValid())
        return false;
    Conversation conversation;
    conversation.kind = ConversationKind::InformationalInterview;
    conversation.contacts = { m_original.contact };
    conversation.durationMinutes = 30;
    if (m_original.doneOn.isValid())
        conversation.when = QDateTime(m_original.doneOn,
            m_original.scheduledAt.isValid() ? m_original.scheduledAt.toLocalTime().time() : QTime(12, 0))
                                .toUTC();
    else if (m_original.scheduledAt.isValid())
        conversation.when = m_original.scheduledAt;
    else
        conversation.when = context().clock.nowUtc();
    const QString who = context().names.contact(m_original.contact.value);
    InformationalInterview linked = m_original;
    Status status = writer().write(tr("Log the conversation with %1").arg(who), [&]() -> Status {
        auto id = ConversationStore(context().db, context().clock).insert(conversation);
        if (!id)
            return id.error();
        linked.conversation = *id;
        return InterviewStore(context().db, context().clock).update(linked);
    });
    if (!status) {
        showBanner(tr("The conversation was not logged: %1").arg(status.error().toString()), true);
        return false;
    }
    load(recordId());
    navigator().open(Entity::Conversation, linked.conversation.value);
    return true;
}

void InterviewEditor::onDatabaseChanged(const ChangeSet &changes)
{
    const qint64 id = recordId();
    if (id == 0)
        return;
    if (changes.ids(Entity::InformationalInterview, ChangeKind::Removed).contains(id)) {
        if (!isDirty())
            startNew();
        return;
    }
    const bool mine = changes.reset || changes.ids(Entity::InformationalInterview, ChangeKind::Updated).contains(id)
        || changes.ids(Entity::InformationalInterview, ChangeKind::Inserted).contains(id);
    if (!mine && !changes.touches(Entity::Conversation))
        return;
    if (!isDirty()) {
        load(id); // an undo or redo changed what is shown
        return;
    }
    // Keep the user's edit, but follow the link to a conversation that was deleted or restored
    // (the database sets it, not the form; saving a stale one would fail).
    if (auto stored = InterviewStore(context().db, context().clock).get(InterviewId(id))) {
        m_original.conversation = stored->conversation;
        showConversation(m_original.conversation);
    }
}

void InterviewEditor::showRelated(const InformationalInterview &i)
{
    m_related->clear();
    QStringList about;
    if (i.contact.isValid())
        about << tr("With %1").arg(linkHtml(
            Navigator::urlFor(Entity::Contact, i.contact.value).toString(), context().names.contact(i.contact.value)));
    if (i.company.isValid())
        about << tr("About %1")
                     .arg(linkHtml(Navigator::urlFor(Entity::Company, i.company.value).toString(),
                         context().names.company(i.company.value)));
    if (i.conversation.isValid())
        about << linkHtml(
            Navigator::urlFor(Entity::Conversation, i.conversation.value).toString(), tr("The conversation"));
    m_related->addSection(tr("Related"), about);
    QStringList others;
    if (i.contact.isValid())
        for (const auto &other : InterviewStore(context().db).list({ .contact = i.contact }))
            if (other.id != i.id)
                others << linkHtml(Navigator::urlFor(Entity::InformationalInterview, other.id.value).toString(),
                    tr("Informational interview · %1").arg(label(other.stage)));
    m_related->addSection(tr("Other interviews with %1").arg(context().names.contact(i.contact.value)), others);
    m_related->finish();
}

} // namespace foothold

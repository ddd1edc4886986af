#include "ui/editors/ApplicationEditor.h"

#include "core/domain/Validation.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/Database.h"
#include "core/storage/FollowUpStore.h"
#include "core/util/Clock.h"
#include "core/util/Settings.h"
#include "ui/editors/InterviewRoundsField.h"
#include "ui/editors/StageHistoryField.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/ExternalLinks.h"
#include "ui/widgets/Inputs.h"
#include "ui/widgets/PersonPicker.h"
#include "ui/widgets/RelatedList.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>

#include <algorithm>

namespace foothold {
namespace {

// "65000", "65,000", "65 000" or "65k"; empty is no amount.
Result<std::optional<qint64>> parseAmount(const QString &text)
{
    QString value = text.trimmed().toLower();
    if (value.isEmpty())
        return std::optional<qint64>();
    qint64 factor = 1;
    if (value.endsWith(QLatin1Char('k'))) {
        factor = 1000;
        value.chop(1);
    }
    static const QRegularExpression separators(QStringLiteral(R"([\s,'_\x{00A0}\x{202F}])"));
    value.remove(separators);
    bool ok = false;
    const qint64 amount = value.toLongLong(&ok);
    if (!ok || amount < 0 || amount > 1'000'000'000'000LL / factor)
        return Error::invalid(QStringLiteral("salary"), ApplicationEditor::tr("“%1” is not an amount (e.g. 65000 or 65k)").arg(text.trimmed()));
    return std::optional<qint64>(amount * factor);
}

QStringList sortedNames(const QHash<qint64, QString> &names)
{
    QStringList out = names.values();
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

} // namespace

ApplicationEditor::ApplicationEditor(UiContext &context, QWidget *parent)
    : RecordEditor(context, parent), m_company(new QComboBox(this)), m_role(new QLineEdit(this)), m_url(new QLineEdit(this)),
      m_openUrl(new QPushButton(tr("Open"), this)), m_source(new QComboBox(this)), m_referrer(new PersonPicker(context.names, this)),
      m_event(new QComboBox(this)), m_stage(new QComboBox(this)), m_history(new StageHistoryField(this)),
      m_salaryMin(new QLineEdit(this)), m_salaryMax(new QLineEdit(this)), m_currency(new QComboBox(this)),
      m_location(new QLineEdit(this)), m_nextAction(new QLineEdit(this)), m_nextDate(new DateField(this)),
      m_rounds(new InterviewRoundsField(context.db, context.names, this)), m_notes(new QPlainTextEdit(this)),
      m_related(new RelatedList(context.navigator, this))
{
    m_company->setEditable(true);
    m_company->setInsertPolicy(QComboBox::NoInsert);
    m_company->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_company->completer()->setFilterMode(Qt::MatchContains);
    m_company->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_company->setToolTip(tr("Pick a company, or type a new name: it is added when you save"));
    m_role->setPlaceholderText(tr("e.g. Backend Engineer"));
    m_url->setPlaceholderText(tr("https://…"));
    m_openUrl->setToolTip(tr("Open the posting in your browser"));
    m_referrer->setPlaceholderText(tr("who referred you (type a name)"));
    for (const auto source : allValues<ApplicationSource>())
        m_source->addItem(label(source), int(source));
    for (const auto stage : allValues<ApplicationStage>())
        m_stage->addItem(label(stage), int(stage));
    m_stage->setToolTip(tr("Choosing another stage adds an entry dated today to the history"));
    m_salaryMin->setPlaceholderText(tr("min"));
    m_salaryMax->setPlaceholderText(tr("max"));
    m_salaryMin->setAccessibleName(tr("Minimum salary"));
    m_salaryMax->setAccessibleName(tr("Maximum salary"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF"),
                          QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("INR"), QStringLiteral("JPY"),
                          QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("PLN")});
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setMinimumContentsLength(4);
    m_nextAction->setPlaceholderText(tr("e.g. Send the portfolio"));
    m_nextDate->setAccessibleName(tr("Next action date"));
    m_notes->setTabChangesFocus(true);

    // Object names: stable handles for tests and accessibility tools.
    const std::pair<QWidget *, const char *> named[] = {
        {m_company, "company"}, {m_role, "role"}, {m_url, "url"}, {m_openUrl, "openUrl"}, {m_source, "source"},
        {m_referrer, "referrer"}, {m_event, "event"}, {m_stage, "stage"}, {m_history, "history"}, {m_salaryMin, "salaryMin"},
        {m_salaryMax, "salaryMax"}, {m_currency, "currency"}, {m_location, "location"}, {m_nextAction, "nextAction"},
        {m_nextDate, "nextDate"}, {m_rounds, "rounds"}, {m_notes, "notes"}};
    for (const auto &[widget, name] : named)
        widget->setObjectName(QLatin1String(name));

    auto row = [this](std::initializer_list<QWidget *> widgets, int stretchIndex) {
        auto *box = new QWidget(this);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        int i = 0;
        for (QWidget *w : widgets)
            layout->addWidget(w, i++ == stretchIndex ? 1 : 0);
        return box;
    };
    auto *dash = new QLabel(QStringLiteral("–"), this);
    addField(tr("Company *"), m_company, QStringLiteral("company"));
    addField(tr("Role *"), m_role, QStringLiteral("role"));
    addField(tr("Posting"), row({m_url, m_openUrl}, 0), QStringLiteral("url"));
    addField(tr("Source"), m_source, QStringLiteral("source"));
    addField(tr("Referrer"), m_referrer, QStringLiteral("referrer"));
    addField(tr("Event"), m_event, QStringLiteral("event"));
    addField(tr("Stage"), m_stage, QStringLiteral("stage"));
    addField(tr("History"), m_history, QStringLiteral("history"));
    addField(tr("Salary"), row({m_salaryMin, dash, m_salaryMax, m_currency}, -1), QStringLiteral("salary"));
    addField(tr("Location"), m_location, QStringLiteral("location"));
    addField(tr("Next action"), row({m_nextAction, m_nextDate}, 0), QStringLiteral("next_action"));
    addField(tr("Interview rounds"), m_rounds, QStringLiteral("rounds"));
    addField(tr("Notes"), m_notes, QStringLiteral("notes"));
    for (QWidget *input : std::initializer_list<QWidget *>{m_url, m_salaryMin, m_salaryMax, m_currency, m_nextAction, m_nextDate})
        watch(input);
    extras()->addWidget(m_related);

    auto markDirty = [this] {
        if (!m_loading)
            setDirty(true);
    };
    connect(m_rounds, &InterviewRoundsField::changed, this, markDirty);
    connect(m_history, &StageHistoryField::changed, this, &ApplicationEditor::onHistoryChanged);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &ApplicationEditor::onStageChosen);
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &text) { m_openUrl->setEnabled(isValidWebUrl(text.trimmed())); });
    connect(m_openUrl, &QPushButton::clicked, this, [this] { openExternalLink(QUrl(m_url->text().trimmed())); });
    connect(&context.names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Company || entity == Entity::Event)
            fillChoices();
    });
    connect(context.db.notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
        // A move on the board, an undo: show what is stored now, unless the user is editing.
        if (recordId() <= 0 || m_saving)
            return;
        const bool removed = changes.ids(Entity::Application, ChangeKind::Removed).contains(recordId());
        const bool updated = changes.reset || changes.ids(Entity::Application, ChangeKind::Updated).contains(recordId());
        if (!removed && !updated)
            return;
        if (isDirty()) // never lose the user's edit; but a save now would undo the other change
            showBanner(removed ? tr("This application was deleted elsewhere; Ctrl+Z brings it back.")
                               : tr("This application was changed elsewhere; saving replaces that change. Revert shows it."),
                       true);
        else if (removed)
            startNew();
        else
            load(recordId());
    });
    fillChoices();
    startNew();
}

void ApplicationEditor::fillChoices()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString company = m_company->currentText();
    m_company->clear();
    m_company->addItem(QString());
    m_company->addItems(sortedNames(context().names.companies()));
    m_company->setCurrentText(company);

    const qint64 event = m_event->currentData().toLongLong();
    m_event->clear();
    m_event->addItem(tr("—"), qint64(0));
    QList<QPair<QString, qint64>> events;
    for (auto it = context().names.events().cbegin(); it != context().names.events().cend(); ++it)
        events.append({it.value(), it.key()});
    std::sort(events.begin(), events.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first, Qt::CaseInsensitive) < 0; });
    for (const auto &[name, id] : events)
        m_event->addItem(name, id);
    m_event->setCurrentIndex(qMax(0, m_event->findData(event)));
    m_loading = wasLoading;
}

void ApplicationEditor::startNew()
{
    JobApplication blank;
    blank.salaryCurrency = homeCurrency();
    m_original = blank;
    setRecordId(0);
    fill(blank);
    m_loading = true;
    m_history->startWith(ApplicationStage::Saved, context().clock.today());
    m_loading = false;
    setHeading(tr("New application"));
    m_related->clear();
    setDirty(false);
    m_company->setFocus();
}

void ApplicationEditor::load(qint64 id)
{
    auto application = ApplicationStore(context().db, context().clock).get(ApplicationId(id));
    clearErrors();
    if (!application) {
        showBanner(application.error().toString(), true);
        return;
    }
    m_original = *application;
    setRecordId(id);
    fill(*application);
    setHeading(tr("%1 at %2").arg(application->role, context().names.company(application->company.value)));
    showRelated(*application);
    setDirty(false);
}

void ApplicationEditor::fill(const JobApplication &a)
{
    m_loading = true;
    const QLocale locale;
    m_company->setCurrentText(context().names.company(a.company.value));
    m_role->setText(a.role);
    m_url->setText(a.postingUrl);
    m_url->setCursorPosition(0); // show where a long address starts
    m_openUrl->setEnabled(isValidWebUrl(a.postingUrl));
    m_source->setCurrentIndex(m_source->findData(int(a.source)));
    m_referrer->setContact(a.referrer.value);
    m_event->setCurrentIndex(qMax(0, m_event->findData(a.event.value)));
    m_stage->setCurrentIndex(m_stage->findData(int(a.stage)));
    m_history->setHistory(a.history);
    m_salaryMin->setText(a.salaryMin ? locale.toString(*a.salaryMin) : QString());
    m_salaryMax->setText(a.salaryMax ? locale.toString(*a.salaryMax) : QString());
    m_currency->setCurrentText(a.salaryCurrency);
    m_location->setText(a.location);
    m_nextAction->setText(a.nextAction);
    m_nextAction->setCursorPosition(0);
    m_nextDate->setDate(a.nextActionDate);
    m_rounds->setRounds(a.rounds);
    m_notes->setPlainText(a.notes);
    m_loading = false;
}

void ApplicationEditor::onStageChosen()
{
    if (m_loading)
        return;
    m_history->chooseStage(static_cast<ApplicationStage>(m_stage->currentData().toInt()), context().clock.today());
}

void ApplicationEditor::onHistoryChanged()
{
    // The stage is the last entry of the history: removing entries can change it.
    const bool wasLoading = m_loading;
    m_loading = true;
    m_stage->setCurrentIndex(m_stage->findData(int(m_history->currentStage())));
    m_loading = wasLoading;
    if (!m_loading)
        setDirty(true);
}

JobApplication ApplicationEditor::formApplication(QList<Error> &errors) const
{
    JobApplication a = m_original;
    a.role = m_role->text().simplified();
    a.postingUrl = m_url->text().trimmed();
    a.source = static_cast<ApplicationSource>(m_source->currentData().toInt());
    if (auto referrer = m_referrer->resolve(context().db, QStringLiteral("referrer")))
        a.referrer = *referrer;
    else
        errors << referrer.error();
    a.event = EventId(m_event->currentData().toLongLong());
    a.history = m_history->history(errors);
    a.stage = m_history->currentStage();
    a.salaryMin = a.salaryMax = std::nullopt;
    if (auto min = parseAmount(m_salaryMin->text()))
        a.salaryMin = *min;
    else
        errors << min.error();
    if (auto max = parseAmount(m_salaryMax->text()))
        a.salaryMax = *max;
    else
        errors << max.error();
    a.salaryCurrency = m_currency->currentText().trimmed().toUpper();
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (!a.salaryCurrency.isEmpty() && !currencyCode.match(a.salaryCurrency).hasMatch())
        errors << Error::invalid(QStringLiteral("salary"), tr("“%1” is not a currency code (three letters, e.g. EUR)").arg(a.salaryCurrency));
    a.location = m_location->text().trimmed();
    a.nextAction = m_nextAction->text().trimmed();
    if (m_nextDate->hasBadText())
        errors << Error::invalid(QStringLiteral("next_action"), tr("“%1” is not a date that exists (YYYY-MM-DD)").arg(m_nextDate->text()));
    a.nextActionDate = m_nextDate->date();
    a.rounds = m_rounds->rounds(errors);
    a.notes = m_notes->toPlainText();
    return a;
}

Result<qint64> ApplicationEditor::saveRecord()
{
    QList<Error> errors;
    JobApplication a = formApplication(errors);
    const QString companyName = m_company->currentText().simplified();
    if (companyName.isEmpty())
        errors << Error::invalid(QStringLiteral("company"), tr("is required"));
    // The company may only exist once the save creates it: validate the rest with a stand-in.
    JobApplication check = a;
    check.company = CompanyId(1);
    errors << validate(check);
    if (!errors.isEmpty())
        return invalid(errors);

    const bool isNew = recordId() == 0;
    ApplicationId saved;
    const QString text = isNew ? tr("Add %1 at %2").arg(a.role, companyName) : tr("Edit %1 at %2").arg(a.role, companyName);
    const QScopedValueRollback saving(m_saving, true);
    Status status = writer().write(text, [&]() -> Status {
        auto company = CompanyStore(context().db, context().clock).findOrCreate(companyName);
        if (!company)
            return Error{company.error().code, company.error().message, QStringLiteral("company"), {}};
        a.company = *company;
        ApplicationStore applications(context().db, context().clock);
        if (isNew) {
            auto id = applications.insert(a);
            if (!id)
                return id.error();
            saved = *id;
            return {};
        }
        saved = a.id;
        return applications.update(a);
    });
    if (!status)
        return status.error();
    load(saved.value);
    return saved.value;
}

void ApplicationEditor::showRelated(const JobApplication &a)
{
    Database &db = context().db;
    const NameDirectory &names = context().names;
    const QLocale locale;
    auto link = [](Entity entity, qint64 id, const QString &text) { return linkHtml(Navigator::urlFor(entity, id).toString(), text); };
    m_related->clear();

    QStringList about;
    if (a.company.isValid())
        about << tr("At %1").arg(link(Entity::Company, a.company.value, names.company(a.company.value)));
    if (a.referrer.isValid())
        about << tr("Referred by %1").arg(link(Entity::Contact, a.referrer.value, names.contact(a.referrer.value)));
    if (a.event.isValid())
        about << tr("From %1").arg(link(Entity::Event, a.event.value, names.event(a.event.value)));
    if (isValidWebUrl(a.postingUrl))
        about << tr("Posting: %1").arg(linkHtml(a.postingUrl, a.postingUrl));
    m_related->addSection(tr("About"), about);

    QStringList interviewers;
    QList<qint64> seen;
    for (const auto &round : a.rounds)
        for (const ContactId person : round.interviewers)
            if (!seen.contains(person.value)) {
                seen << person.value;
                interviewers << tr("%1 (%2)").arg(link(Entity::Contact, person.value, names.contact(person.value)),
                                                  round.name.toHtmlEscaped());
            }
    m_related->addSection(tr("Interviewers"), interviewers);

    QStringList conversations;
    for (const auto &conversation : ConversationStore(db).list({.application = a.id}))
        conversations << link(Entity::Conversation, conversation.id.value,
                              tr("%1 · %2").arg(locale.toString(conversation.when.toLocalTime().date(), QLocale::ShortFormat),
                                                label(conversation.kind)));
    m_related->addSection(tr("Conversations"), conversations, tr("None yet"));

    QStringList followUps;
    for (const auto &followUp : FollowUpStore(db).list({.application = a.id}))
        followUps << link(Entity::FollowUp, followUp.id.value,
                          tr("%1 %2 · due %3").arg(followUp.isDone() ? QStringLiteral("✓") : QStringLiteral("○"), followUp.title,
                                                   locale.toString(followUp.due, QLocale::ShortFormat)));
    m_related->addSection(tr("Follow-ups"), followUps, tr("None yet"));
    m_related->finish();
}

} // namespace foothold

#include "ui/editors/ContactEditor.h"

#include "core/domain/Validation.h"
#include "core/services/NameResolver.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/InterviewStore.h"
#include "core/storage/TagStore.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/ExternalLinks.h"
#include "ui/widgets/Inputs.h"
#include "ui/editors/ContactLinksField.h"
#include "ui/widgets/RelatedList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace foothold {
namespace {

template <typename E>
void fillEnumCombo(QComboBox *combo)
{
    for (const auto value : allValues<E>())
        combo->addItem(label(value), int(value));
}

QString urlType(const QString &url)
{
    const QString lower = url.toLower();
    if (lower.contains(QLatin1String("linkedin.com")))
        return QStringLiteral("linkedin");
    if (lower.contains(QLatin1String("github.com")))
        return QStringLiteral("github");
    return QStringLiteral("website");
}

// Keeps the types of values the user did not change (an imported "work" e-mail stays "work").
TypedValues typedFromLines(const QStringList &lines, const TypedValues &before, const std::function<QString(const QString &)> &typeOf)
{
    TypedValues out;
    for (const QString &line : lines) {
        auto it = std::find_if(before.cbegin(), before.cend(), [&](const TypedValue &v) { return v.value == line; });
        out.append({line, it != before.cend() ? it->type : (typeOf ? typeOf(line) : QString())});
    }
    return out;
}

QStringList valuesOf(const TypedValues &values)
{
    QStringList out;
    for (const auto &v : values)
        out << v.value;
    return out;
}

} // namespace

ContactEditor::ContactEditor(UiContext &context, QWidget *parent)
    : RecordEditor(context, parent), m_name(new QLineEdit(this)), m_headline(new QLineEdit(this)), m_company(new QComboBox(this)),
      m_emails(new LinesField(this)), m_phones(new LinesField(this)), m_urls(new LinesField(this)), m_location(new QLineEdit(this)),
      m_channel(new QComboBox(this)), m_metAt(new QComboBox(this)), m_introducedBy(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_connected(new DateField(this)), m_tags(new QLineEdit(this)), m_cadence(new QSpinBox(this)), m_hasStrength(new QCheckBox(tr("Set by hand"), this)),
      m_strength(new QDoubleSpinBox(this)), m_prospect(new QCheckBox(tr("I know of them but have not met"), this)),
      m_notes(new QPlainTextEdit(this)), m_related(new RelatedList(context.navigator, this)),
      m_links(new ContactLinksField(context, this))
{
    m_company->setEditable(true);
    m_company->setInsertPolicy(QComboBox::NoInsert);
    // Sized by a length, not by measuring every item: with thousands of companies and events,
    // measuring them all took a tenth of a second at start.
    for (QComboBox *combo : {m_company, m_metAt}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_company->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_company->completer()->setFilterMode(Qt::MatchContains);
    m_company->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_emails->setPlaceholderText(tr("one e-mail per line"));
    m_phones->setPlaceholderText(tr("one number per line"));
    m_urls->setPlaceholderText(tr("https://www.linkedin.com/in/…, one link per line"));
    m_introducedBy->setPlaceholderText(tr("name or id of the contact who introduced you"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. rust, mentor"));
    m_cadence->setRange(0, 3650);
    m_cadence->setSuffix(tr(" days"));
    m_cadence->setSpecialValueText(tr("default"));
    m_strength->setRange(0.0, 1.0);
    m_strength->setSingleStep(0.05);
    m_strength->setDecimals(2);
    m_notes->setTabChangesFocus(true);
    fillEnumCombo<Channel>(m_channel);
    fillEnumCombo<ContactRole>(m_role);

    addField(tr("Name *"), m_name, QStringLiteral("name"));
    addField(tr("Title"), m_headline, QStringLiteral("headline"));
    addField(tr("Company"), m_company, QStringLiteral("company"));
    addField(tr("E-mails"), m_emails, QStringLiteral("email"));
    addField(tr("Phones"), m_phones, QStringLiteral("phone"));
    addField(tr("Links"), m_urls, QStringLiteral("url"));
    addField(tr("Location"), m_location, QStringLiteral("location"));
    addField(tr("Met via"), m_channel, QStringLiteral("channel"));
    addField(tr("Met at"), m_metAt, QStringLiteral("met-at"));
    addField(tr("Introduced by"), m_introducedBy, QStringLiteral("introduced_by"));
    addField(tr("Role"), m_role, QStringLiteral("role"));
    addField(tr("Connected on"), m_connected, QStringLiteral("connected"));
    addField(tr("Tags"), m_tags, QStringLiteral("tags"));
    addField(tr("Keep in touch every"), m_cadence, QStringLiteral("cadence"));
    auto *strengthRow = new QWidget(this);
    auto *strengthLayout = new QHBoxLayout(strengthRow);
    strengthLayout->setContentsMargins(0, 0, 0, 0);
    strengthLayout->addWidget(m_hasStrength);
    strengthLayout->addWidget(m_strength);
    strengthLayout->addStretch();
    addField(tr("Tie strength"), strengthRow, QStringLiteral("strength"));
    watch(m_hasStrength);
    watch(m_strength);
    addField(QString(), m_prospect, QStringLiteral("prospect"));
    addField(tr("Notes"), m_notes, QStringLiteral("notes"));
    extras()->addWidget(m_links);
    extras()->addWidget(m_related);
    connect(m_hasStrength, &QCheckBox::toggled, m_strength, &QWidget::setEnabled);
    connect(&context.names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Company || entity == Entity::Event)
            fillChoices();
    });
    fillChoices();
    startNew();
}

void ContactEditor::fillChoices()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString company = m_company->currentText();
    QStringList companies = context().names.companies().values();
    std::sort(companies.begin(), companies.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    m_company->clear();
    m_company->addItem(QString());
    m_company->addItems(companies);
    m_company->setCurrentText(company);

    const qint64 event = m_metAt->currentData().toLongLong();
    m_metAt->clear();
    m_metAt->addItem(tr("—"), qint64(0));
    QList<QPair<QString, qint64>> events;
    for (auto it = context().names.events().cbegin(); it != context().names.events().cend(); ++it)
        events.append({it.value(), it.key()});
    std::sort(events.begin(), events.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first, Qt::CaseInsensitive) < 0; });
    for (const auto &[name, id] : events)
        m_metAt->addItem(name, id);
    m_metAt->setCurrentIndex(qMax(0, m_metAt->findData(event)));
    m_loading = wasLoading;
}

void ContactEditor::startNew()
{
    Contact blank;
    blank.connectedOn = context().clock.today();
    m_original = blank;
    setRecordId(0);
    fill(blank);
    setHeading(tr("New contact"));
    m_related->clear();
    m_links->setContact({});
    setDirty(false);
    m_name->setFocus();
}

void ContactEditor::load(qint64 id)
{
    auto contact = ContactStore(context().db, context().clock).get(ContactId(id));
    clearErrors();
    if (!contact) {
        showBanner(contact.error().toString(), true);
        return;
    }
    m_original = *contact;
    setRecordId(id);
    fill(*contact);
    setHeading(contact->name);
    showRelated(*contact);
    m_links->setContact(ContactId(id));
    setDirty(false);
}

void ContactEditor::fill(const Contact &c)
{
    m_loading = true;
    m_name->setText(c.name);
    m_headline->setText(c.headline);
    m_company->setCurrentText(context().names.company(c.company.value));
    m_emails->setLines(valuesOf(c.emails));
    m_phones->setLines(valuesOf(c.phones));
    m_urls->setLines(valuesOf(c.urls));
    m_location->setText(c.location);
    m_channel->setCurrentIndex(m_channel->findData(int(c.channel)));
    m_metAt->setCurrentIndex(qMax(0, m_metAt->findData(c.metAt.value)));
    m_introducedBy->setText(c.introducedBy.isValid() ? context().names.contact(c.introducedBy.value) : QString());
    m_role->setCurrentIndex(m_role->findData(int(c.role)));
    m_connected->setDate(c.connectedOn);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_cadence->setValue(c.cadenceDays);
    m_hasStrength->setChecked(c.strengthOverride.has_value());
    m_strength->setEnabled(c.strengthOverride.has_value());
    m_strength->setValue(c.strengthOverride.value_or(0.5));
    m_prospect->setChecked(c.prospect);
    m_notes->setPlainText(c.notes);
    m_loading = false;
}

Result<Contact> ContactEditor::formContact(QList<Error> &errors) const
{
    Contact c = m_original;
    c.name = m_name->text().simplified();
    c.headline = m_headline->text().trimmed();
    c.emails = typedFromLines(m_emails->lines(), m_original.emails, {});
    c.phones = typedFromLines(m_phones->lines(), m_original.phones, {});
    c.urls = typedFromLines(m_urls->lines(), m_original.urls, urlType);
    c.location = m_location->text().trimmed();
    c.channel = static_cast<Channel>(m_channel->currentData().toInt());
    c.metAt = EventId(m_metAt->currentData().toLongLong());
    c.role = static_cast<ContactRole>(m_role->currentData().toInt());
    if (m_connected->hasBadText())
        errors << Error::invalid(QStringLiteral("connected"), tr("“%1” is not a date that exists (YYYY-MM-DD)").arg(m_connected->text()));
    c.connectedOn = m_connected->date();
    c.tags = cleanTags(m_tags->text().split(QLatin1Char(',')));
    c.cadenceDays = m_cadence->value();
    c.strengthOverride = m_hasStrength->isChecked() ? std::optional<double>(m_strength->value()) : std::nullopt;
    c.prospect = m_prospect->isChecked();
    c.notes = m_notes->toPlainText();
    const QString introducer = m_introducedBy->text().trimmed();
    c.introducedBy = {};
    if (!introducer.isEmpty()) {
        auto id = NameResolver(context().db).contact(introducer, QStringLiteral("introduced_by"));
        if (id)
            c.introducedBy = *id;
        else
            errors << id.error();
    }
    errors << validate(c);
    return c;
}

Result<qint64> ContactEditor::saveRecord()
{
    QList<Error> errors;
    auto contact = formContact(errors);
    if (!errors.isEmpty())
        return invalid(errors);
    Contact c = *contact;
    const QString companyName = m_company->currentText().simplified();
    const bool isNew = recordId() == 0;
    ContactId saved;
    Status status = writer().write(isNew ? tr("Add %1").arg(c.name) : tr("Edit %1").arg(c.name), [&]() -> Status {
        c.company = {};
        if (!companyName.isEmpty()) {
            auto company = CompanyStore(context().db, context().clock).findOrCreate(companyName);
            if (!company)
                return Error{company.error().code, company.error().message, QStringLiteral("company"), {}};
            c.company = *company;
        }
        ContactStore contacts(context().db, context().clock);
        if (isNew) {
            auto id = contacts.insert(c);
            if (!id)
                return id.error();
            saved = *id;
            return {};
        }
        saved = c.id;
        return contacts.update(c);
    });
    if (!status)
        return status.error();
    m_original = ContactStore(context().db, context().clock).get(saved).value_or(c);
    setHeading(m_original.name);
    showRelated(m_original);
    return saved.value;
}

void ContactEditor::showRelated(const Contact &c)
{
    Database &db = context().db;
    const QLocale locale;
    m_related->clear();
    QStringList about;
    if (c.company.isValid())
        about << tr("Works at %1").arg(linkHtml(Navigator::urlFor(Entity::Company, c.company.value).toString(),
                                                context().names.company(c.company.value)));
    if (c.introducedBy.isValid())
        about << tr("Introduced by %1").arg(linkHtml(Navigator::urlFor(Entity::Contact, c.introducedBy.value).toString(),
                                                     context().names.contact(c.introducedBy.value)));
    if (c.metAt.isValid())
        about << tr("Met at %1").arg(linkHtml(Navigator::urlFor(Entity::Event, c.metAt.value).toString(), context().names.event(c.metAt.value)));
    for (const auto &email : c.emails)
        about << linkHtml(QStringLiteral("mailto:") + email.value, email.value);
    for (const auto &url : c.urls)
        if (isValidWebUrl(url.value))
            about << linkHtml(url.value, url.value);
    for (const auto &position : c.history)
        about << tr("Earlier: %1 at %2").arg(position.title.toHtmlEscaped(), position.companyName.toHtmlEscaped());
    m_related->addSection(tr("About"), about);

    QStringList conversations;
    for (const auto &conversation : ConversationStore(db).list({.contact = c.id})) {
        QString text = tr("%1 · %2").arg(locale.toString(conversation.when.toLocalTime().date(), QLocale::ShortFormat), label(conversation.kind));
        if (conversation.talk.myShare)
            text += tr(" · I spoke %1%").arg(qRound(*conversation.talk.myShare * 100));
        conversations << linkHtml(Navigator::urlFor(Entity::Conversation, conversation.id.value).toString(), text);
    }
    m_related->addSection(tr("Conversations"), conversations, tr("None yet"));

    QStringList interviews;
    for (const auto &interview : InterviewStore(db).list({.contact = c.id}))
        interviews << linkHtml(Navigator::urlFor(Entity::InformationalInterview, interview.id.value).toString(),
                               tr("Informational interview · %1").arg(label(interview.stage)));
    m_related->addSection(tr("Informational interviews"), interviews);

    QStringList applications;
    for (const auto &application : ApplicationStore(db).list({.involving = c.id})) {
        QString role;
        if (application.referrer == c.id)
            role = tr("referred me");
        for (const auto &round : application.rounds)
            if (round.interviewers.contains(c.id))
                role = role.isEmpty() ? tr("interviewed me") : role + tr(", interviewed me");
        if (!role.isEmpty())
            applications << linkHtml(Navigator::urlFor(Entity::Application, application.id.value).toString(),
                                     tr("%1 at %2 (%3)").arg(application.role, context().names.company(application.company.value), role));
    }
    m_related->addSection(tr("Applications"), applications);

    QStringList followUps;
    for (const auto &followUp : FollowUpStore(db).list({.contact = c.id}))
        followUps << linkHtml(Navigator::urlFor(Entity::FollowUp, followUp.id.value).toString(),
                              tr("%1 %2 · due %3").arg(followUp.isDone() ? QStringLiteral("✓") : QStringLiteral("○"), followUp.title,
                                                       locale.toString(followUp.due, QLocale::ShortFormat)));
    m_related->addSection(tr("Follow-ups"), followUps);
    m_related->finish();
}

} // namespace foothold

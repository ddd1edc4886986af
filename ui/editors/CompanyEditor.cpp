#include "ui/editors/CompanyEditor.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/CompanySummaryStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/TagStore.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/ExternalLinks.h"
#include "ui/widgets/NotesField.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/RelatedList.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foothold {
namespace {

constexpr int kPeopleShown = 15; // the rest are a filter away on the Contacts page

QString link(Entity entity, qint64 id, const QString &text)
{
    return linkHtml(Navigator::urlFor(entity, id).toString(), text);
}

} // namespace

CompanyEditor::CompanyEditor(UiContext &context, QWidget *parent)
    : RecordEditor(context, parent), m_name(new QLineEdit(this)), m_aliases(new QLabel(this)), m_website(new QLineEdit(this)),
      m_openWebsite(new QPushButton(tr("Open"), this)), m_industry(new QLineEdit(this)), m_size(new QComboBox(this)),
      m_location(new QLineEdit(this)), m_stack(new QLineEdit(this)), m_culture(new NotesField(3, this)),
      m_priority(new QComboBox(this)), m_notes(new NotesField(4, this)), m_related(new RelatedList(context.navigator, this))
{
    // Object names let tests and accessibility tools find the inputs.
    for (auto [widget, name] : {std::pair<QWidget *, const char *>{m_name, "name"}, {m_website, "website"}, {m_industry, "industry"},
                                {m_size, "size"}, {m_location, "location"}, {m_stack, "stack"}, {m_culture, "culture"},
                                {m_priority, "priority"}, {m_notes, "notes"}, {m_aliases, "aliases"}, {m_openWebsite, "openWebsite"}})
        widget->setObjectName(QLatin1String(name));

    // The name, with the other spellings of it that imports and contacts used under it.
    auto *nameBox = new QWidget(this);
    auto *nameLayout = new QVBoxLayout(nameBox);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    nameLayout->setSpacing(2);
    nameLayout->addWidget(m_name);
    nameLayout->addWidget(m_aliases);
    nameBox->setFocusProxy(m_name);
    m_aliases->setWordWrap(true);
    m_aliases->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_aliases->setToolTip(tr("Other spellings of this company's name: a contact or import that uses one of them is "
                             "matched to this company"));

    auto *websiteBox = new QWidget(this);
    auto *websiteLayout = new QHBoxLayout(websiteBox);
    websiteLayout->setContentsMargins(0, 0, 0, 0);
    websiteLayout->addWidget(m_website, 1);
    websiteLayout->addWidget(m_openWebsite);
    websiteBox->setFocusProxy(m_website);
    m_website->setPlaceholderText(tr("https://…"));
    m_openWebsite->setToolTip(tr("Open the website in your browser"));
    m_openWebsite->setAutoDefault(false);

    m_industry->setPlaceholderText(tr("e.g. Fintech, Developer tools"));
    m_size->setEditable(true);
    m_size->setInsertPolicy(QComboBox::NoInsert);
    m_size->addItems({QString(), QStringLiteral("1-10"), QStringLiteral("11-50"), QStringLiteral("51-200"),
                      QStringLiteral("201-1,000"), QStringLiteral("1,000+")});
    m_size->setToolTip(tr("Number of employees; pick a range or type your own"));
    m_location->setPlaceholderText(tr("City, or Remote"));
    m_stack->setPlaceholderText(tr("comma-separated, e.g. Rust, Postgres, Kubernetes"));
    m_culture->setPlaceholderText(tr("Core values, how they work, what people say about it"));
    for (const auto priority : {CompanyPriority::None, CompanyPriority::High, CompanyPriority::Medium, CompanyPriority::Low})
        m_priority->addItem(label(priority), int(priority));
    m_priority->setToolTip(tr("How much you want to work here"));

    addField(tr("Name *"), nameBox, QStringLiteral("name"));
    watch(m_name);
    addField(tr("Website"), websiteBox, QStringLiteral("website"));
    watch(m_website);
    addField(tr("Industry"), m_industry, QStringLiteral("industry"));
    addField(tr("Size"), m_size, QStringLiteral("size"));
    addField(tr("Location"), m_location, QStringLiteral("location"));
    addField(tr("Tech stack"), m_stack, QStringLiteral("stack"));
    addField(tr("Target priority"), m_priority, QStringLiteral("priority"));
    addField(tr("Culture"), m_culture, QStringLiteral("culture"));
    addField(tr("Notes"), m_notes, QStringLiteral("notes"));
    extras()->addWidget(m_related);

    connect(m_website, &QLineEdit::textChanged, this, &CompanyEditor::updateOpenButton);
    connect(m_openWebsite, &QPushButton::clicked, this, [this] {
        // Only http(s) addresses open, through the one safe helper.
        openExternalLink(QUrl(m_website->text().trimmed()));
    });
    connect(&context.names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        // Names of people, events and this company appear in the related records.
        if (recordId() > 0 && !isDirty() && entity != Entity::Company)
            showRelated(m_original);
    });
    // An undo or redo, or another window, changed the record on screen: show it as it is now
    // (unless the user is editing it: their edit wins, and saving it is their choice).
    connect(context.db.notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
        const qint64 id = recordId();
        if (id <= 0 || isDirty())
            return;
        if (changes.ids(Entity::Company, ChangeKind::Removed).contains(id))
            startNew();
        else if (changes.reset || changes.ids(Entity::Company, ChangeKind::Updated).contains(id)
                 || changes.ids(Entity::Company, ChangeKind::Inserted).contains(id))
            load(id);
    });
    startNew();
}

void CompanyEditor::startNew()
{
    m_original = Company{};
    setRecordId(0);
    clearErrors();
    fill(m_original);
    setHeading(tr("New company"));
    m_related->clear();
    setDirty(false);
    m_name->setFocus();
}

void CompanyEditor::load(qint64 id)
{
    auto company = CompanyStore(context().db, context().clock).get(CompanyId(id));
    clearErrors();
    if (!company) {
        showBanner(company.error().toString(), true);
        return;
    }
    m_original = *company;
    setRecordId(id);
    fill(*company);
    setHeading(company->name);
    showRelated(*company);
    setDirty(false);
}

void CompanyEditor::showNotice(const QString &message)
{
    showBanner(message, true);
}

void CompanyEditor::fill(const Company &c)
{
    m_loading = true;
    m_name->setText(c.name);
    showAliases(c.aliases);
    m_website->setText(c.website);
    m_website->setCursorPosition(0); // the start of a long address says more than its end
    m_industry->setText(c.industry);
    m_size->setCurrentText(c.size);
    m_location->setText(c.location);
    m_stack->setText(c.techStack.join(QStringLiteral(", ")));
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(int(c.priority))));
    m_culture->setPlainText(c.culture);
    m_notes->setPlainText(c.notes);
    m_loading = false;
    updateOpenButton();
}

void CompanyEditor::showAliases(const QStringList &aliases)
{
    m_aliases->setVisible(!aliases.isEmpty());
    m_aliases->setText(tr("Also written: %1").arg(aliases.join(QStringLiteral(" · "))));
    m_aliases->setStyleSheet(QStringLiteral("color: %1;").arg(mutedTextColor(palette()).name()));
}

void CompanyEditor::updateOpenButton()
{
    m_openWebsite->setEnabled(isValidWebUrl(m_website->text().trimmed()));
}

Company CompanyEditor::formCompany() const
{
    Company c = m_original;
    c.name = m_name->text().simplified();
    c.website = m_website->text().trimmed();
    c.industry = m_industry->text().simplified();
    c.size = m_size->currentText().simplified();
    c.location = m_location->text().simplified();
    c.techStack = cleanTags(m_stack->text().split(QLatin1Char(',')));
    c.priority = static_cast<CompanyPriority>(m_priority->currentData().toInt());
    c.culture = m_culture->toPlainText();
    c.notes = m_notes->toPlainText();
    // A renamed company keeps answering to its old name: contacts and imports that spell it the
    // old way still find it. (The new aliases are shown once saved.)
    if (c.id.isValid() && !m_original.name.isEmpty() && c.name != m_original.name
        && !c.aliases.contains(m_original.name, Qt::CaseInsensitive))
        c.aliases << m_original.name;
    c.aliases.removeIf([&](const QString &alias) { return alias.compare(c.name, Qt::CaseInsensitive) == 0; });
    return c;
}

Result<qint64> CompanyEditor::saveRecord()
{
    Company c = formCompany();
    if (const auto errors = validate(c); !errors.isEmpty())
        return invalid(errors);
    const bool isNew = recordId() == 0;
    CompanyId saved;
    Status status = writer().write(isNew ? tr("Add %1").arg(c.name) : tr("Edit %1").arg(c.name), [&]() -> Status {
        CompanyStore companies(context().db, context().clock);
        if (isNew) {
            auto id = companies.insert(c);
            if (!id)
                return id.error();
            saved = *id;
            return {};
        }
        saved = c.id;
        return companies.update(c);
    });
    if (!status) {
        // "Another company is already called …" belongs at the name.
        if (status.error().field == QLatin1String("name"))
            return invalid({status.error()});
        return status.error();
    }
    m_original = CompanyStore(context().db, context().clock).get(saved).value_or(c);
    fill(m_original);
    setHeading(m_original.name);
    showRelated(m_original);
    return saved.value;
}

void CompanyEditor::showRelated(const Company &c)
{
    Database &db = context().db;
    const NameDirectory &names = context().names;
    const QLocale locale;
    m_related->clear();

    QStringList about;
    if (isValidWebUrl(c.website))
        about << linkHtml(c.website, c.website);
    if (!c.techStack.isEmpty())
        about << tr("Stack: %1").arg(c.techStack.join(QStringLiteral(", ")).toHtmlEscaped());
    m_related->addSection(tr("About"), about);

    QStringList applications;
    for (const auto &application : ApplicationStore(db, context().clock).list({.company = c.id}))
        applications << link(Entity::Application, application.id.value, tr("%1 · %2").arg(application.role, label(application.stage)));
    m_related->addSection(tr("Applications"), applications, tr("None yet"));

    QStringList events;
    for (const auto &appearance : CompanySummaryStore(db).events(c.id))
        events << link(Entity::Event, appearance.event.value,
                       tr("%1 · %2 · %3")
                           .arg(names.event(appearance.event.value), label(appearance.role),
                                locale.toString(appearance.start.toLocalTime().date(), QLocale::ShortFormat)));
    m_related->addSection(tr("Events"), events);
    const auto summary = CompanySummaryStore(db).summaries({c.id});
    const CompanyCounts counts = summary.isEmpty() ? CompanyCounts{} : summary.first().counts;
    QStringList people;
    for (const auto &contact : ContactStore(db, context().clock).list({.company = c.id, .limit = kPeopleShown})) {
        QString text = contact.headline.isEmpty() ? contact.name : tr("%1 · %2").arg(contact.name, contact.headline);
        if (contact.prospect)
            text += tr(" (not met yet)");
        people << link(Entity::Contact, contact.id.value, text);
    }
    if (counts.people > people.size())
        people << tr("… and %n more on the Contacts page", nullptr, counts.people - int(people.size())).toHtmlEscaped();
    m_related->addSection(counts.people > 0 ? tr("People here (%L1)").arg(counts.people) : tr("People here"), people,
                          tr("Nobody you know works here yet"));

    QStringList former;
    for (const auto &past : CompanySummaryStore(db).formerEmployees(c.id)) {
        QString text = names.contact(past.contact.value);
        if (!past.title.isEmpty())
            text = tr("%1 · was %2").arg(text, past.title);
        if (past.to.isValid())
            text += tr(" (until %1)").arg(locale.toString(past.to, QLocale::ShortFormat));
        former << link(Entity::Contact, past.contact.value, text);
    }
    m_related->addSection(tr("Worked here before"), former);

    m_related->finish();
}

} // namespace foothold

#include "ui/editors/EventEditor.h"

#include "core/domain/AllDay.h"
#include "core/domain/TimeInput.h"
#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/services/EventFollowUps.h"
#include "core/services/NameResolver.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/TagStore.h"
#include "core/util/Settings.h"
#include "ui/editors/CostTable.h"
#include "ui/editors/EventRelated.h"
#include "ui/editors/PickedRecordList.h"
#include "ui/models/EventTime.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/ExternalLinks.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/NotesField.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/RelatedList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace foothold {
namespace {

template <typename E>
QList<QPair<QString, int>> roleChoices()
{
    QList<QPair<QString, int>> out;
    for (const auto value : allValues<E>())
        out.append({label(value), int(value)});
    return out;
}

const QRegularExpression &dateAndTime()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2})?)$)"));
    return pattern;
}

} // namespace

EventEditor::EventEditor(UiContext &context, QWidget *parent)
    : RecordEditor(context, parent), m_name(new QLineEdit(this)), m_kind(new QComboBox(this)), m_status(new QComboBox(this)),
      m_start(new QLineEdit(this)), m_startLocal(new QLabel(this)), m_end(new QLineEdit(this)), m_endLocal(new QLabel(this)),
      m_zone(new QComboBox(this)), m_allDay(new QCheckBox(tr("All day (dates without times)"), this)),
      m_location(new QLineEdit(this)), m_url(new QLineEdit(this)), m_openUrl(new QPushButton(tr("Open"), this)),
      m_goals(new NotesField(2, this)), m_goalContacts(new QSpinBox(this)), m_goalConversations(new QSpinBox(this)),
      m_goalInterviews(new QSpinBox(this)), m_outcome(new NotesField(2, this)), m_tags(new QLineEdit(this)),
      m_costs(new CostTable(this)), m_followUps(new QCheckBox(tr("Remind me to follow up with people I meet"), this)),
      m_notes(new NotesField(4, this)), m_related(new RelatedList(context.navigator, this))
{
    Database &db = context.db;
    const NameDirectory &names = context.names;
    m_companies = new PickedRecordList(
        roleChoices<EventCompanyRole>(),
        [&names] {
            QList<PickedRecordList::Choice> out;
            for (auto it = names.companies().cbegin(); it != names.companies().cend(); ++it)
                out.append({it.value(), it.key(), it.value()});
            return out;
        },
        [&db](const QString &text) -> Result<PickedRecordList::Item> {
            auto id = NameResolver(db).company(text, QStringLiteral("companies"));
            if (id)
                return PickedRecordList::Item{id->value, CompanyStore(db).get(*id).value_or(Company{}).name, 0};
            if (id.error().code == Error::Code::NotFound && !text.trimmed().isEmpty())
                return PickedRecordList::Item{0, text.simplified(), 0}; // a company new to Foothold
            return id.error();
        },
        this);
    m_companies->setPlaceholderText(tr("Add a company: type its name"));
    m_people = new PickedRecordList(
        roleChoices<EventPersonRole>(),
        [&names] {
            // Names are not unique: a second "Ben Iyer" is told apart by id.
            QHash<QString, int> seen;
            for (const QString &name : names.contacts())
                ++seen[name.toLower()];
            QList<PickedRecordList::Choice> out;
            for (auto it = names.contacts().cbegin(); it != names.contacts().cend(); ++it) {
                const bool twin = seen.value(it.value().toLower()) > 1;
                out.append({twin ? tr("%1 (#%2)").arg(it.value()).arg(it.key()) : it.value(), it.key(), it.value()});
            }
            return out;
        },
        [&db, &names](const QString &text) -> Result<PickedRecordList::Item> {
            auto id = NameResolver(db).contact(text, QStringLiteral("people"));
            if (!id)
                return id.error();
            return PickedRecordList::Item{id->value, names.contact(id->value), 0};
        },
        this);
    m_people->setPlaceholderText(tr("Add a person: type their name"));

    // Object names let tests and accessibility tools find the inputs.
    for (auto [widget, name] : {std::pair<QWidget *, const char *>{m_name, "name"}, {m_kind, "kind"}, {m_status, "status"},
                                {m_start, "start"}, {m_end, "end"}, {m_zone, "timeZone"}, {m_allDay, "allDay"},
                                {m_location, "location"}, {m_url, "url"}, {m_goals, "goals"}, {m_outcome, "outcome"},
                                {m_tags, "tags"}, {m_costs, "costs"}, {m_companies, "companies"}, {m_people, "people"},
                                {m_followUps, "followUps"}, {m_notes, "notes"}, {m_startLocal, "startLocal"},
                                {m_endLocal, "endLocal"}, {m_goalContacts, "goalContacts"}})
        widget->setObjectName(QLatin1String(name));
    for (const auto kind : allValues<EventKind>())
        m_kind->addItem(label(kind), int(kind));
    for (const auto status : allValues<EventStatus>())
        m_status->addItem(label(status), int(status));
    m_start->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
    m_end->setPlaceholderText(tr("YYYY-MM-DD HH:MM, or empty"));
    m_zone->setEditable(true);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zone->setMinimumContentsLength(14);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->addItem(QString());
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    m_zone->addItems(zones);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->lineEdit()->setPlaceholderText(tr("none: times float in your own zone"));
    m_zone->setToolTip(tr("The time zone the event is held in, e.g. Europe/Berlin; times above are in it"));
    m_location->setPlaceholderText(tr("Venue and city, or Online"));
    m_url->setPlaceholderText(tr("https://…"));
    m_openUrl->setToolTip(tr("Open the event's page in your browser"));
    m_openUrl->setAutoDefault(false);
    m_goals->setPlaceholderText(tr("Whom to meet, what to learn, what to ask for"));
    m_outcome->setPlaceholderText(tr("What it brought: people, leads, lessons"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. rust, frontend"));
    for (QSpinBox *spin : {m_goalContacts, m_goalConversations, m_goalInterviews}) {
        spin->setRange(0, 999);
        spin->setAccessibleName(tr("Goal"));
    }
    m_goalContacts->setToolTip(tr("New people to meet"));
    m_goalConversations->setToolTip(tr("Real conversations to have"));
    m_goalInterviews->setToolTip(tr("Informational interviews to ask for"));
    m_followUps->setToolTip(tr("Follow-up rules suggest a follow-up within 48 hours for every contact whose “Met at” is "
                               "this event"));
    m_costs->setHomeCurrency(homeCurrency());
    m_startLocal->hide();
    m_endLocal->hide();

    addField(tr("Name *"), m_name, QStringLiteral("name"));
    addField(tr("Kind"), m_kind, QStringLiteral("kind"));
    addField(tr("Status"), m_status, QStringLiteral("status"));
    addField(tr("Starts *"), timeBox(m_start, m_startLocal), QStringLiteral("start"));
    watch(m_start);
    addField(tr("Ends"), timeBox(m_end, m_endLocal), QStringLiteral("end"));
    watch(m_end);
    addField(tr("Time zone"), m_zone, QStringLiteral("tz"));
    addField(QString(), m_allDay, QStringLiteral("all-day"));
    addField(tr("Location"), m_location, QStringLiteral("location"));
    auto *urlBox = new QWidget(this);
    auto *urlLayout = new QHBoxLayout(urlBox);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->addWidget(m_url, 1);
    urlLayout->addWidget(m_openUrl);
    urlBox->setFocusProxy(m_url);
    addField(tr("Web page"), urlBox, QStringLiteral("url"));
    watch(m_url);
    addField(tr("Goals"), m_goals, QStringLiteral("goals-text"));
    auto *numbers = new QWidget(this);
    auto *numbersLayout = new QHBoxLayout(numbers);
    numbersLayout->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QSpinBox *> goalParts[] = {
        {tr("people"), m_goalContacts}, {tr("talks"), m_goalConversations}, {tr("interviews"), m_goalInterviews}};
    for (const auto &[text, spin] : goalParts) {
        numbersLayout->addWidget(spin);
        auto *caption = new QLabel(text, numbers);
        caption->setBuddy(spin);
        numbersLayout->addWidget(caption);
        watch(spin);
    }
    numbersLayout->addStretch();
    numbers->setFocusProxy(m_goalContacts);
    addField(tr("Aim for"), numbers, QStringLiteral("goals"));
    addField(tr("Outcome"), m_outcome, QStringLiteral("outcome"));
    addField(tr("Tags"), m_tags, QStringLiteral("tags"));
    addField(tr("Costs"), m_costs, QStringLiteral("costs"));
    FormField *companiesField = addField(tr("Companies expected"), m_companies, QStringLiteral("companies"));
    FormField *peopleField = addField(tr("People expected"), m_people, QStringLiteral("people"));
    addField(tr("Follow-ups"), m_followUps, QStringLiteral("followups"));
    addField(tr("Notes"), m_notes, QStringLiteral("notes"));
    extras()->addWidget(m_related);

    auto edited = [this] {
        updateTabOrder();
        if (!m_loading)
            setDirty(true);
    };
    connect(m_costs, &CostTable::changed, this, edited);
    connect(m_companies, &PickedRecordList::changed, this, edited);
    connect(m_people, &PickedRecordList::changed, this, edited);
    connect(m_companies, &PickedRecordList::problem, companiesField, &FormField::setError);
    connect(m_people, &PickedRecordList::problem, peopleField, &FormField::setError);
    connect(m_companies, &PickedRecordList::openRequested, this, [this](qint64 id) { navigator().open(Entity::Company, id); });
    connect(m_people, &PickedRecordList::openRequested, this, [this](qint64 id) { navigator().open(Entity::Contact, id); });
    connect(m_allDay, &QCheckBox::toggled, this, &EventEditor::allDayToggled);
    connect(m_start, &QLineEdit::textChanged, this, &EventEditor::updateLocalTimes);
    connect(m_end, &QLineEdit::textChanged, this, &EventEditor::updateLocalTimes);
    connect(m_zone, &QComboBox::currentTextChanged, this, &EventEditor::updateLocalTimes);
    connect(m_url, &QLineEdit::textChanged, this, &EventEditor::updateOpenButton);
    connect(m_openUrl, &QPushButton::clicked, this, [this] { openExternalLink(QUrl(m_url->text().trimmed())); });
    connect(&context.names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Company)
            m_companies->invalidateChoices();
        if (entity == Entity::Contact)
            m_people->invalidateChoices();
        if (recordId() > 0 && !isDirty())
            showRelated(m_original);
    });
    // An undo or redo, or another window, changed the record on screen: show it as it is now
    // (unless the user is editing it: their edit wins, and saving it is their choice).
    connect(context.db.notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
        const qint64 id = recordId();
        if (id <= 0 || isDirty())
            return;
        if (changes.ids(Entity::Event, ChangeKind::Removed).contains(id))
            startNew();
        else if (changes.reset || changes.ids(Entity::Event, ChangeKind::Updated).contains(id)
                 || changes.ids(Entity::Event, ChangeKind::Inserted).contains(id))
            load(id);
    });
    startNew();
}

QWidget *EventEditor::timeBox(QLineEdit *input, QLabel *hint)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(input);
    layout->addWidget(hint);
    box->setFocusProxy(input);
    return box;
}

void EventEditor::startNew()
{
    Event blank;
    blank.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!zoneFromName(blank.timeZone).isValid())
        blank.timeZone.clear();
    m_original = blank;
    setRecordId(0);
    clearErrors();
    fill(blank);
    setHeading(tr("New event"));
    m_related->clear();
    setDirty(false);
    m_name->setFocus();
}

void EventEditor::load(qint64 id)
{
    auto event = EventStore(context().db, context().clock).get(EventId(id));
    clearErrors();
    if (!event) {
        showBanner(event.error().toString(), true);
        return;
    }
    m_original = *event;
    setRecordId(id);
    fill(*event);
    setHeading(event->name);
    showRelated(*event);
    setDirty(false);
}

void EventEditor::fill(const Event &e)
{
    m_loading = true;
    m_name->setText(e.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(e.kind))));
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(e.status))));
    m_zone->setCurrentText(e.allDay ? QString() : e.timeZone); // an all-day event's dates are in no zone (AllDay.h)
    {
        const QSignalBlocker block(m_allDay); // the texts below are already in the right form
        m_allDay->setChecked(e.allDay);
    }
    m_start->setText(eventTimeInput(e, e.start));
    m_end->setText(eventTimeInput(e, e.end));
    m_location->setText(e.location);
    m_url->setText(e.url);
    m_url->setCursorPosition(0); // the start of a long address says more than its end
    m_goals->setPlainText(e.goals);
    m_goalContacts->setValue(e.goalContacts);
    m_goalConversations->setValue(e.goalConversations);
    m_goalInterviews->setValue(e.goalInterviews);
    m_outcome->setPlainText(e.outcome);
    m_tags->setText(e.tags.join(QStringLiteral(", ")));
    m_costs->setHomeCurrency(homeCurrency());
    m_costs->setCosts(e.costs);
    QList<PickedRecordList::Item> companies;
    for (const auto &company : e.companies)
        companies.append({company.company.value, context().names.company(company.company.value), int(company.role)});
    m_companies->setItems(companies);
    QList<PickedRecordList::Item> people;
    for (const auto &person : e.people)
        people.append({person.contact.value, context().names.contact(person.contact.value), int(person.role)});
    m_people->setItems(people);
    m_followUps->setChecked(e.followUpRules);
    m_notes->setPlainText(e.notes);
    m_loading = false;
    updateLocalTimes();
    updateOpenButton();
    updateTabOrder();
}

void EventEditor::updateTabOrder()
{
    QList<QWidget *> order{m_name,  m_kind,         m_status,       m_start,         m_end,
                           m_zone,  m_allDay,       m_location,     m_url,           m_openUrl,
                           m_goals, m_goalContacts, m_goalConversations, m_goalInterviews, m_outcome, m_tags};
    order << m_costs->tabWidgets() << m_companies->tabWidgets() << m_people->tabWidgets() << m_followUps << m_notes << m_related;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void EventEditor::allDayToggled(bool allDay)
{
    // Keep the typed times in the form the choice needs, visibly: no time for an all-day event, a
    // time of day (to adjust) for one that is not.
    const std::pair<QLineEdit *, QString> fields[] = {{m_start, QStringLiteral("09:00")}, {m_end, QStringLiteral("17:00")}};
    for (const auto &[edit, time] : fields) {
        const QString text = edit->text().trimmed();
        const auto match = dateAndTime().match(text);
        if (allDay && match.hasMatch())
            edit->setText(match.captured(1));
        else if (!allDay && QRegularExpression(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)")).match(text).hasMatch())
            edit->setText(text + QLatin1Char(' ') + time);
    }
}

void EventEditor::updateOpenButton()
{
    m_openUrl->setEnabled(isValidWebUrl(m_url->text().trimmed()));
}

void EventEditor::updateLocalTimes()
{
    // Beside a time in another zone, the same instant in the reader's own time.
    const QString zoneName = m_zone->currentText().trimmed();
    const QTimeZone zone = zoneName.isEmpty() ? QTimeZone() : zoneFromName(zoneName);
    const QTimeZone mine = QTimeZone::systemTimeZone();
    const QString colour = mutedTextColor(palette()).name();
    for (const auto &[edit, hint] : {std::pair{m_start, m_startLocal}, std::pair{m_end, m_endLocal}}) {
        hint->hide();
        if (!zone.isValid() || m_allDay->isChecked())
            continue;
        auto parsed = parseTimeInput(edit->text(), QString(), zoneName);
        if (!parsed || parsed->dateOnly || zone.offsetFromUtc(parsed->utc) == mine.offsetFromUtc(parsed->utc))
            continue;
        const QDateTime local = parsed->utc.toTimeZone(mine);
        hint->setText(tr("Your time: %1").arg(shortDateTimeText(local)));
        hint->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
        hint->show();
    }
}

void EventEditor::readTimes(Event &e, QList<Error> &errors) const
{
    const QString zoneName = m_zone->currentText().trimmed();
    e.timeZone = zoneName;
    QString zoneForParsing = zoneName;
    if (!zoneName.isEmpty() && !zoneFromName(zoneName).isValid()) {
        errors << Error::invalid(QStringLiteral("tz"), tr("“%1” is not a time zone; pick one such as Europe/Berlin").arg(zoneName));
        zoneForParsing.clear(); // still check the times' form
    }
    e.allDay = m_allDay->isChecked();
    const QString startText = m_start->text().trimmed();
    e.start = {};
    if (startText.isEmpty()) {
        errors << Error::invalid(QStringLiteral("start"), tr("is required"));
    } else if (auto start = parseTimeInput(startText, QStringLiteral("start"), zoneForParsing); !start) {
        errors << start.error();
    } else if (e.allDay && !start->dateOnly) {
        errors << Error::invalid(QStringLiteral("start"), tr("an all-day event takes a date only (YYYY-MM-DD)"));
    } else if (!e.allDay && start->dateOnly) {
        errors << Error::invalid(QStringLiteral("start"), tr("add the time (YYYY-MM-DD HH:MM), or tick All day"));
    } else {
        e.start = start->utc;
        if (e.allDay)
            setAllDay(e, start->date); // its dates, the same on every machine (AllDay.h)
    }
    const QString endText = m_end->text().trimmed();
    e.end = {};
    if (endText.isEmpty())
        return;
    // An all-day event's last date means "through that day".
    auto end = parseTimeInput(endText, QStringLiteral("end"), zoneForParsing, QTime(23, 59, 59));
    if (!end)
        errors << end.error();
    else if (e.allDay && !end->dateOnly)
        errors << Error::invalid(QStringLiteral("end"), tr("an all-day event takes a date only (YYYY-MM-DD)"));
    else if (!e.allDay && end->dateOnly)
        errors << Error::invalid(QStringLiteral("end"), tr("add the time (YYYY-MM-DD HH:MM), or tick All day"));
    else if (e.allDay)
        e.end = allDayEnd(end->date);
    else
        e.end = end->utc;
}

Event EventEditor::formEvent(QList<Error> &errors) const
{
    Event e = m_original;
    e.name = m_name->text().simplified();
    e.kind = static_cast<EventKind>(m_kind->currentData().toInt());
    e.status = static_cast<EventStatus>(m_status->currentData().toInt());
    readTimes(e, errors);
    e.location = m_location->text().simplified();
    e.url = m_url->text().trimmed();
    e.goals = m_goals->toPlainText();
    e.goalContacts = m_goalContacts->value();
    e.goalConversations = m_goalConversations->value();
    e.goalInterviews = m_goalInterviews->value();
    e.outcome = m_outcome->toPlainText();
    e.tags = cleanTags(m_tags->text().split(QLatin1Char(',')));
    auto costs = m_costs->costs(errors);
    if (costs)
        e.costs = *costs;
    e.people.clear();
    for (const auto &item : m_people->items())
        e.people.append({ContactId(item.id), static_cast<EventPersonRole>(item.role)});
    e.followUpRules = m_followUps->isChecked();
    e.notes = m_notes->toPlainText();
    for (Error error : validate(e)) {
        // Errors already found by the form are not repeated; core's cost errors go to the table.
        if (error.field.startsWith(QLatin1String("cost-")))
            error.field = QStringLiteral("costs");
        const bool known = std::any_of(errors.cbegin(), errors.cend(), [&](const Error &x) { return x.field == error.field; });
        if (!known)
            errors << error;
    }
    return e;
}

Result<qint64> EventEditor::saveRecord()
{
    QList<Error> errors;
    // Names typed in the pickers but not yet added count as added (or as errors).
    if (auto s = m_companies->addTyped(); !s)
        errors << Error::invalid(QStringLiteral("companies"), s.error().message);
    if (auto s = m_people->addTyped(); !s)
        errors << Error::invalid(QStringLiteral("people"), s.error().message);
    Event e = formEvent(errors);
    if (!errors.isEmpty())
        return invalid(errors);
    const QList<PickedRecordList::Item> companies = m_companies->items();
    const bool isNew = recordId() == 0;
    EventId saved;
    Status status = writer().write(isNew ? tr("Add %1").arg(e.name) : tr("Edit %1").arg(e.name), [&]() -> Status {
        e.companies.clear();
        CompanyStore companyStore(context().db, context().clock);
        for (const auto &item : companies) {
            CompanyId id(item.id);
            if (!id.isValid()) {
                auto created = companyStore.findOrCreate(item.name);
                if (!created)
                    return Error{created.error().code, created.error().message, QStringLiteral("companies"), {}};
                id = *created;
            }
            e.companies.append({id, static_cast<EventCompanyRole>(item.role)});
        }
        EventStore events(context().db, context().clock);
        if (isNew) {
            auto id = events.insert(e);
            if (!id)
                return id.error();
            saved = *id;
            return {};
        }
        saved = e.id;
        if (auto s = events.update(e); !s)
            return s;
        // Rules turned off take their open follow-ups off Today; turned on, they make the
        // missing ones. Same undo step as the edit.
        if (e.followUpRules != m_original.followUpRules)
            if (auto changed = EventFollowUps(context().db, context().clock).setEnabled(saved, e.followUpRules); !changed)
                return changed.error();
        return {};
    });
    if (!status) {
        if (!status.error().field.isEmpty() && status.error().code == Error::Code::Invalid)
            return invalid({status.error()});
        return status.error();
    }
    m_original = EventStore(context().db, context().clock).get(saved).value_or(e);
    fill(m_original);
    setHeading(m_original.name);
    showRelated(m_original);
    return saved.value;
}

void EventEditor::showRelated(const Event &e)
{
    fillEventRelated(*m_related, context(), e);
}

} // namespace foothold

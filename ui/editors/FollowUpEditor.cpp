#include "ui/editors/FollowUpEditor.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/FollowUpStore.h"
#include "core/util/Clock.h"
#include "ui/models/FollowUpsModel.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/ExternalLinks.h"
#include "ui/widgets/Inputs.h"
#include "ui/widgets/PersonPicker.h"
#include "ui/widgets/RelatedList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <algorithm>

namespace foothold {

FollowUpEditor::FollowUpEditor(UiContext &context, FollowUpsModel *model, QWidget *parent)
    : RecordEditor(context, parent), m_model(model), m_title(new QLineEdit(this)), m_due(new DateField(this)),
      m_done(new QCheckBox(tr("Done"), this)), m_contact(new PersonPicker(context.names, this)), m_event(new QComboBox(this)),
      m_application(new QComboBox(this)), m_notes(new QPlainTextEdit(this)), m_related(new RelatedList(context.navigator, this))
{
    m_title->setPlaceholderText(tr("e.g. Send Ana the article on Rust async"));
    m_contact->setPlaceholderText(tr("whom it is about (type a name)"));
    m_application->setMinimumContentsLength(16);
    m_application->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_event->setMinimumContentsLength(16);
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_notes->setTabChangesFocus(true);
    const std::pair<QWidget *, const char *> named[] = {{m_title, "title"}, {m_due, "due"}, {m_done, "done"}, {m_contact, "contact"},
                                                        {m_event, "event"}, {m_application, "application"}, {m_notes, "notes"}};
    for (const auto &[widget, name] : named)
        widget->setObjectName(QLatin1String(name));
    addField(tr("Title *"), m_title, QStringLiteral("title"));
    addField(tr("Due *"), m_due, QStringLiteral("due"));
    addField(QString(), m_done, QStringLiteral("done"));
    addField(tr("Contact"), m_contact, QStringLiteral("contact"));
    addField(tr("Event"), m_event, QStringLiteral("event"));
    addField(tr("Application"), m_application, QStringLiteral("application"));
    addField(tr("Notes"), m_notes, QStringLiteral("notes"));
    extras()->addWidget(m_related);
    connect(&context.names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Event)
            fillChoices();
    });
    connect(context.db.notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
        // Ticked done in the list, an undo: show what is stored now, unless the user is editing.
        if (recordId() <= 0 || m_saving)
            return;
        const bool removed = changes.ids(Entity::FollowUp, ChangeKind::Removed).contains(recordId());
        const bool updated = changes.reset || changes.ids(Entity::FollowUp, ChangeKind::Updated).contains(recordId());
        if (!removed && !updated)
            return;
        if (isDirty()) // never lose the user's edit; but a save now would undo the other change
            showBanner(removed ? tr("This follow-up was deleted elsewhere; Ctrl+Z brings it back.")
                               : tr("This follow-up was changed elsewhere; saving replaces that change. Revert shows it."),
                       true);
        else if (removed)
            startNew();
        else
            load(recordId());
    });
    fillChoices();
    startNew();
}

void FollowUpEditor::fillChoices()
{
    const bool wasLoading = m_loading;
    m_loading = true;
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

    const qint64 application = m_application->currentData().toLongLong();
    m_application->clear();
    m_application->addItem(tr("—"), qint64(0));
    for (const auto &[title, id] : m_model->applicationChoices())
        m_application->addItem(title, id);
    m_application->setCurrentIndex(qMax(0, m_application->findData(application)));
    m_loading = wasLoading;
}

void FollowUpEditor::startNew()
{
    FollowUp blank;
    blank.due = context().clock.today().addDays(1); // "follow up within a day or two"
    m_original = blank;
    setRecordId(0);
    fillChoices(); // applications change on another page
    fill(blank);
    setHeading(tr("New follow-up"));
    m_related->clear();
    setDirty(false);
    m_title->setFocus();
}

void FollowUpEditor::load(qint64 id)
{
    auto followUp = FollowUpStore(context().db, context().clock).get(FollowUpId(id));
    clearErrors();
    if (!followUp) {
        showBanner(followUp.error().toString(), true);
        return;
    }
    m_original = *followUp;
    setRecordId(id);
    fillChoices();
    fill(*followUp);
    setHeading(followUp->title);
    showRelated(*followUp);
    setDirty(false);
}

void FollowUpEditor::fill(const FollowUp &f)
{
    m_loading = true;
    m_title->setText(f.title);
    m_due->setDate(f.due);
    m_done->setChecked(f.isDone());
    m_contact->setContact(f.contact.value);
    m_event->setCurrentIndex(qMax(0, m_event->findData(f.event.value)));
    m_application->setCurrentIndex(qMax(0, m_application->findData(f.application.value)));
    m_notes->setPlainText(f.notes);
    m_loading = false;
}

Result<qint64> FollowUpEditor::saveRecord()
{
    QList<Error> errors;
    FollowUp f = m_original;
    f.title = m_title->text().simplified();
    if (m_due->hasBadText())
        errors << Error::invalid(QStringLiteral("due"), tr("“%1” is not a date that exists (YYYY-MM-DD)").arg(m_due->text()));
    f.due = m_due->date();
    // Done keeps its original time when it stays done; ticked now, it is done now.
    if (!m_done->isChecked())
        f.doneAt = {};
    else if (!m_original.isDone())
        f.doneAt = context().clock.nowUtc();
    if (auto contact = m_contact->resolve(context().db, QStringLiteral("contact")))
        f.contact = *contact;
    else
        errors << contact.error();
    f.event = EventId(m_event->currentData().toLongLong());
    f.application = ApplicationId(m_application->currentData().toLongLong());
    f.notes = m_notes->toPlainText();
    for (const Error &error : validate(f))
        if (!(error.field == QStringLiteral("due") && m_due->hasBadText())) // said already, better
            errors << error;
    if (!errors.isEmpty())
        return invalid(errors);

    const bool isNew = recordId() == 0;
    FollowUpId saved;
    const QScopedValueRollback saving(m_saving, true);
    Status status = writer().write(isNew ? tr("Add “%1”").arg(f.title) : tr("Edit “%1”").arg(f.title), [&]() -> Status {
        FollowUpStore store(context().db, context().clock);
        if (isNew) {
            auto id = store.insert(f);
            if (!id)
                return id.error();
            saved = *id;
            return {};
        }
        saved = f.id;
        return store.update(f);
    });
    if (!status)
        return status.error();
    m_original = FollowUpStore(context().db, context().clock).get(saved).value_or(f);
    setHeading(m_original.title);
    showRelated(m_original);
    return saved.value;
}

void FollowUpEditor::showRelated(const FollowUp &f)
{
    const NameDirectory &names = context().names;
    const QLocale locale;
    auto link = [](Entity entity, qint64 id, const QString &text) { return linkHtml(Navigator::urlFor(entity, id).toString(), text); };
    m_related->clear();
    QStringList about;
    if (f.contact.isValid())
        about << tr("With %1").arg(link(Entity::Contact, f.contact.value, names.contact(f.contact.value)));
    if (f.event.isValid())
        about << tr("Event: %1").arg(link(Entity::Event, f.event.value, names.event(f.event.value)));
    if (f.application.isValid())
        about << tr("Application: %1").arg(link(Entity::Application, f.application.value, m_model->applicationTitle(f.application.value)));
    if (f.conversation.isValid())
        about << link(Entity::Conversation, f.conversation.value, tr("The conversation it follows"));
    about << tr("Made: %1").arg(label(f.origin).toHtmlEscaped());
    if (f.isDone())
        about << tr("Done on %1").arg(locale.toString(f.doneAt.toLocalTime().date(), QLocale::ShortFormat).toHtmlEscaped());
    m_related->addSection(tr("About"), about);
    m_related->finish();
}

} // namespace foothold

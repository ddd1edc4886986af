#include "core/services/VCardImporter.h"

#include "core/formats/LinkedInConnections.h"
#include "core/formats/VCardReader.h"
#include "core/services/ContactImport.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

void addMissing(TypedValues &into, const TypedValues &from, bool urls)
{
    for (const TypedValue &value : from) {
        bool present = false;
        for (const TypedValue &existing : into)
            present = present || (urls ? profileUrlKey(existing.value) == profileUrlKey(value.value)
                                       : existing.value.compare(value.value, Qt::CaseInsensitive) == 0);
        if (!present)
            into.append(value);
    }
}

// The card's news applied to what is known of the person.
Contact merged(const Contact &current, const Contact &card, CompanyResolver &companies, QDate today)
{
    Contact after = current;
    addMissing(after.emails, card.emails, false);
    addMissing(after.phones, card.phones, false);
    addMissing(after.urls, card.urls, true);
    addMissing(after.addresses, card.addresses, false);
    for (const QString &tag : card.tags)
        if (!after.tags.contains(tag, Qt::CaseInsensitive))
            after.tags << tag;
    const bool newCompany = card.company.isValid() && card.company != after.company;
    const bool newTitle = !card.headline.isEmpty() && card.headline != after.headline;
    if (newCompany || newTitle) {
        if ((after.company.isValid() || !after.headline.isEmpty()) && after.history == current.history && card.history.isEmpty())
            after.history.append({after.company, companies.nameOf(after.company), after.headline, {}, today});
        if (newCompany)
            after.company = card.company;
        if (newTitle)
            after.headline = card.headline;
    }
    if (after.history.isEmpty())
        after.history = card.history;
    if (!card.location.isEmpty())
        after.location = card.location;
    if (card.channel != Channel::Other)
        after.channel = card.channel;
    if (card.role != ContactRole::None)
        after.role = card.role;
    if (card.connectedOn.isValid())
        after.connectedOn = card.connectedOn;
    if (card.cadenceDays > 0)
        after.cadenceDays = card.cadenceDays;
    if (card.strengthOverride)
        after.strengthOverride = card.strengthOverride;
    if (card.prospect)
        after.prospect = true;
    if (card.birthday.isValid())
        after.birthday = card.birthday;
    if (!card.photo.isEmpty()) {
        after.photo = card.photo;
        after.photoType = card.photoType;
    }
    if (after.notes.isEmpty())
        after.notes = card.notes;
    if (!after.metAt.isValid())
        after.metAt = card.metAt;
    return after;
}

} // namespace

ImportResult VCardImporter::import(const QByteArray &bytes, const ImportOptions &options)
{
    ImportResult result;
    ImportRun run(m_db, options, result);
    const VCardFile file = parseVCards(bytes);
    result.warnings = file.warnings;
    if (!file.errors.isEmpty()) {
        run.fail(file.errors, file.errors.first().message);
        return result;
    }
    QList<const VCardContact *> cards;
    for (const VCardContact &card : file.cards) {
        if (!card.errors.isEmpty()) {
            (void)run.refuseOrSkip(card.errors, card.contact.name.isEmpty() ? tr("(a card without a name)") : card.contact.name);
            continue;
        }
        cards << &card;
    }

    run.run([&]() -> Status {
        ContactImport people(m_db, m_clock, run, result, options);
        people.loadExisting();
        EventStore events(m_db, m_clock);
        const QDate today = m_clock.nowUtc().date();
        // Who introduced whom is said by name and may be someone later in the file: resolved last.
        QList<QPair<QString, QString>> introductions; // (person's name, introducer's name)
        for (const VCardContact *card : std::as_const(cards)) {
            Contact c = card->contact;
            auto company = people.companies().resolve(card->companyName);
            if (!company)
                return company.error();
            c.company = *company;
            for (Position &p : c.history)
                p.company = people.companies().find(p.companyName);
            if (!card->metAtEvent.isEmpty()) {
                const auto found = events.findByName(card->metAtEvent);
                if (found.size() == 1)
                    c.metAt = found.first();
                else
                    result.warnings << Diagnostic{card->line, tr("met at “%1”: %2").arg(card->metAtEvent, found.isEmpty() ? tr("no such event")
                                                                                                                        : tr("several events have that name"))};
            }
            if (!card->introducedByName.isEmpty())
                introductions.append({c.name, card->introducedByName});
            QStringList urls, emails;
            for (const TypedValue &v : c.urls)
                urls << v.value;
            for (const TypedValue &v : c.emails)
                emails << v.value;
            const ContactIndex::Ref ref = people.index().match(urls, emails, c.name, c.company);
            if (ref == 0) {
                people.add(std::move(c), card->line, card->contact.name);
            } else {
                auto current = people.current(ref);
                if (!current)
                    return current.error();
                if (auto s = people.update(ref, *current, merged(*current, c, people.companies(), today), card->line, card->contact.name); !s)
                    return s;
            }
            if (auto s = run.step(); !s)
                return s;
        }
        if (auto s = people.flush(); !s)
            return s;
        ContactStore contacts(m_db, m_clock);
        for (const auto &[person, introducer] : std::as_const(introductions)) {
            const auto persons = contacts.findByName(person);
            const auto introducers = contacts.findByName(introducer);
            if (persons.size() != 1 || introducers.size() != 1 || persons.first() == introducers.first()) {
                result.warnings << Diagnostic{0, tr("%1 was introduced by “%2”, who is not one known person: left out").arg(person, introducer)};
                continue;
            }
            auto contact = contacts.get(persons.first());
            if (!contact)
                return contact.error();
            if (contact->introducedBy.isValid())
                continue;
            contact->introducedBy = introducers.first();
            if (auto s = contacts.update(*contact); !s)
                return s;
        }
        return {};
    }, cards.size());
    std::stable_sort(result.records.begin(), result.records.end(), [](const ImportRecord &a, const ImportRecord &b) { return a.line < b.line; });
    return result;
}

} // namespace foothold

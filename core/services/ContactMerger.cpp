#include "core/services/ContactMerger.h"

#include "core/storage/ContactMergeStore.h"
#include "core/storage/ContactStore.h"

namespace foothold {
namespace {

void addMissing(TypedValues &into, const TypedValues &from)
{
    for (const TypedValue &value : from) {
        bool present = false;
        for (const TypedValue &existing : into)
            present = present || existing.value.compare(value.value, Qt::CaseInsensitive) == 0;
        if (!present)
            into.append(value);
    }
}

} // namespace

Status ContactMerger::merge(ContactId keep, ContactId remove)
{
    return m_db.transaction([&]() -> Status {
        ContactStore contacts(m_db, m_clock);
        auto kept = contacts.get(keep);
        if (!kept)
            return kept.error();
        auto removed = contacts.get(remove);
        if (!removed)
            return removed.error();
        Contact merged = *kept;
        const Contact &other = *removed;
        addMissing(merged.emails, other.emails);
        addMissing(merged.phones, other.phones);
        addMissing(merged.urls, other.urls);
        addMissing(merged.addresses, other.addresses);
        if (merged.headline.isEmpty())
            merged.headline = other.headline;
        if (!merged.company.isValid())
            merged.company = other.company;
        if (merged.location.isEmpty())
            merged.location = other.location;
        if (merged.channel == Channel::Other)
            merged.channel = other.channel;
        if (!merged.metAt.isValid())
            merged.metAt = other.metAt;
        if (!merged.introducedBy.isValid() && other.introducedBy != keep)
            merged.introducedBy = other.introducedBy;
        if (merged.role == ContactRole::None)
            merged.role = other.role;
        if (!merged.connectedOn.isValid() || (other.connectedOn.isValid() && other.connectedOn < merged.connectedOn))
            merged.connectedOn = other.connectedOn;
        if (merged.cadenceDays == 0)
            merged.cadenceDays = other.cadenceDays;
        if (!merged.strengthOverride)
            merged.strengthOverride = other.strengthOverride;
        if (!merged.birthday.isValid())
            merged.birthday = other.birthday;
        merged.prospect = merged.prospect && other.prospect;
        if (!other.notes.isEmpty() && !merged.notes.contains(other.notes))
            merged.notes = merged.notes.isEmpty() ? other.notes : merged.notes + QStringLiteral("\n\n") + other.notes;
        // Tags, earlier positions and the photo move with the references below.
        if (auto s = contacts.update(merged); !s)
            return s;
        if (auto s = ContactMergeStore(m_db).moveReferencesAndDelete(remove, keep); !s)
            return s;
        m_db.recordChange({Entity::Contact, ChangeKind::Removed, remove.value, {}});
        m_db.recordReset(); // conversations, links, follow-ups … moved: lists reload
        return {};
    });
}

} // namespace foothold

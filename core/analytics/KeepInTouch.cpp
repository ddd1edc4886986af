#include "core/analytics/KeepInTouch.h"

#include <algorithm>

namespace foothold {

int applicableCadence(const KeepInTouchInput &contact, QDate today, const KeepInTouchRule &rule)
{
    if (contact.prospect)
        return 0;
    if (contact.cadenceDays > 0)
        return contact.cadenceDays;
    const bool active = contact.lastConversation.isValid() && contact.lastConversation >= today.addDays(-rule.activeWindowDays);
    if (contact.role == ContactRole::Mentor || active)
        return qMax(1, rule.defaultCadenceDays);
    return 0;
}

std::optional<LapsedContact> lapse(const KeepInTouchInput &contact, QDate today, const KeepInTouchRule &rule)
{
    const int cadence = applicableCadence(contact, today, rule);
    if (cadence <= 0)
        return std::nullopt;
    LapsedContact out;
    out.id = contact.id;
    out.cadenceDays = cadence;
    out.neverTalked = !contact.lastConversation.isValid();
    out.since = out.neverTalked ? contact.connectedOn : contact.lastConversation;
    if (!out.since.isValid())
        return out; // followed, but we cannot tell when we last spoke: ask the user to look
    out.daysSince = int(out.since.daysTo(today));
    if (out.daysSince <= cadence)
        return std::nullopt;
    out.overdueDays = out.daysSince - cadence;
    return out;
}

QList<LapsedContact> lapsedContacts(const QList<KeepInTouchInput> &contacts, QDate today, const KeepInTouchRule &rule)
{
    QList<LapsedContact> out;
    for (const auto &contact : contacts)
        if (auto lapsed = lapse(contact, today, rule))
            out << *lapsed;
    std::sort(out.begin(), out.end(), [](const LapsedContact &a, const LapsedContact &b) {
        const bool aKnown = a.daysSince >= 0;
        const bool bKnown = b.daysSince >= 0;
        if (aKnown != bKnown)
            return aKnown;
        if (a.overdueDays != b.overdueDays)
            return a.overdueDays > b.overdueDays;
        return a.id < b.id;
    });
    return out;
}

} // namespace foothold

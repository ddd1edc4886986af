#include "core/analytics/EventReturn.h"

#include <cmath>

namespace foothold {
namespace {

double cents(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

EventReturn computeEventReturn(const EventReturnFacts &facts)
{
    EventReturn r;
    r.facts = facts;
    r.costTotal = cents(facts.costMinor / 100.0);
    if (facts.followUps > 0)
        r.followUpsDonePct = std::round(1000.0 * facts.followUpsDone / facts.followUps) / 10.0;
    if (facts.newContacts > 0)
        r.costPerContact = cents(r.costTotal / facts.newContacts);
    if (facts.conversations > 0)
        r.costPerConversation = cents(r.costTotal / facts.conversations);
    return r;
}

} // namespace foothold

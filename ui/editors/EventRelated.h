#pragma once

#include "core/domain/Event.h"

namespace foothold {

class RelatedList;
struct UiContext;

// Fills `list` with what an event brought and what points at it, as links: the return on it (people
// met against the goal, conversations, applications, cost per new contact), the people met there,
// the companies expected, the conversations held there and the applications that came of it.
void fillEventRelated(RelatedList &list, UiContext &context, const Event &event);

} // namespace foothold

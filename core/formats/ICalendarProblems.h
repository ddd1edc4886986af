#pragma once

// Private to core/formats: where ICalendarReader's problems are, and how much they matter.

#include "core/formats/Diagnostic.h"
#include "core/formats/ICalendarLines.h"
#include "core/formats/IcalSupport.h"

namespace foothold::ical {

// What a problem means depends on where it is: in an event we import, in a part of one we do not
// (VALARM), in the calendar itself or a time zone it defines, or in a component we do not import.
enum class Scope { Event, EventPart, Calendar, Timezone, Other };

// The line of the property of `node` that a message (an X-LIC-ERROR, or ours about property
// `name`) is about; the component's BEGIN line when no property fits.
int lineOfProperty(const IcalScan &scan, const IcalNode &node, const QString &message, const QByteArray &name = {});

// The problems of `component` (unreadable lines, X-LIC-ERRORs, impossible UTC offsets) and of its
// subcomponents, each at its line, sorted into errors and warnings by scope. VEVENTs inside a
// calendar are left to the event reader. `mayHaveErrors` false (the caller saw no X-LIC-ERROR in
// `component` itself): its properties are not searched for one.
void collectProblems(const IcalScan &scan, icalcomponent *component, const IcalNode &node, Scope scope, Diagnostics &errors,
                     Diagnostics &warnings, bool mayHaveErrors = true);

} // namespace foothold::ical

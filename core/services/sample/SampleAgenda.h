#pragma once

#include "core/domain/Event.h"
#include "core/util/Result.h"

#include <QList>

namespace foothold {

class Database;

// The agenda of the sample data: a two-day programme for the first upcoming conference of
// `events` (none when there is none), with a few sessions chosen and one clash among them, so
// that the planner's Agenda tab has something to show (and `make screenshots` to picture).
// Fixed titles and times: it draws nothing from the sample's dice, which keeps the rest of the
// sample data the same for a seed. Sessions go with their event when the sample is removed (the
// table cascades). Errors come back as Status; writes join the caller's transaction.
Status addSampleAgenda(Database &db, const QList<Event> &events, const QDateTime &now);

} // namespace foothold

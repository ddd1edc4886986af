#pragma once

#include "core/domain/Contact.h"
#include "core/domain/Event.h"
#include "core/services/sample/SampleData.h"

#include <QSet>

namespace foothold {

// What the sample generator made before its network phase, handed over so the phase can add to it.
struct SampleNetworkInput {
    QList<Contact> *contacts = nullptr;          // with ids; people the phase moves are updated here too
    QList<CompanyId> *companies = nullptr;       // the phase appends the companies it makes
    QList<QString> *companyNames = nullptr;
    QList<Event> *events = nullptr;
    QSet<QPair<qint64, qint64>> *linked = nullptr; // pairs (lower id first) that already have a link
    QSet<qint64> withConversations;              // contacts I have talked to: they stay connections
};

// The sample's network story, so that the Network page shows something real on first run:
//  - introductions: every "introduced by" becomes an introduced link (as the derivation would);
//  - companies reached only at 2nd degree: a few people I know of but have not met (prospects)
//    work there, each linked to a connection since some month of the last year and a half, so
//    that 2nd-degree reach grows over time; the first two are targets reachable only through an
//    introduction;
//  - a target nobody in the records works at (no path: the page offers the nearest help), named
//    by an upcoming event;
//  - every prospect linked to a connection, and a few inferred links (same company, same event)
//    that the page draws dashed and the user may dismiss.
// Deterministic for a seed (its own generator, so the records made before it are unchanged), and
// linear in the number of contacts: a million contacts add about a tenth to the sample's time.
Status addSampleNetworkStory(Database &db, const Clock &clock, quint32 seed, SampleNetworkInput &input, SampleSummary &summary);

} // namespace foothold

#pragma once

#include "core/domain/Link.h"
#include "core/storage/Database.h"

namespace foothold {

// What the user does to links by hand (docs/NETWORK.md, "Ties between contacts"), in one place
// for the CLI (`link add`, `link remove`) and the contact editor.

struct LinkAdded {
    LinkId id;
    bool revived = false; // a dismissed derived link of the same kind came back as the user's own
};

// Enters `link` as the user's own (source manual). A derived link of the same kind between the
// same two people that the user dismissed is restored as theirs (same id) instead of duplicated.
// Invalid (naming the field) for a link to oneself or a strength outside 0..1; Conflict when the
// two are already linked that way. Runs in one transaction (joins the caller's).
Result<LinkAdded> addLinkByHand(Database &db, Link link);

// Takes a link away: an entered link is deleted; a derived one (introduction, inferred) is
// dismissed, so that the derivation never makes it again. Returns whether it was dismissed.
// NotFound for an unknown or already dismissed link.
Result<bool> removeOrDismissLink(Database &db, LinkId id);

[[nodiscard]] inline bool isDerivedLink(LinkSource source)
{
    return source != LinkSource::Manual;
}

[[nodiscard]] inline bool isInferredLink(LinkSource source)
{
    return source == LinkSource::InferredCompany || source == LinkSource::InferredEvent;
}

} // namespace foothold

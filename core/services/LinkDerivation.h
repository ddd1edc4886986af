#pragma once

#include "core/domain/NetworkData.h"
#include "core/storage/Database.h"

#include <QHash>

namespace foothold {

// What one run of the derivation did.
struct DerivationSummary {
    int added = 0;          // new links written
    int alreadyLinked = 0;  // pairs that already had a live link of any kind: left alone
    int keptDismissed = 0;  // pairs whose link the user dismissed: left dismissed
    int largeGroups = 0;    // companies or events with too many people to infer from

    bool operator==(const DerivationSummary &) const = default;
};

// Makes the links the records imply (docs/NETWORK.md, "Ties"):
//  - an introduction: "introduced by" Ana on Ben's record is Ana –introduced→ Ben (source
//    introduction, strength 0.5, since Ben's date connected);
//  - people at the same company now know each other a little (works-with, inferred-company, 0.3);
//  - people I met at the same event know each other a little (knows, inferred-event, 0.2,
//    since the event's day).
// A company or event with more than kMaxGroup people is skipped: sharing a large employer says
// nothing about knowing each other, and the pairs grow with the square of the group.
//
// A pair of people gets at most one derived link, and none when the pair already has any link,
// live or dismissed: re-running never duplicates a link and never brings back one the user
// dismissed. Derived links are never deleted here (people who worked together still know each
// other); the user dismisses what is wrong.
class LinkDerivation {
public:
    static constexpr int kMaxGroup = 50;
    static constexpr double kIntroductionStrength = 0.5;
    static constexpr double kCompanyStrength = 0.3;
    static constexpr double kEventStrength = 0.2;

    explicit LinkDerivation(Database &db) : m_db(db) {}

    // Derives over the whole network, in one transaction.
    Result<DerivationSummary> run();
    // Derives only the links that touch `contact` (after adding or editing it): cheap on a large
    // network.
    Result<DerivationSummary> runFor(ContactId contact);

    // The pure part: the links `data` implies that it does not already have. `data.links` must
    // include dismissed links. With `only` set, pairs that do not involve it are skipped.
    static QList<Link> derive(const NetworkData &data, const QHash<qint64, QDate> &eventDays, ContactId only,
                              DerivationSummary &summary);

private:
    Result<DerivationSummary> runWith(ContactId around);

    Database &m_db;
};

} // namespace foothold

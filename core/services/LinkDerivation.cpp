#include "core/services/LinkDerivation.h"

#include "core/storage/LinkStore.h"
#include "core/storage/NetworkStore.h"

#include <QMap>
#include <QSet>

namespace foothold {
namespace {

quint64 pairKey(ContactId a, ContactId b)
{
    const auto lo = quint64(qMin(a.value, b.value));
    const auto hi = quint64(qMax(a.value, b.value));
    return (lo << 32) | hi;
}

} // namespace

QList<Link> LinkDerivation::derive(const NetworkData &data, const QHash<qint64, QDate> &eventDays, ContactId only,
                                   DerivationSummary &summary)
{
    QSet<quint64> live;
    QSet<quint64> dismissed;
    for (const Link &link : data.links)
        (link.dismissed ? dismissed : live).insert(pairKey(link.from, link.to));

    QList<Link> out;
    QSet<quint64> taken; // pairs decided in this run: the first (strongest) reason wins
    auto consider = [&](const NetworkPerson &a, const NetworkPerson &b, Link link) {
        if (a.id == b.id || (only.isValid() && a.id != only && b.id != only))
            return;
        const quint64 key = pairKey(a.id, b.id);
        if (taken.contains(key))
            return;
        taken.insert(key);
        if (live.contains(key)) {
            ++summary.alreadyLinked;
            return;
        }
        if (dismissed.contains(key)) {
            ++summary.keptDismissed;
            return;
        }
        out.append(std::move(link));
        ++summary.added;
    };

    QHash<qint64, const NetworkPerson *> byId;
    for (const auto &person : data.people)
        byId.insert(person.id.value, &person);

    // Introductions first: they are entered facts, stronger than any inference.
    for (const auto &person : data.people) {
        if (!person.introducedBy.isValid())
            continue;
        const NetworkPerson *introducer = byId.value(person.introducedBy.value);
        if (!introducer)
            continue;
        Link link;
        link.from = introducer->id;
        link.to = person.id;
        link.kind = LinkKind::Introduced;
        link.source = LinkSource::Introduction;
        link.strength = kIntroductionStrength;
        link.since = person.connectedOn;
        consider(*introducer, person, std::move(link));
    }

    // Groups in id order (QMap) so that a run is reproducible.
    QMap<qint64, QList<const NetworkPerson *>> byCompany;
    QMap<qint64, QList<const NetworkPerson *>> byEvent;
    for (const auto &person : data.people) {
        if (person.company.isValid())
            byCompany[person.company.value].append(&person);
        if (person.metAt.isValid())
            byEvent[person.metAt.value].append(&person);
    }
    auto pairsOf = [&](const QMap<qint64, QList<const NetworkPerson *>> &groups, LinkKind kind, LinkSource source,
                       double strength, auto sinceOf) {
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            const auto &group = it.value();
            if (group.size() < 2)
                continue;
            if (group.size() > kMaxGroup) {
                ++summary.largeGroups;
                continue;
            }
            for (qsizetype i = 0; i < group.size(); ++i)
                for (qsizetype j = i + 1; j < group.size(); ++j) {
                    Link link;
                    link.from = group[i]->id;
                    link.to = group[j]->id;
                    link.kind = kind;
                    link.source = source;
                    link.strength = strength;
                    link.since = sinceOf(it.key());
                    consider(*group[i], *group[j], std::move(link));
                }
        }
    };
    pairsOf(byCompany, LinkKind::WorksWith, LinkSource::InferredCompany, kCompanyStrength, [](qint64) { return QDate(); });
    pairsOf(byEvent, LinkKind::Knows, LinkSource::InferredEvent, kEventStrength,
            [&](qint64 event) { return eventDays.value(event); });
    return out;
}

Result<DerivationSummary> LinkDerivation::run()
{
    return runWith({});
}

Result<DerivationSummary> LinkDerivation::runFor(ContactId contact)
{
    if (!contact.isValid())
        return Error::notFound(QStringLiteral("no contact given"));
    return runWith(contact);
}

Result<DerivationSummary> LinkDerivation::runWith(ContactId around)
{
    DerivationSummary summary;
    Status status = m_db.transaction([&]() -> Status {
        NetworkStore network(m_db);
        NetworkLoadOptions options;
        options.touches = false;
        options.earlierJobs = false;
        options.dismissedLinks = true;
        options.around = around;
        auto data = network.load(options);
        if (!data)
            return data.error();
        auto days = network.eventDays();
        if (!days)
            return days.error();
        QList<Link> links = derive(*data, *days, around, summary);
        if (links.isEmpty())
            return {};
        return LinkStore(m_db).insertMany(links);
    });
    if (!status)
        return status.error();
    return summary;
}

} // namespace foothold

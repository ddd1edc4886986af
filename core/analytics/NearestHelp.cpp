#include "core/analytics/NearestHelp.h"

#include <QSet>

#include <algorithm>

namespace foothold {

NearestHelp nearestHelp(const NetworkGraph &g, CompanyId company, QList<EventMention> events, const QDateTime &now, int limit)
{
    NearestHelp help;
    const NetworkCompany *target = g.company(company);
    if (target && !target->techStack.isEmpty()) {
        QHash<QString, QString> wanted; // folded -> as the target spells it
        for (const QString &tech : target->techStack)
            wanted.insert(tech.trimmed().toCaseFolded(), tech.trimmed());
        QHash<qint64, QStringList> shared; // company id -> shared technologies
        for (const NetworkCompany &other : g.companies()) {
            if (other.id == company)
                continue;
            QStringList common;
            for (const QString &tech : other.techStack)
                if (auto it = wanted.constFind(tech.trimmed().toCaseFolded()); it != wanted.constEnd() && !common.contains(*it))
                    common << *it;
            if (!common.isEmpty())
                shared.insert(other.id.value, common);
        }
        for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
            for (int i : g.peopleAt(CompanyId(it.key()))) {
                const NetworkGraph::Person &p = g.person(i);
                if (!p.connection || !(p.tie.value > 0.0))
                    continue;
                help.stackContacts.append({p.id, p.name, p.company, g.companyName(p.company), it.value(), p.tie.value});
            }
        }
        std::sort(help.stackContacts.begin(), help.stackContacts.end(), [](const StackContact &a, const StackContact &b) {
            if (a.sharedStack.size() != b.sharedStack.size())
                return a.sharedStack.size() > b.sharedStack.size();
            if (a.tie != b.tie)
                return a.tie > b.tie;
            const int byName = a.name.localeAwareCompare(b.name);
            return byName != 0 ? byName < 0 : a.id < b.id;
        });
        if (help.stackContacts.size() > limit)
            help.stackContacts.resize(limit);
    }

    // One entry per event (a company may be both sponsor and hiring there).
    QSet<qint64> seen;
    QList<EventMention> unique;
    for (const EventMention &e : events)
        if (!seen.contains(e.event.value)) {
            seen.insert(e.event.value);
            unique << e;
        }
    std::stable_sort(unique.begin(), unique.end(), [&](const EventMention &a, const EventMention &b) {
        const bool aAhead = a.start >= now;
        const bool bAhead = b.start >= now;
        if (aAhead != bAhead)
            return aAhead;
        return aAhead ? a.start < b.start : a.start > b.start;
    });
    if (unique.size() > limit)
        unique.resize(limit);
    help.events = unique;
    return help;
}

} // namespace foothold

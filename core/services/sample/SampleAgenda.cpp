#include "core/services/sample/SampleAgenda.h"

#include "core/storage/AgendaSessionStore.h"

#include <QSet>
#include <QTimeZone>

namespace foothold {
namespace {

struct SampleSlot {
    int day;            // 0 or 1
    int startMinutes;   // after 08:00 UTC, the conference's start
    int length;         // minutes
    const char *title;
    const char *room;
    const char *track;
    const char *speaker;
    bool chosen;
};

// Two "chosen" sessions overlap on the first morning: the Agenda tab flags the clash.
constexpr SampleSlot kSlots[] = {
    {0, 60, 60, "Opening keynote: hiring in a cooling market", "Main hall", "Keynote", "Mara Lindqvist", true},
    {0, 150, 45, "Rust in production at scale", "Room 2", "Systems", "Tomasz Nowak", true},
    {0, 165, 45, "Career fair: meet the hiring teams", "Expo floor", "Careers", "", true},
    {0, 150, 45, "Kubernetes operators without tears", "Room 3", "Cloud", "Ines Duarte", false},
    {0, 270, 60, "Panel: from bootcamp to senior engineer", "Main hall", "Careers", "Aiko Tanaka", true},
    {0, 360, 45, "Observability on a budget", "Room 2", "Cloud", "Kwame Mensah", false},
    {0, 420, 90, "Speed networking", "Foyer", "Community", "", true},
    {1, 60, 45, "Type-safe APIs with TypeScript", "Room 2", "Web", "Lucía Hernández", false},
    {1, 120, 60, "Workshop: reviewing code kindly", "Room 3", "Practices", "Sam O'Brien", true},
    {1, 240, 45, "Data engineering interviews, demystified", "Main hall", "Careers", "Priya Nair", true},
    {1, 300, 45, "Closing keynote", "Main hall", "Keynote", "Mara Lindqvist", false},
};

} // namespace

Status addSampleAgenda(Database &db, const QList<Event> &events, const QDateTime &now)
{
    const Event *chosen = nullptr;
    for (const Event &e : events) {
        if (e.kind != EventKind::Conference || e.start <= now)
            continue;
        if (!chosen || e.start < chosen->start)
            chosen = &e;
    }
    if (!chosen)
        return {};
    const bool twoDays = chosen->end.isValid() && chosen->end.date() > chosen->start.date();
    const QDateTime morning(chosen->start.date(), QTime(8, 0), QTimeZone::utc());
    QList<AgendaSession> sessions;
    int index = 0;
    for (const SampleSlot &slot : kSlots) {
        ++index;
        if (slot.day > 0 && !twoDays)
            continue;
        AgendaSession s;
        s.event = chosen->id;
        s.uid = QStringLiteral("sample-%1@foothold").arg(index);
        s.title = QString::fromUtf8(slot.title);
        s.start = morning.addDays(slot.day).addSecs(qint64(slot.startMinutes) * 60);
        s.end = s.start.addSecs(qint64(slot.length) * 60);
        s.timeZone = QStringLiteral("UTC");
        s.room = QString::fromUtf8(slot.room);
        s.track = QString::fromUtf8(slot.track);
        if (*slot.speaker)
            s.speakers << QString::fromUtf8(slot.speaker);
        s.chosen = slot.chosen;
        sessions << s;
    }
    AgendaSessionStore store(db);
    auto merged = store.merge(chosen->id, sessions);
    if (!merged)
        return merged.error();
    // merge() never sets a choice (an import keeps the user's): choose by UID afterwards.
    QSet<QString> wanted;
    for (const AgendaSession &s : sessions)
        if (s.chosen)
            wanted.insert(s.uid);
    QList<SessionId> ids;
    for (const AgendaSession &s : store.list(chosen->id))
        if (wanted.contains(s.uid))
            ids << s.id;
    return store.setChosen(chosen->id, ids, true);
}

} // namespace foothold

// The event planner: a large conference agenda imported (issue budget: 2,000 sessions in 100 ms
// or less), and the clash search over it. The whole-process return of 1,000 events over 100,000
// contacts is timed by scripts/bench/events.sh.
#include "core/analytics/Clashes.h"
#include "core/formats/ICalendarReader.h"
#include "core/services/AgendaImport.h"
#include "core/storage/Database.h"
#include "core/storage/EventStore.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

using namespace foothold;

namespace {

// A Sched-like schedule: four days, ten rooms, sessions of 30 to 75 minutes from 08:00 in
// Berlin, with a speaker, a track and a long description each.
QByteArray agenda(int sessions)
{
    QByteArray out("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//Sched-like//EN\r\nX-WR-TIMEZONE:Europe/Berlin\r\n");
    const QString description = QStringLiteral("A talk about building things that last. ").repeated(8);
    for (int i = 0; i < sessions; ++i) {
        const int day = 15 + (i / 500);
        const int slot = (i % 500) / 10; // 50 slots a day per room
        const int minutes = 8 * 60 + slot * 15;
        const int length = 30 + (i % 4) * 15;
        const QDateTime day0(QDate(2027, 4, day), QTime(0, 0));
        const QString start = day0.addSecs(60LL * minutes).toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
        const QString finish = day0.addSecs(60LL * (minutes + length)).toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
        out += QStringLiteral("BEGIN:VEVENT\r\nUID:%1@bench\r\nDTSTAMP:20270101T000000Z\r\nDTSTART;TZID=Europe/Berlin:%2\r\n"
                              "DTEND;TZID=Europe/Berlin:%3\r\nSUMMARY:Session %1: building things\r\nLOCATION:Room %4\\, Hall A\r\n"
                              "CATEGORIES:Track %5\r\nORGANIZER;CN=Speaker %1:mailto:s%1@bench.example\r\nDESCRIPTION:%6\r\n"
                              "URL:https://bench.sched.com/event/%1\r\nEND:VEVENT\r\n")
                   .arg(i)
                   .arg(start, finish)
                   .arg(i % 10)
                   .arg(i % 6)
                   .arg(description)
                   .toUtf8();
    }
    return out + "END:VCALENDAR\r\n";
}

void BM_AgendaImport(benchmark::State &state)
{
    const QByteArray bytes = agenda(int(state.range(0)));
    const QDateTime now(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Database::Options options;
        options.backupBeforeMigration = false;
        auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite3")), options);
        Event e;
        e.name = QStringLiteral("BenchConf");
        e.timeZone = QStringLiteral("Europe/Berlin");
        e.start = QDateTime(QDate(2027, 4, 15), QTime(0, 0), QTimeZone(QByteArrayLiteral("Europe/Berlin"))).toUTC();
        e.end = e.start.addDays(4);
        const EventId id = EventStore(**db).insert(e).value();
        state.ResumeTiming();
        auto result = importAgenda(**db, id, bytes, QStringLiteral("bench.ics"), now);
        if (!result || result->merge.added != state.range(0)) {
            state.SkipWithError("the import did not add every session");
            break;
        }
        state.PauseTiming();
        db->reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_AgendaImport)->Arg(2000)->Unit(benchmark::kMillisecond);

// The reading part of the import alone (libical), to show where the time goes.
void BM_AgendaParseOnly(benchmark::State &state)
{
    const QByteArray bytes = agenda(int(state.range(0)));
    CalendarReadOptions options;
    options.now = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (auto _ : state)
        benchmark::DoNotOptimize(parseCalendar(bytes, options).events.size());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_AgendaParseOnly)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_ClashesOfAnAgenda(benchmark::State &state)
{
    QList<TimeSpan> spans;
    const QDateTime base(QDate(2027, 4, 15), QTime(6, 0), QTimeZone::utc());
    for (int i = 0; i < state.range(0); ++i) {
        const QDateTime start = base.addDays(i / 500).addSecs(((i % 500) / 10) * 900);
        spans << TimeSpan{QString::number(i), start, start.addSecs(60LL * (30 + (i % 4) * 15))};
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(findClashes(spans).size());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ClashesOfAnAgenda)->Arg(2000)->Unit(benchmark::kMillisecond);

} // namespace

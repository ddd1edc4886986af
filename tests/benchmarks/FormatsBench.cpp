// Readers, writers and imports of the outside world's formats, on inputs made here. The budgets
// against outside references (sqlite3 .import, python3-vobject, libical) are timed by
// scripts/bench/formats.sh; these show where the time goes.
#include "core/formats/Csv.h"
#include "core/formats/ICalendarReader.h"
#include "core/formats/LinkedInConnections.h"
#include "core/formats/VCardReader.h"
#include "core/formats/VCardWriter.h"
#include "core/services/LinkedInImporter.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

using namespace foothold;

namespace {

QByteArray connections(int rows)
{
    QByteArray out("Notes:\n\"Some notes.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (int i = 0; i < rows; ++i)
        out += QStringLiteral("Ana%1,Lima,https://www.linkedin.com/in/ana-lima-%1,%2,\"Lumen %3, Inc.\",Staff Engineer,12 Mar 2024\n")
                   .arg(i)
                   .arg(i % 3 == 0 ? QStringLiteral("ana%1@lumen.example").arg(i) : QString())
                   .arg(i % 500)
                   .toUtf8();
    return out;
}

QByteArray vcards(int cards)
{
    QByteArray out;
    for (int i = 0; i < cards; ++i)
        out += QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lima;Ana%1;;;\r\nFN:Ana%1 Lima\r\nORG:Lumen;R&D\r\nTITLE:Engineer\r\n"
                              "EMAIL;TYPE=INTERNET,WORK:ana%1@lumen.example\r\nTEL;TYPE=CELL:+1 555 %1\r\n"
                              "item1.URL:https://www.linkedin.com/in/ana-%1\r\nitem1.X-ABLabel:_$!<HomePage>!$_\r\n"
                              "ADR;TYPE=WORK:;;1 Main St\\, Suite %1;Springfield;IL;62701;USA\r\nNOTE:Met at RustConf\\nFollow up.\r\n"
                              "CATEGORIES:rust,mentor\r\nBDAY:1990-07-21\r\nEND:VCARD\r\n")
                   .arg(i)
                   .toUtf8();
    return out;
}

QByteArray events(int count)
{
    QByteArray out("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n");
    for (int i = 0; i < count; ++i)
        out += QStringLiteral("BEGIN:VEVENT\r\nUID:e%1@bench\r\nDTSTAMP:20270101T000000Z\r\nDTSTART;TZID=Europe/Berlin:20270415T%2\r\n"
                              "DTEND;TZID=Europe/Berlin:20270415T%3\r\nSUMMARY:Session %1\r\nLOCATION:Room 1\\, Hall A\r\n"
                              "CATEGORIES:talk\r\nEND:VEVENT\r\n")
                   .arg(i)
                   .arg(QStringLiteral("%1").arg(80000 + (i % 10) * 10000, 6, 10, QLatin1Char('0')))
                   .arg(QStringLiteral("%1").arg(84500 + (i % 10) * 10000, 6, 10, QLatin1Char('0')))
                   .toUtf8();
    return out + "END:VCALENDAR\r\n";
}

void BM_CsvRead(benchmark::State &state)
{
    const QString text = QString::fromUtf8(connections(int(state.range(0))));
    for (auto _ : state) {
        CsvReader reader(text);
        CsvRecord record;
        int n = 0;
        while (reader.next(record))
            ++n;
        benchmark::DoNotOptimize(n);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_CsvRead)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_LinkedInParse(benchmark::State &state)
{
    const QByteArray bytes = connections(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(parseLinkedInConnections(bytes).rows.size());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_LinkedInParse)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_LinkedInImportFreshDatabase(benchmark::State &state)
{
    const QByteArray bytes = connections(int(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Database::Options options;
        options.backupBeforeMigration = false;
        auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite3")), options);
        state.ResumeTiming();
        ImportOptions importOptions;
        benchmark::DoNotOptimize(LinkedInImporter(**db).import(bytes, importOptions).added);
        state.PauseTiming();
        db->reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_LinkedInImportFreshDatabase)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_VCardParse(benchmark::State &state)
{
    const QByteArray bytes = vcards(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(parseVCards(bytes).cards.size());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_VCardParse)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_VCardWrite(benchmark::State &state)
{
    const VCardFile file = parseVCards(vcards(int(state.range(0))));
    for (auto _ : state) {
        QByteArray out;
        for (const VCardContact &card : file.cards)
            out += writeVCard(card.contact, {card.companyName, {}, {}});
        benchmark::DoNotOptimize(out.size());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_VCardWrite)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_ICalendarParse(benchmark::State &state)
{
    const QByteArray bytes = events(int(state.range(0)));
    CalendarReadOptions options;
    options.now = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (auto _ : state)
        benchmark::DoNotOptimize(parseCalendar(bytes, options).events.size());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ICalendarParse)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace

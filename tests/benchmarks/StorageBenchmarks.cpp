// Foundation budgets (issue 2): bulk insert of 100k contacts, stats and search over 100k contacts.
#include "core/services/sample/SampleData.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/StatsStore.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

using namespace foothold;

namespace {

const FixedClock &benchClock()
{
    static const FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc()));
    return clock;
}

std::unique_ptr<Database> openFresh(const QTemporaryDir &dir, const QString &name)
{
    auto db = Database::open(dir.filePath(name));
    if (!db)
        qFatal("cannot open the benchmark database: %s", qPrintable(db.error().toString()));
    return std::move(db).value();
}

QList<Contact> makeContacts(int n, const QList<CompanyId> &companies)
{
    QList<Contact> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        Contact c;
        c.name = QStringLiteral("Person %1 Lastname").arg(i);
        c.headline = QStringLiteral("Software Engineer");
        c.company = companies.at(i % companies.size());
        c.emails = {{QStringLiteral("person%1@example.com").arg(i), QStringLiteral("work")}};
        c.urls = {{QStringLiteral("https://www.linkedin.com/in/person-%1").arg(i), QStringLiteral("linkedin")}};
        c.channel = Channel::LinkedIn;
        c.connectedOn = QDate(2024, 1, 1).addDays(i % 700);
        out << c;
    }
    return out;
}

// One database of 100k sample contacts, shared by the read benchmarks.
Database &sampleDatabase()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [] {
        auto opened = openFresh(dir, QStringLiteral("sample.sqlite3"));
        auto summary = generateSampleData(*opened, SampleOptions{100000, 2026}, benchClock());
        if (!summary)
            qFatal("sample: %s", qPrintable(summary.error().toString()));
        return opened;
    }();
    return *db;
}

} // namespace

// Budget: >= 200,000 contacts/s in one transaction.
static void BM_InsertContacts(benchmark::State &state)
{
    const int n = int(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = openFresh(dir, QStringLiteral("insert.sqlite3"));
        CompanyStore companies(*db, benchClock());
        QList<CompanyId> companyIds;
        for (int i = 0; i < 500; ++i)
            companyIds << companies.findOrCreate(QStringLiteral("Company %1").arg(i)).value();
        QList<Contact> contacts = makeContacts(n, companyIds);
        ContactStore store(*db, benchClock());
        state.ResumeTiming();
        if (auto status = store.insertMany(contacts); !status)
            state.SkipWithError(qPrintable(status.error().toString()));
        state.PauseTiming();
        db.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_InsertContacts)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(3);

// What `stats --json` computes, on 100k contacts (the process budget is timed by scripts/bench/foundation.sh).
static void BM_Stats(benchmark::State &state)
{
    Database &db = sampleDatabase();
    StatsStore stats(db);
    for (auto _ : state) {
        auto counts = stats.counts(benchClock().today());
        auto stages = stats.applicationsByStage();
        auto months = stats.contactsConnectedPerMonth();
        benchmark::DoNotOptimize(counts);
        benchmark::DoNotOptimize(stages);
        benchmark::DoNotOptimize(months);
    }
}
BENCHMARK(BM_Stats)->Unit(benchmark::kMillisecond);

// What `list contacts --search TEXT` reads, on 100k contacts.
static void BM_ListSearch(benchmark::State &state)
{
    Database &db = sampleDatabase();
    ContactStore contacts(db, benchClock());
    qsizetype found = 0;
    for (auto _ : state) {
        const auto rows = contacts.list({.search = QStringLiteral("okafor")});
        found = rows.size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(found);
}
BENCHMARK(BM_ListSearch)->Unit(benchmark::kMillisecond);

// Why ContactStore inserts through NativeStatement: the same row into the real contacts table,
// bound through QSqlQuery and through SQLite's own API on the same Qt connection.
#include "core/storage/Database.h"
#include "core/storage/NativeStatement.h"
#include "core/storage/SqlSupport.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace foothold;

namespace {

const QString kInsert = QStringLiteral(
    "INSERT INTO contacts(name, headline, emails, urls, channel, connected_on, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

QVariantList row(int i)
{
    return {QStringLiteral("Person %1").arg(i), QStringLiteral("Engineer"),
            QStringLiteral("[{\"value\":\"p%1@example.com\"}]").arg(i), QStringLiteral("[]"), QStringLiteral("linkedin"),
            QStringLiteral("2024-01-01"), QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("2026-01-01T00:00:00Z")};
}

} // namespace

static void BM_RowThroughQSqlQuery(benchmark::State &state)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("qt.sqlite3"))).value();
    (void)db->exec(QStringLiteral("BEGIN"));
    auto query = sql::prepare(db->connection(), kInsert).value();
    int i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(sql::exec(query, row(i++)).ok());
    (void)db->exec(QStringLiteral("COMMIT"));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RowThroughQSqlQuery)->Iterations(50000);

static void BM_RowThroughNativeStatement(benchmark::State &state)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("native.sqlite3"))).value();
    (void)db->exec(QStringLiteral("BEGIN"));
    auto statement = NativeStatement::prepare(db->connection(), kInsert).value();
    int i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(statement.run(row(i++)).ok());
    (void)db->exec(QStringLiteral("COMMIT"));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RowThroughNativeStatement)->Iterations(50000);

// Why bulk inserts go through BulkStatement: the same row into the real contacts table,
// bound through QSqlQuery and through SQLite's own API on the same Qt connection.
#include "core/storage/Database.h"
#include "core/storage/SqliteBulk.h"
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

static void BM_RowThroughBulkStatement(benchmark::State &state)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("native.sqlite3"))).value();
    (void)db->exec(QStringLiteral("BEGIN"));
    BulkStatement statement(*db, kInsert.toUtf8().constData());
    int i = 0;
    for (auto _ : state) {
        const QVariantList values = row(i++);
        for (int column = 0; column < values.size(); ++column)
            statement.bindText(column + 1, values.at(column).toString());
        benchmark::DoNotOptimize(statement.step().ok());
    }
    (void)db->exec(QStringLiteral("COMMIT"));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RowThroughBulkStatement)->Iterations(50000);

#pragma once

#include "core/domain/Common.h"
#include "core/util/IsoTime.h"
#include "core/util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace foothold::sql {

using foothold::isoDate;
using foothold::isoUtc;
using foothold::parseIsoUtc;

// Turns what SQLite said into one line a person can act on ("the database is locked by another
// program"), keeping SQLite's own words for the rare cases we do not name.
[[nodiscard]] Error toError(const QSqlError &error, const QString &doing = {});

// Prepares `sql` on `db`; a failure to prepare is a programming error reported as a Database error.
[[nodiscard]] Result<QSqlQuery> prepare(QSqlDatabase &db, const QString &sql);

// Binds `values` positionally and executes. Bound parameters only: never format values into SQL.
Status exec(QSqlQuery &query, std::initializer_list<QVariant> values = {});
Status exec(QSqlQuery &query, const QVariantList &values);

// One-shot helpers for a single statement.
Status run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
Result<QVariant> scalar(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Deletes the row `id` of `table` (a name from our code, never from input); false when no such row.
Result<bool> deleteRow(QSqlDatabase &db, const QString &table, qint64 id);
// Rows in `table`.
Result<qint64> countRows(QSqlDatabase &db, const QString &table);

// Column values. Dates are 'YYYY-MM-DD', instants 'YYYY-MM-DDTHH:MM:SSZ' (UTC); invalid ones are
// stored as NULL.
[[nodiscard]] QVariant fromDate(const QDate &date);
[[nodiscard]] QVariant fromDateTime(const QDateTime &when);
[[nodiscard]] QVariant fromText(const QString &text); // never NULL: '' for a null string
[[nodiscard]] QVariant fromId(qint64 id);             // NULL for 0
[[nodiscard]] QVariant fromOptional(const std::optional<double> &value);
[[nodiscard]] QVariant fromOptional(const std::optional<qint64> &value);
[[nodiscard]] QDate toDate(const QVariant &value);
[[nodiscard]] QDateTime toDateTime(const QVariant &value);
[[nodiscard]] std::optional<double> toOptionalDouble(const QVariant &value);
[[nodiscard]] std::optional<qint64> toOptionalInt(const QVariant &value);

// JSON array columns.
[[nodiscard]] QString typedValuesToJson(const TypedValues &values);
[[nodiscard]] TypedValues typedValuesFromJson(const QString &json);
[[nodiscard]] QString stringListToJson(const QStringList &values);
[[nodiscard]] QStringList stringListFromJson(const QString &json);

// A WHERE clause built from conditions, with positional parameters. Qt's SQLite driver rewrites
// '?' into named placeholders, so a numbered one ("?1") cannot be used twice: each %1 in a condition
// becomes its own '?' bound to the same value.
class Filter {
public:
    // Adds "AND (condition)"; every %1 in `condition` stands for `value`.
    Filter &add(const QString &condition, const QVariant &value);
    // Adds "AND (condition)", a condition without parameters.
    Filter &add(const QString &condition);
    [[nodiscard]] QString where() const { return m_where; } // " WHERE 1 AND …"
    [[nodiscard]] const QVariantList &values() const { return m_values; }

private:
    QString m_where = QStringLiteral(" WHERE 1");
    QVariantList m_values;
};

// A list of ids bound as ONE parameter, so that a statement on "these rows" stays bound-parameters
// only, whatever the length of the list (SQLite caps a statement's parameters; a JSON array has
// no such cap): write `column IN (SELECT value FROM json_each(?))` — kInIdArray — and bind
// idArray(ids) to its '?'. SQLite reads the array once into a temporary index.
inline constexpr char kInIdArray[] = "IN (SELECT value FROM json_each(?))";
[[nodiscard]] QString idArray(const QList<qint64> &ids); // "[3,1,2]", "[]" for none
template <typename Id>
    requires requires(Id id) { qint64(id.value); }
[[nodiscard]] QString idArray(const QList<Id> &ids)
{
    QList<qint64> values;
    values.reserve(ids.size());
    for (const Id &id : ids)
        values << qint64(id.value);
    return idArray(values);
}

// Escapes % _ and \ for a LIKE pattern used with ESCAPE '\'.
[[nodiscard]] QString likeContains(const QString &text);

} // namespace foothold::sql

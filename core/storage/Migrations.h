#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace foothold::migrations {

// Schema migrations are the files core/resources/migrations/NNNN_name.sql; file NNNN takes the
// schema from version NNNN-1 to NNNN (PRAGMA user_version). Each runs in its own transaction.

// The newest schema version this build knows.
[[nodiscard]] int latestVersion();

// Splits a script into statements: on ';' outside quotes and comments, and at the END of a
// CREATE TRIGGER body (Qt's QSqlQuery runs one statement at a time).
[[nodiscard]] QStringList splitStatements(const QString &script);

// Applies every migration after the current user_version up to `target` (-1: latest).
Status migrate(QSqlDatabase &db, int target = -1);

} // namespace foothold::migrations

#pragma once

#include "core/formats/Diagnostic.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace foothold {

// A full backup: every table's rows, and the schema version they fit.
struct BackupTable {
    QString name;
    QStringList columns;
    QStringList types;        // INTEGER, TEXT, REAL, BLOB, ANY
    QList<QVariantList> rows;
};

struct BackupData {
    int schemaVersion = 0;
    QDateTime createdAt;      // UTC
    QString application;      // "Foothold 0.1.0"
    QList<BackupTable> tables;
};

// The JSON form, version 1:
//   {"format": "foothold-backup", "version": 1, "schema_version": N, "created_at": "…Z",
//    "application": "…", "tables": {"<name>": {"columns": […], "types": […], "rows": [[…], …]}}}
// Values by type: INTEGER as a JSON integer, REAL as a number, TEXT as a string, BLOB as base64
// text, NULL as null. Keys are sorted and rows keep their order, so the same data always gives
// the same bytes.
[[nodiscard]] QByteArray writeBackupJson(const BackupData &backup);

struct BackupRead {
    std::optional<BackupData> backup;
    Diagnostic error;         // when `backup` is empty: where (line for syntax, else 0) and what
};

// Reads and checks the JSON form: the format name, a version this build reads (1), and for every
// table columns, types and rows of the right length and types.
[[nodiscard]] BackupRead readBackupJson(const QByteArray &bytes);

inline constexpr int kBackupFormatVersion = 1;

} // namespace foothold

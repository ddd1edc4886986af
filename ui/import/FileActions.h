#pragma once

#include "core/util/Result.h"

#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace foothold {

struct UiContext;

// What File › Export ▸ writes.
enum class ExportKind { VCard, Calendar, Csv, Backup };

// The File menu's import and export entries, all through the core's services:
//   Import… (Ctrl+I) — the import wizard;
//   Export ▸ vCard…, iCalendar…, CSV of the current list…, Full backup (JSON)…;
//   Restore backup… — with a confirmation that everything will be replaced when the database holds
//   data (the CLI's --replace), not undoable (the undo history is cleared).
// `currentList` names the list shown now ("contacts", …; pageKey()), or anything else when the
// page is not a list: the CSV export then asks which list.
void addImportExportActions(QMenu *file, UiContext &context, QWidget *window, std::function<QString()> currentList);

// Writes one export to `path` (atomically: a failed write leaves an existing file as it was).
// `table` is for CSV only. The data is read on a worker thread with its own connection.
Status exportToFile(UiContext &context, ExportKind kind, const QString &path, const QString &table, QWidget *parent);

// Restores the backup at `path` after asking (when the database is not empty) and reports the
// outcome in a message box; the models reload and the undo history is cleared.
// `confirm` answers the question for tests; by default a message box asks.
Status restoreBackupFrom(UiContext &context, QWidget *parent, const QString &path, const std::function<bool()> &confirm = {});

// Files dropped on `window` open the import wizard (a backup is offered for restore from there).
void acceptImportDrops(QWidget *window, UiContext &context);

} // namespace foothold

#pragma once

#include "core/storage/Database.h"
#include "tests/support/QtPrinters.h"
#include "core/util/Clock.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace foothold::test {

// A fresh database in its own temporary directory, removed after the test.
class TempDatabase {
public:
    explicit TempDatabase(Database::Options options = {});
    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite3")); }
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    // Closes the connection (to inspect or damage the file), and opens it again.
    void close() { m_db.reset(); }
    void reopen(Database::Options options = {});

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

// A clock pinned at 2026-06-15 12:00 UTC unless told otherwise.
inline FixedClock fixedClock(QDateTime at = QDateTime(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc()))
{
    return FixedClock(std::move(at));
}

} // namespace foothold::test

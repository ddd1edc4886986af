#include "cli/CliContext.h"

#include <QFile>
#include <QFileInfo>

namespace foothold::cli {

Database *CliContext::database()
{
    if (m_db)
        return m_db.get();
    const auto location = Database::resolveLocation(m_databaseOption);
    Database::Options options;
    options.createDirectory = location.isDefault;
    // Scripts and tests may shorten the wait for a locked database.
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("FOOTHOLD_BUSY_TIMEOUT_MS", &ok);
    if (ok)
        options.busyTimeoutMs = timeout;
    QStringList absent;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        if (const QString file = location.path + QLatin1String(suffix); !QFileInfo::exists(file))
            absent << file;
    auto opened = Database::open(location.path, options);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_db = std::move(opened).value();
    // Only a database file this command made may be taken back (discardCreatedDatabase()).
    if (absent.contains(location.path))
        m_createdFiles = absent;
    return m_db.get();
}

void CliContext::discardCreatedDatabase()
{
    if (!m_db || m_createdFiles.isEmpty())
        return;
    m_db.reset(); // closes the connection: SQLite lets go of the file
    for (const QString &file : std::as_const(m_createdFiles))
        QFile::remove(file);
    m_createdFiles.clear();
}

int CliContext::fail(const Error &error)
{
    return fail(error.toString());
}

int CliContext::fail(const QString &message)
{
    m_err << "foothold-cli: " << message << Qt::endl;
    return ExitFailure;
}

} // namespace foothold::cli

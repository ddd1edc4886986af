#include "cli/CliContext.h"

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
    auto opened = Database::open(location.path, options);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_db = std::move(opened).value();
    return m_db.get();
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

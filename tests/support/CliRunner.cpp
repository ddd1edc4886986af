#include "tests/support/CliRunner.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace foothold::test {

CliRunner::CliRunner() : m_env(QProcessEnvironment::systemEnvironment())
{
    // Keep the user's real settings and database out of reach.
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("HOME"), m_dir.path());
    m_env.remove(QStringLiteral("FOOTHOLD_DB"));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &stdinData)
{
    QStringList all{QStringLiteral("--db"), dbPath()};
    all << args;
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(QStringLiteral(FOOTHOLD_CLI_PATH), all);
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        ADD_FAILURE() << "foothold-cli did not finish: " << all.join(QLatin1Char(' ')).toStdString();
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

CliResult CliRunner::runRaw(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = m_env;
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FOOTHOLD_CLI_PATH), args);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        ADD_FAILURE() << "foothold-cli did not finish";
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace foothold::test

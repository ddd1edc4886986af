#pragma once

#include "tests/support/QtPrinters.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace foothold::test {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real foothold-cli binary (FOOTHOLD_CLI_PATH) with `--db <temp>/cli.sqlite3` unless told
// otherwise, in an environment whose settings and data directories are private to the test.
class CliRunner {
public:
    CliRunner();
    // Runs `foothold-cli --db <dbPath()> args...`.
    CliResult run(const QStringList &args, const QByteArray &stdinData = {});
    // Runs `foothold-cli args...` with no --db.
    CliResult runRaw(const QStringList &args, const QProcessEnvironment &extra = {});
    [[nodiscard]] QString dbPath() const { return m_dir.filePath(QStringLiteral("cli.sqlite3")); }
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    [[nodiscard]] QString file(const QString &name) const { return m_dir.filePath(name); }
    QProcessEnvironment &environment() { return m_env; }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

} // namespace foothold::test

#include "core/storage/Migrations.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace foothold::migrations {
namespace {

// version -> resource path, read from the resource folder once.
const QMap<int, QString> &scripts()
{
    static const QMap<int, QString> found = [] {
        QMap<int, QString> map;
        const QDir dir(QStringLiteral(":/foothold/migrations"));
        static const QRegularExpression name(QStringLiteral(R"(^(\d{4})_.*\.sql$)"));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = name.match(file);
            if (match.hasMatch())
                map.insert(match.captured(1).toInt(), dir.filePath(file));
        }
        return map;
    }();
    return found;
}

Result<int> userVersion(QSqlDatabase &db)
{
    auto value = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!value)
        return value.error();
    return value->toInt();
}

} // namespace

int latestVersion()
{
    return scripts().isEmpty() ? 0 : scripts().lastKey();
}

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const qsizetype n = script.size();
    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements << statement;
        current.clear();
        inTrigger = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) { // line comment: drop it
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) { // block comment: drop it
            i += 2;
            while (i + 1 < n && !(script.at(i) == QLatin1Char('*') && script.at(i + 1) == QLatin1Char('/')))
                ++i;
            ++i;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) { // quoted: copy through the close
            current += c;
            for (++i; i < n; ++i) {
                current += script.at(i);
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) { // doubled quote
                        current += script.at(++i);
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (c == QLatin1Char(';')) {
            if (!inTrigger) {
                static const QRegularExpression trigger(
                    QStringLiteral(R"(^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b)"),
                    QRegularExpression::CaseInsensitiveOption);
                inTrigger = trigger.match(current).hasMatch();
            }
            if (inTrigger) {
                static const QRegularExpression endWord(QStringLiteral(R"(\bEND\s*$)"),
                                                        QRegularExpression::CaseInsensitiveOption);
                if (!endWord.match(current).hasMatch()) {
                    current += c;
                    continue;
                }
            }
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return statements;
}

Status migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = userVersion(db);
    if (!current)
        return current.error();
    for (auto it = scripts().constBegin(); it != scripts().constEnd(); ++it) {
        const int version = it.key();
        if (version <= *current || version > target)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return Error::database(QStringLiteral("migration %1 is missing from this build").arg(version));
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

        if (auto status = sql::run(db, QStringLiteral("BEGIN IMMEDIATE")); !status)
            return status;
        Status result;
        for (const QString &statement : statements) {
            result = sql::run(db, statement);
            if (!result)
                break;
        }
        if (result)
            // PRAGMA cannot take a bound parameter; the version is our own integer.
            result = sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (result)
            result = sql::run(db, QStringLiteral("COMMIT"));
        if (!result) {
            (void)sql::run(db, QStringLiteral("ROLLBACK"));
            const Error &error = result.error();
            return Error{error.code,
                         QCoreApplication::translate("Database", "updating the database to version %1 failed: %2")
                             .arg(version)
                             .arg(error.message),
                         {}, {}};
        }
    }
    return {};
}

} // namespace foothold::migrations

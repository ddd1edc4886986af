#include "cli/FileIo.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace foothold::cli {

Result<QByteArray> readInput(const QString &file)
{
    QFile in;
    if (file == QLatin1String("-")) {
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error::io(QCoreApplication::translate("Cli", "cannot read standard input"));
    } else {
        in.setFileName(file);
        if (!in.open(QIODevice::ReadOnly))
            return Error::io(QCoreApplication::translate("Cli", "cannot read %1: %2").arg(file, in.errorString()));
    }
    return in.readAll();
}

Status writeOutput(const QString &file, const QByteArray &bytes)
{
    if (file == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return Error::io(QCoreApplication::translate("Cli", "cannot write to standard output"));
        out.flush();
        return {};
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error::io(QCoreApplication::translate("Cli", "cannot write %1: %2").arg(file, out.errorString()));
    return {};
}

} // namespace foothold::cli

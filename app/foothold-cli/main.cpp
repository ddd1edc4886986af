// foothold-cli: the scripting face of Foothold. Links core only; runs with no display.
#include "cli/Command.h"
#include "core/util/AppIdentity.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    foothold::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return foothold::cli::runCli(app.arguments().mid(1), out, err);
}

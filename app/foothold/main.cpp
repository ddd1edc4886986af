// foothold: the desktop application. Parses the command line, opens the database, shows the window.
#include "core/storage/Database.h"
#include "core/util/AppIdentity.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    foothold::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Foothold"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Foothold: your professional network and job search."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The database file (default: $FOOTHOLD_DB, or the app's own file)."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const auto location = foothold::Database::resolveLocation(parser.value(dbOption));
    foothold::Database::Options options;
    options.createDirectory = location.isDefault;
    auto db = foothold::Database::open(location.path, options);
    if (!db) {
        QMessageBox::critical(nullptr, QObject::tr("Foothold cannot open its database"), db.error().toString());
        return 1;
    }
    foothold::MainWindow window(**db);
    window.show();
    return QApplication::exec();
}

// foothold: the desktop application. Parses the command line, opens the database, shows the window.
#include "core/storage/Database.h"
#include "core/util/AppIdentity.h"
#include "core/util/Clock.h"
#include "core/util/Settings.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Theme.h"
#include "ui/talk/TalkDialogs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

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
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("system, light or dark (default: the setting)."),
                                         QStringLiteral("THEME"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QStringLiteral("The page to open: today, contacts, companies, events, conversations, "
                                                       "interviews, applications, followups, insights, network."),
                                        QStringLiteral("PAGE"));
    parser.addOption(dbOption);
    parser.addOption(themeOption);
    const QCommandLineOption openOption(QStringLiteral("open"),
                                        QStringLiteral("A window to open over the main one: talk-timer (the live talk timer, "
                                                       "for a new conversation)."),
                                        QStringLiteral("WINDOW"));
    parser.addOption(pageOption);
    parser.addOption(openOption);
    parser.process(app);

    foothold::applyTheme(foothold::themeFromString(
        parser.isSet(themeOption) ? parser.value(themeOption) : foothold::settingValue(foothold::settings::ThemeName)));

    const auto location = foothold::Database::resolveLocation(parser.value(dbOption));
    foothold::Database::Options options;
    options.createDirectory = location.isDefault;
    auto db = foothold::Database::open(location.path, options);
    if (!db) {
        QMessageBox::critical(nullptr, QObject::tr("Foothold cannot open its database"), db.error().toString());
        return 1;
    }
    foothold::MainWindow window(**db, foothold::SystemClock::instance());
    if (parser.isSet(pageOption)) {
        const auto page = foothold::pageFromKey(parser.value(pageOption));
        if (!page) {
            fprintf(stderr, "foothold: unknown page '%s'\n", qPrintable(parser.value(pageOption)));
            return 2;
        }
        window.showPage(*page);
    }
    window.show();
    if (parser.isSet(openOption)) {
        if (parser.value(openOption) != QLatin1String("talk-timer")) {
            fprintf(stderr, "foothold: unknown window '%s' (known: talk-timer)\n", qPrintable(parser.value(openOption)));
            return 2;
        }
        foothold::openTalkTimer(window.context(), &window);
    }
    return QApplication::exec();
}

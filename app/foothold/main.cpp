// foothold: the desktop application. Parses the command line, opens the database, shows the window.
#include "core/storage/Database.h"
#include "core/util/AppIdentity.h"
#include "core/util/Clock.h"
#include "core/util/ProcessMemory.h"
#include "core/util/Settings.h"
#include "ui/dialogs/DuplicatesDialog.h"
#include "ui/import/ImportWizard.h"
#include "ui/shell/FirstPaintProbe.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Theme.h"
#include "ui/pages/EventPlannerDialog.h"
#include "ui/talk/TalkDialogs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
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
    const QCommandLineOption listPagesOption(QStringLiteral("list-pages"), QStringLiteral("Print the page names for --page, one a line, and exit."));
    parser.addOption(dbOption);
    parser.addOption(listPagesOption);
    parser.addOption(themeOption);
    const QCommandLineOption openOption(QStringLiteral("open"),
                                        QStringLiteral("A window to open over the main one: talk-timer (the live talk timer, "
                                                       "for a new conversation), import (the import wizard), duplicates "
                                                       "(possible duplicates), event-planner (the ranked plan and budget), "
                                                       "event-before (the soonest event's brief: pitch, checklist), event-agenda (the soonest event's agenda), event-return (every event's return)."),
                                        QStringLiteral("WINDOW"));
    const QCommandLineOption importOption(QStringLiteral("import"), QStringLiteral("Open the import wizard on FILE."), QStringLiteral("FILE"));
    parser.addOption(pageOption);
    parser.addOption(openOption);
    parser.addOption(importOption);
    parser.process(app);
    if (parser.isSet(listPagesOption)) {
        for (int i = 0; i < int(foothold::PageId::Count); ++i)
            printf("%s\n", qPrintable(foothold::pageKey(static_cast<foothold::PageId>(i))));
        return 0;
    }

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
    // FOOTHOLD_EXIT_AFTER_FIRST_PAINT=1: print how long the first frame took from the start of
    // main() (and the CPU time the process used until then), the memory held then, and quit
    // without saving the window layout (the start-up budget of docs/PERFORMANCE.md, measured by
    // scripts/bench/ui.sh).
    if (qEnvironmentVariableIsSet("FOOTHOLD_EXIT_AFTER_FIRST_PAINT")) {
        auto *probe = new foothold::FirstPaintProbe(&window, &window);
        QObject::connect(probe, &foothold::FirstPaintProbe::painted, &app, [&sinceStart] {
            const auto memory = foothold::currentMemoryUse();
            printf("first paint after %lld ms (CPU %.0f ms); resident %lld MB (peak %lld MB)\n",
                   static_cast<long long>(sinceStart.elapsed()), foothold::processCpuMs(),
                   static_cast<long long>(memory.residentKb / 1024), static_cast<long long>(memory.peakKb / 1024));
            fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    const QString openWindow = parser.value(openOption);
    const QHash<QString, foothold::EventPlannerDialog::Tab> plannerTabs{
        {QStringLiteral("event-planner"), foothold::EventPlannerDialog::PlanTab},
        {QStringLiteral("event-before"), foothold::EventPlannerDialog::BeforeTab},
        {QStringLiteral("event-agenda"), foothold::EventPlannerDialog::AgendaTab},
        {QStringLiteral("event-return"), foothold::EventPlannerDialog::ReturnTab}};
    const QStringList otherWindows{QStringLiteral("talk-timer"), QStringLiteral("import"), QStringLiteral("duplicates")};
    if (parser.isSet(openOption) && !otherWindows.contains(openWindow) && !plannerTabs.contains(openWindow)) {
        fprintf(stderr,
                "foothold: unknown window '%s' (known: talk-timer, import, duplicates, event-planner, event-before, event-agenda, "
                "event-return)\n",
                qPrintable(openWindow));
        return 2;
    }
    if (plannerTabs.contains(openWindow) && !parser.isSet(pageOption))
        window.showPage(foothold::PageId::Events); // where the planner is opened from
    window.show();
    if (openWindow == QLatin1String("talk-timer"))
        foothold::openTalkTimer(window.context(), &window);
    else if (openWindow == QLatin1String("import"))
        foothold::ImportWizard::open(window.context(), &window);
    else if (openWindow == QLatin1String("duplicates"))
        foothold::DuplicatesDialog::showFor(window.context(), &window);
    else if (plannerTabs.contains(openWindow))
        foothold::openEventPlanner(window.context(), &window, plannerTabs.value(openWindow));
    if (parser.isSet(importOption))
        foothold::ImportWizard::open(window.context(), &window, parser.value(importOption));
    return QApplication::exec();
}

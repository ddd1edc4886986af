// main() for test binaries that need Qt Core (and Qt Sql) but no GUI.
#include "core/util/AppIdentity.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    foothold::setApplicationIdentity();
    // Settings and default paths go to a test location, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this process only: ctest -j runs test processes side by side, and one test's
    // settings (a cadence, a database path) must not leak into another's.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

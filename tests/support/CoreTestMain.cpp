// main() for test binaries that need Qt Core (and Qt Sql) but no GUI.
#include "core/util/AppIdentity.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    foothold::setApplicationIdentity();
    // Settings and default paths go to a test location, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <gtest/gtest.h>

namespace foothold::test {

// The path of a fixture file, relative to tests/fixtures ("formats/linkedin/basic.csv").
inline QString fixturePath(const QString &relative)
{
    return QStringLiteral(FOOTHOLD_TEST_FIXTURES "/") + relative;
}

// The bytes of a fixture file; a test failure when it cannot be read.
inline QByteArray readFixture(const QString &relative)
{
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read fixture " << relative.toStdString();
        return {};
    }
    return file.readAll();
}

} // namespace foothold::test

#include "tests/support/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using foothold::test::CliRunner;

TEST(CliAdd, ContactWithNewCompanyThenListedAsJson)
{
    CliRunner cli;
    auto added = cli.run({QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--name"), QStringLiteral("Ana Lima"),
                          QStringLiteral("--company"), QStringLiteral("Lumen, Inc."), QStringLiteral("--connected"),
                          QStringLiteral("2024-03-12")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    auto listed = cli.run({QStringLiteral("list"), QStringLiteral("contacts"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Ana Lima"));
    EXPECT_EQ(rows.at(0).toObject().value(QLatin1String("company")).toString(), QStringLiteral("Lumen, Inc."));
    EXPECT_EQ(rows.at(0).toObject().value(QLatin1String("connected_on")).toString(), QStringLiteral("2024-03-12"));
}

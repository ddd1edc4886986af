#include "core/formats/LinkedInConnections.h"
#include "tests/support/Fixtures.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace foothold;

TEST(LinkedInParse, StandardExportAfterNotesPreamble)
{
    const auto file = parseLinkedInConnections(test::readFixture(QStringLiteral("formats/linkedin/connections-standard.csv")));
    ASSERT_TRUE(file.errors.isEmpty()) << file.errors.first().message.toStdString();
    EXPECT_EQ(file.headerLine, 4);
    ASSERT_EQ(file.rows.size(), 5);
    const auto &ana = file.rows[0];
    EXPECT_EQ(ana.line, 5);
    EXPECT_EQ(ana.name(), QStringLiteral("Ana Lima"));
    EXPECT_EQ(ana.company, QStringLiteral("Lumen, Inc."));
    EXPECT_EQ(ana.email, QStringLiteral("ana@lumen.example"));
    EXPECT_EQ(ana.connectedOn, QDate(2024, 3, 12));
    EXPECT_EQ(file.rows[1].name(), QStringLiteral("José García"));
    EXPECT_EQ(file.rows[1].position, QStringLiteral("Director, Operations"));
    EXPECT_TRUE(file.rows[2].company.isEmpty());
    EXPECT_FALSE(file.rows[2].connectedOn.isValid());
    EXPECT_TRUE(file.rows[2].errors.isEmpty());
    EXPECT_FALSE(file.rows[3].skipReason.isEmpty()); // no name
    EXPECT_EQ(file.rows[4].company, QStringLiteral("Data \"Wizards\" Ltd"));
    EXPECT_EQ(file.rows[4].connectedOn, QDate(2023, 9, 1));
}

TEST(LinkedInParse, BomCrlfAndUtf16GiveTheSameRows)
{
    const auto standard = parseLinkedInConnections(test::readFixture(QStringLiteral("formats/linkedin/connections-standard.csv")));
    for (const char *name : {"formats/linkedin/connections-bom-crlf.csv", "formats/linkedin/connections-utf16.csv"}) {
        const auto file = parseLinkedInConnections(test::readFixture(QString::fromLatin1(name)));
        ASSERT_TRUE(file.errors.isEmpty()) << name;
        ASSERT_EQ(file.rows.size(), standard.rows.size()) << name;
        for (qsizetype i = 0; i < file.rows.size(); ++i) {
            EXPECT_EQ(file.rows[i].name(), standard.rows[i].name());
            EXPECT_EQ(file.rows[i].line, standard.rows[i].line);
            EXPECT_EQ(file.rows[i].position, standard.rows[i].position);
        }
    }
}

TEST(LinkedInParse, Latin1IsRefusedWithItsLine)
{
    const auto file = parseLinkedInConnections(test::readFixture(QStringLiteral("formats/linkedin/connections-latin1.csv")));
    ASSERT_EQ(file.errors.size(), 1);
    EXPECT_EQ(file.errors[0].line, 6); // José
    EXPECT_TRUE(file.rows.isEmpty());
}

TEST(LinkedInParse, BadRowsCarryTheirErrors)
{
    const auto file = parseLinkedInConnections(test::readFixture(QStringLiteral("formats/linkedin/connections-bad-rows.csv")));
    ASSERT_TRUE(file.errors.isEmpty());
    ASSERT_EQ(file.rows.size(), 4);
    EXPECT_TRUE(file.rows[0].errors.isEmpty());
    ASSERT_EQ(file.rows[1].errors.size(), 1);
    EXPECT_EQ(file.rows[1].errors[0].line, 6);
    EXPECT_TRUE(file.rows[1].errors[0].message.contains(QLatin1String("31 Foo 2024")));
    ASSERT_EQ(file.rows[2].errors.size(), 1);
    EXPECT_TRUE(file.rows[2].errors[0].message.contains(QLatin1String("not-an-email")));
    ASSERT_EQ(file.rows[3].errors.size(), 1);
    EXPECT_TRUE(file.rows[3].errors[0].message.contains(QLatin1String("6 fields")));
}

TEST(LinkedInParse, UnterminatedQuoteIsAFileError)
{
    const auto file = parseLinkedInConnections(test::readFixture(QStringLiteral("formats/linkedin/connections-unterminated.csv")));
    ASSERT_EQ(file.errors.size(), 1);
    EXPECT_EQ(file.errors[0].line, 3);
}

TEST(LinkedInParse, ColumnsInAnotherOrderAndUnquotedPreamble)
{
    const auto file = parseLinkedInConnections(test::readFixture(QStringLiteral("formats/linkedin/connections-reordered.csv")));
    ASSERT_TRUE(file.errors.isEmpty());
    EXPECT_EQ(file.headerLine, 3);
    ASSERT_EQ(file.rows.size(), 1);
    EXPECT_EQ(file.rows[0].url, QStringLiteral("https://www.linkedin.com/in/ana-lima"));
    EXPECT_EQ(file.rows[0].email, QStringLiteral("ana@lumen.example"));
}

TEST(LinkedInParse, NotAConnectionsFile)
{
    const auto file = parseLinkedInConnections(QByteArray("CONVERSATION ID,FROM,TO,CONTENT\nc1,a,b,hi\n"));
    ASSERT_EQ(file.errors.size(), 1);
    EXPECT_TRUE(file.errors[0].message.contains(QLatin1String("no header row")));
}

TEST(LinkedInParse, EnglishMonthsWhateverTheLocale)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(parseLinkedInDate(u"12 Mar 2024"), QDate(2024, 3, 12));
    EXPECT_EQ(parseLinkedInDate(u"01 May 2020"), QDate(2020, 5, 1));
    EXPECT_EQ(parseLinkedInDate(u"3 December 2019"), QDate(2019, 12, 3));
    EXPECT_EQ(parseLinkedInDate(u"2024-02-29"), QDate(2024, 2, 29));
    EXPECT_FALSE(parseLinkedInDate(u"12 Mär 2024"));
    EXPECT_FALSE(parseLinkedInDate(u"30 Feb 2024"));
    EXPECT_FALSE(parseLinkedInDate(u"Mar 2024"));
    QLocale::setDefault(saved);
}

TEST(LinkedInParse, ProfileUrlKeyIgnoresSchemeWwwSlashAndCase)
{
    const QString key = profileUrlKey(QStringLiteral("https://www.linkedin.com/in/ana-lima"));
    EXPECT_EQ(key, QStringLiteral("linkedin.com/in/ana-lima"));
    EXPECT_EQ(profileUrlKey(QStringLiteral("http://LinkedIn.com/in/Ana-Lima/")), key);
    EXPECT_EQ(profileUrlKey(QStringLiteral("https://de.linkedin.com/in/ana-lima?trk=x")), key);
    EXPECT_NE(profileUrlKey(QStringLiteral("https://github.com/Ana")), profileUrlKey(QStringLiteral("https://github.com/ana")));
}

TEST(LinkedInParse, ALineBreakInsideAQuotedFieldIsLf)
{
    // CRLF line ends throughout, one position spanning two lines, one an old Mac's lone CR.
    const auto file = parseLinkedInConnections(QByteArray("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                                                          "Ana,Lima,,,Lumen,\"Line1\r\nLine2\",12 Mar 2024\r\n"
                                                          "Bo,Chen,,,Orbit,\"Lead\rMentor\",13 Mar 2024\r\n"));
    ASSERT_TRUE(file.errors.isEmpty());
    ASSERT_EQ(file.rows.size(), 2);
    EXPECT_EQ(file.rows[0].position, QStringLiteral("Line1\nLine2"));
    EXPECT_EQ(file.rows[1].position, QStringLiteral("Lead\nMentor"));
    EXPECT_EQ(file.rows[1].line, 4); // the break still counts as a line
}

#include "core/formats/VCardReader.h"
#include "core/formats/VCardWriter.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

// Every field a Contact holds, with values that test escaping, folding and types.
Contact fullContact()
{
    Contact c;
    c.name = QStringLiteral("Zoë “ZZ” Renée-Łukasiewicz");
    c.headline = QStringLiteral("Staff Engineer, Platform; infra\\ops");
    c.emails = {{QStringLiteral("zoe@lumen.example"), QStringLiteral("work")},
                {QStringLiteral("zoe+home@mail.example"), QString()},
                {QStringLiteral("z@x.example"), QStringLiteral("Personal Mail")}};
    c.phones = {{QStringLiteral("+1 555 0100"), QStringLiteral("mobile")},
                {QStringLiteral("+1 555 0101"), QStringLiteral("voice")},
                {QStringLiteral("+1 555 0102"), QStringLiteral("home,fax")},
                {QStringLiteral("+1,555;0103"), QString()}};
    c.urls = {{QStringLiteral("https://www.linkedin.com/in/zoe"), QStringLiteral("linkedin")},
              {QStringLiteral("https://github.com/zoe"), QString()},
              {QStringLiteral("https://zoe.example/blog?a=1&b=2"), QStringLiteral("website")}};
    c.addresses = {{QStringLiteral("12 Rue de la Paix, 75002 Paris; France"), QStringLiteral("work")},
                   {QStringLiteral("Line one\nLine two"), QString()}};
    c.location = QStringLiteral("Paris, FR");
    c.channel = Channel::OnlineCommunity;
    c.tags = {QStringLiteral("rust"), QStringLiteral("a,b"), QStringLiteral("mentor; maybe")};
    c.role = ContactRole::HiringManager;
    c.connectedOn = QDate(2024, 3, 12);
    c.cadenceDays = 45;
    c.strengthOverride = 0.1 + 0.2;
    c.prospect = true;
    c.birthday = QDate(1990, 7, 21);
    c.photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'x') + QByteArray("\x00\xff", 2);
    c.photoType = QStringLiteral("image/png");
    c.notes = QStringLiteral("Met at RustConf.\nSays: \"hi\"; likes C++, Go\\Rust.\n\n") + QString(200, QChar(0x6771)); // 東 × 200
    c.history = {{CompanyId(), QStringLiteral("Acme, Inc."), QStringLiteral("Engineer; backend"), QDate(2018, 1, 1), QDate(2020, 6, 30)},
                 {CompanyId(), QStringLiteral("Initech"), QString(), QDate(), QDate(2022, 2, 1)}};
    return c;
}

void expectSameFields(const Contact &a, const Contact &b)
{
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.headline, b.headline);
    EXPECT_EQ(a.emails, b.emails);
    EXPECT_EQ(a.phones, b.phones);
    EXPECT_EQ(a.urls, b.urls);
    EXPECT_EQ(a.addresses, b.addresses);
    EXPECT_EQ(a.location, b.location);
    EXPECT_EQ(a.channel, b.channel);
    EXPECT_EQ(a.tags, b.tags);
    EXPECT_EQ(a.role, b.role);
    EXPECT_EQ(a.connectedOn, b.connectedOn);
    EXPECT_EQ(a.cadenceDays, b.cadenceDays);
    EXPECT_EQ(a.strengthOverride, b.strengthOverride);
    EXPECT_EQ(a.prospect, b.prospect);
    EXPECT_EQ(a.birthday, b.birthday);
    EXPECT_EQ(a.photo, b.photo);
    EXPECT_EQ(a.photoType, b.photoType);
    EXPECT_EQ(a.notes, b.notes);
    EXPECT_EQ(a.history, b.history);
}

} // namespace

TEST(VCardRoundTrip, EveryFieldComesBack)
{
    const Contact original = fullContact();
    const VCardNames names{QStringLiteral("Lumen, Inc."), QStringLiteral("RustConf 2024"), QStringLiteral("Ana Lima")};
    const QByteArray vcf = writeVCard(original, names);

    const auto file = parseVCards(vcf);
    ASSERT_TRUE(file.errors.isEmpty());
    ASSERT_TRUE(file.warnings.isEmpty()) << file.warnings.first().message.toStdString();
    ASSERT_EQ(file.cards.size(), 1);
    ASSERT_TRUE(file.cards[0].errors.isEmpty()) << file.cards[0].errors.first().message.toStdString();
    EXPECT_EQ(file.cards[0].version, QStringLiteral("4.0"));
    EXPECT_EQ(file.cards[0].companyName, names.company);
    EXPECT_EQ(file.cards[0].metAtEvent, names.metAtEvent);
    EXPECT_EQ(file.cards[0].introducedByName, names.introducedBy);
    expectSameFields(file.cards[0].contact, original);
}

TEST(VCardRoundTrip, MinimalContactStaysMinimal)
{
    Contact c;
    c.name = QStringLiteral("Bo");
    const auto file = parseVCards(writeVCard(c));
    ASSERT_EQ(file.cards.size(), 1);
    expectSameFields(file.cards[0].contact, c);
    EXPECT_TRUE(file.cards[0].companyName.isEmpty());
}

TEST(VCardWriter, LinesAreFoldedAt75OctetsWithoutSplittingCharacters)
{
    Contact c;
    c.name = QStringLiteral("Ana");
    c.notes = QString(100, QChar(0x00E9)); // é: two bytes each
    const QByteArray vcf = writeVCard(c);
    for (const QByteArray &line : vcf.split('\n')) {
        const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
        EXPECT_LE(content.size(), 75);
        if (!content.isEmpty()) {
            EXPECT_NE(static_cast<unsigned char>(content.at(content.startsWith(' ') ? 1 : 0)) & 0xC0, 0x80u);
        }
    }
    EXPECT_TRUE(vcf.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\n"));
}

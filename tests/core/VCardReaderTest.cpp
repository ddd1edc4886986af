#include "core/formats/VCardLexer.h"
#include "core/formats/VCardReader.h"
#include "tests/support/Fixtures.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

VCardFile read(const char *name)
{
    return parseVCards(test::readFixture(QStringLiteral("formats/vcard/") + QLatin1String(name)));
}

bool hasWarning(const VCardFile &file, int line, const char *text)
{
    for (const auto &w : file.warnings)
        if (w.line == line && w.message.contains(QLatin1String(text)))
            return true;
    return false;
}

} // namespace

TEST(VCardReader, Version21QuotedPrintableCharsetsBarePhotoAndSoftBreaks)
{
    const auto file = read("v21-outlook.vcf");
    ASSERT_TRUE(file.errors.isEmpty());
    ASSERT_EQ(file.cards.size(), 1);
    const auto &card = file.cards[0];
    ASSERT_TRUE(card.errors.isEmpty()) << card.errors.first().message.toStdString();
    const Contact &c = card.contact;
    EXPECT_EQ(card.version, QStringLiteral("2.1"));
    EXPECT_EQ(c.name, QStringLiteral("Zoë René"));
    EXPECT_EQ(card.companyName, QStringLiteral("Lumen Inc."));
    EXPECT_EQ(c.headline, QStringLiteral("Staff Engineer"));
    ASSERT_EQ(c.phones.size(), 2);
    EXPECT_EQ(c.phones[0], (TypedValue{QStringLiteral("+1 555 0100"), QStringLiteral("work")}));
    EXPECT_EQ(c.phones[1], (TypedValue{QStringLiteral("+1 555 0199"), QStringLiteral("mobile")}));
    ASSERT_EQ(c.emails.size(), 2);
    EXPECT_EQ(c.emails[0], (TypedValue{QStringLiteral("zoe@lumen.example"), QString()}));
    EXPECT_EQ(c.emails[1], (TypedValue{QStringLiteral("zoe@home.example"), QStringLiteral("home")}));
    ASSERT_EQ(c.addresses.size(), 1);
    EXPECT_EQ(c.addresses[0].value, QStringLiteral("12 Rue de la Paix\nBat. B, Paris, 75002, France"));
    EXPECT_EQ(c.notes, QStringLiteral("Met at the RustConf booth\nSecond line"));
    EXPECT_EQ(c.birthday, QDate(1985, 4, 12));
    EXPECT_EQ(c.photoType, QStringLiteral("image/png"));
    EXPECT_TRUE(c.photo.startsWith("\x89PNG"));
    EXPECT_EQ(c.photo.size(), 70);
}

TEST(VCardReader, Version30GroupsLabelsEscapesAndFoldsInsideUtf8)
{
    const auto file = read("v30-apple.vcf");
    ASSERT_TRUE(file.errors.isEmpty());
    ASSERT_EQ(file.cards.size(), 1);
    const auto &card = file.cards[0];
    ASSERT_TRUE(card.errors.isEmpty()) << card.errors.first().message.toStdString();
    const Contact &c = card.contact;
    EXPECT_EQ(c.name, QStringLiteral("Ana Lima"));
    EXPECT_EQ(card.companyName, QStringLiteral("Orbit, Ltd"));
    EXPECT_EQ(c.emails, (TypedValues{{QStringLiteral("ana@orbit.example"), QStringLiteral("work")},
                                     {QStringLiteral("ana@home.example"), QStringLiteral("home")}}));
    EXPECT_EQ(c.phones, (TypedValues{{QStringLiteral("+351 912 345 678"), QStringLiteral("mobile")}}));
    EXPECT_EQ(c.urls, (TypedValues{{QStringLiteral("https://www.linkedin.com/in/ana-lima"), QStringLiteral("homepage")},
                                   {QStringLiteral("https://github.com/analima"), QStringLiteral("github")}}));
    EXPECT_EQ(c.addresses, (TypedValues{{QStringLiteral("Rua Augusta 1, 2º, Lisboa, 1100-048, Portugal"), QStringLiteral("home")}}));
    EXPECT_EQ(c.tags, (QStringList{QStringLiteral("rust"), QStringLiteral("mentor")}));
    EXPECT_EQ(c.birthday, QDate(1990, 7, 21));
    EXPECT_EQ(c.notes, QStringLiteral("Loves Rust; hates YAML.\nAsk about the conference, too.\n\nSecond note: Café with João"));
    EXPECT_EQ(c.photoType, QStringLiteral("image/png"));
}

TEST(VCardReader, Version40UrisCaretLabelsAndWhatIsLeftOut)
{
    const auto file = read("v40.vcf");
    ASSERT_TRUE(file.errors.isEmpty());
    ASSERT_EQ(file.cards.size(), 2);
    const Contact &bo = file.cards[0].contact;
    EXPECT_EQ(bo.phones, (TypedValues{{QStringLiteral("+1-555-555-0123"), QStringLiteral("mobile")}}));
    EXPECT_EQ(bo.urls, (TypedValues{{QStringLiteral("https://www.linkedin.com/in/bochen"), QStringLiteral("linkedin")}}));
    EXPECT_EQ(bo.addresses, (TypedValues{{QStringLiteral("1 Infinite Loop, Cupertino"), QStringLiteral("work")}}));
    EXPECT_FALSE(bo.birthday.isValid());
    EXPECT_TRUE(hasWarning(file, 9, "without a year"));
    EXPECT_EQ(bo.photoType, QStringLiteral("image/png"));

    const Contact &cy = file.cards[1].contact;
    EXPECT_TRUE(file.cards[1].errors.isEmpty());
    EXPECT_TRUE(cy.photo.isEmpty());
    EXPECT_TRUE(hasWarning(file, 16, "not downloaded"));
    EXPECT_EQ(cy.urls, (TypedValues{{QStringLiteral("http://www.cydiaz.example"), QString()}}));
    EXPECT_TRUE(hasWarning(file, 17, "without a scheme"));
    EXPECT_TRUE(cy.emails.isEmpty());
    EXPECT_TRUE(hasWarning(file, 18, "not an e-mail"));
}

TEST(VCardReader, MalformedFilesAreRefusedWithLineNumbers)
{
    auto file = read("missing-end.vcf");
    ASSERT_EQ(file.cards.size(), 2);
    EXPECT_TRUE(file.cards[0].errors.isEmpty());
    ASSERT_EQ(file.cards[1].errors.size(), 1);
    EXPECT_EQ(file.cards[1].errors[0].line, 5);
    EXPECT_TRUE(file.cards[1].errors[0].message.contains(QLatin1String("END:VCARD")));

    file = read("outside-text.vcf");
    ASSERT_EQ(file.errors.size(), 1);
    EXPECT_EQ(file.errors[0].line, 1);

    file = read("empty-param.vcf");
    ASSERT_EQ(file.cards.size(), 2);
    ASSERT_EQ(file.cards[0].errors.size(), 1);
    EXPECT_EQ(file.cards[0].errors[0].line, 4);
    ASSERT_EQ(file.cards[1].errors.size(), 1);
    EXPECT_EQ(file.cards[1].errors[0].line, 9);

    file = read("no-name.vcf");
    EXPECT_TRUE(file.cards[0].errors.isEmpty());
    ASSERT_EQ(file.cards[1].errors.size(), 1);
    EXPECT_EQ(file.cards[1].errors[0].line, 5);

    file = read("latin1-no-charset.vcf");
    ASSERT_EQ(file.cards[0].errors.size(), 2); // the FN line, then no name at all
    EXPECT_EQ(file.cards[0].errors[0].line, 3);
    EXPECT_TRUE(file.cards[0].errors[0].message.contains(QLatin1String("not UTF-8")));
}

TEST(VCardReader, GarbageIsRefusedWithoutCrashing)
{
    EXPECT_FALSE(parseVCards(QByteArray()).errors.isEmpty());
    EXPECT_FALSE(parseVCards(QByteArray("\x00\x01\x02garbage", 10)).errors.isEmpty());
    const auto file = parseVCards(QByteArray("BEGIN:VCARD\r\nFN;\"unterminated:x\r\nEND:VCARD\r\n"));
    ASSERT_EQ(file.cards.size(), 1);
    EXPECT_FALSE(file.cards[0].errors.isEmpty());
}

TEST(VCardLexer, UnescapeAndSplit)
{
    EXPECT_EQ(unescapeVCardText(u"a\\,b\\;c\\nd\\Ne\\\\f\\x"), QStringLiteral("a,b;c\nd\ne\\f\\x"));
    EXPECT_EQ(splitVCardValue(u"a\\,b,c", QLatin1Char(',')), (QStringList{QStringLiteral("a,b"), QStringLiteral("c")}));
    EXPECT_EQ(decodeQuotedPrintable("caf=C3=A9=\r\nx=3D=zz"), QByteArray("caf\xC3\xA9\r\nx=zz"));
}

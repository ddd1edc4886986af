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
        if (w.line == line && w.message.contains(QString::fromUtf8(text)))
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
    EXPECT_TRUE(cy.photo.isEmpty());
    EXPECT_TRUE(hasWarning(file, 16, "not downloaded"));
    EXPECT_EQ(cy.urls, (TypedValues{{QStringLiteral("http://www.cydiaz.example"), QString()}}));
    EXPECT_TRUE(hasWarning(file, 17, "without a scheme"));
    // An e-mail that is not one is invalid vCard: the card has an error, not a warning.
    EXPECT_TRUE(cy.emails.isEmpty());
    EXPECT_FALSE(hasWarning(file, 18, "not an e-mail"));
    EXPECT_EQ(file.cards[1].errors, (Diagnostics{{18, QStringLiteral("“not an email” is not an e-mail address")}}));
}

// Invalid values are errors of their card; valid values Foothold does not keep are warnings.
TEST(VCardReader, InvalidValuesAreCardErrorsValidUnusedOnesWarnings)
{
    const auto file = read("invalid-values.vcf");
    ASSERT_TRUE(file.errors.isEmpty());
    ASSERT_EQ(file.cards.size(), 5);
    EXPECT_TRUE(file.cards[0].errors.isEmpty());
    EXPECT_EQ(file.cards[0].contact.birthday, QDate(1990, 4, 15));

    // Bo: a year-less vCard 4 birthday, an ftp: URL, a photo by link, an X- property: all valid.
    EXPECT_TRUE(file.cards[1].errors.isEmpty());
    EXPECT_TRUE(hasWarning(file, 12, "without a year (--0415)"));
    EXPECT_TRUE(hasWarning(file, 13, "“ftp://files.globex.example/bo” is not a web address: left out"));
    EXPECT_TRUE(hasWarning(file, 14, "not downloaded"));

    // Cy: an impossible date and an e-mail that is none.
    EXPECT_EQ(file.cards[2].errors, (Diagnostics{{20, QStringLiteral("BDAY “1990-02-30” is not a date")},
                                                 {21, QStringLiteral("“notanemail” is not an e-mail address")}}));
    EXPECT_FALSE(hasWarning(file, 20, "BDAY"));
    EXPECT_FALSE(hasWarning(file, 21, "e-mail"));

    // Di: a year alone is a valid (reduced) vCard 4 date; a URL without a scheme is taken as http.
    EXPECT_TRUE(file.cards[3].errors.isEmpty());
    EXPECT_TRUE(hasWarning(file, 27, "without a full date (1985)"));
    EXPECT_EQ(file.cards[3].contact.urls, (TypedValues{{QStringLiteral("http://www.di.example"), QString()}}));

    // Ed: a photo that says it is base64 and is not.
    EXPECT_EQ(file.cards[4].errors, (Diagnostics{{33, QStringLiteral("PHOTO is not valid base64")}}));
}

TEST(VCardReader, BirthdayShapes)
{
    auto card = [](const char *bday, const char *params = "") {
        return parseVCards(QByteArray("BEGIN:VCARD\nVERSION:4.0\nFN:X\nBDAY") + params + ":" + bday + "\nEND:VCARD\n").cards.value(0);
    };
    auto file = [](const char *bday, const char *params = "") {
        return parseVCards(QByteArray("BEGIN:VCARD\nVERSION:4.0\nFN:X\nBDAY") + params + ":" + bday + "\nEND:VCARD\n");
    };
    EXPECT_EQ(card("19960415").contact.birthday, QDate(1996, 4, 15));
    EXPECT_EQ(card("1996-04-15T10:00:00Z").contact.birthday, QDate(1996, 4, 15));
    EXPECT_EQ(card("--0229").errors.size(), 0); // a leap day has no year to check against
    EXPECT_TRUE(hasWarning(file("--0229"), 4, "without a year"));
    EXPECT_TRUE(hasWarning(file("--04-15"), 4, "without a year"));
    EXPECT_TRUE(hasWarning(file("---15"), 4, "without a year"));
    EXPECT_TRUE(hasWarning(file("0000-04-15"), 4, "without a year"));
    EXPECT_TRUE(hasWarning(file("1996-04"), 4, "without a full date"));
    EXPECT_TRUE(hasWarning(file("circa 1800", ";VALUE=text"), 4, "without a full date"));
    for (const char *bad : {"1990-02-30", "--1332", "--0230", "1996-13", "15/04/1996", "April", "2024-2-3"}) {
        const VCardContact c = card(bad);
        ASSERT_EQ(c.errors.size(), 1) << bad;
        EXPECT_EQ(c.errors[0].line, 4);
        EXPECT_EQ(c.errors[0].message, QStringLiteral("BDAY “%1” is not a date").arg(QLatin1String(bad)));
    }
}

TEST(VCardReader, UrlsThatAreNoUriAreErrorsOtherUrisWarnings)
{
    auto parse = [](const char *url) {
        return parseVCards(QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:X\nURL:") + url + "\nEND:VCARD\n");
    };
    for (const char *valid : {"ftp://files.example/x", "mailto:a@b.example", "http://home%32%20.earthlink.net/~fdawson"}) {
        const auto f = parse(valid);
        EXPECT_TRUE(f.cards.value(0).errors.isEmpty()) << valid;
        EXPECT_TRUE(hasWarning(f, 4, "is not a web address: left out")) << valid;
    }
    for (const char *invalid : {"my home page", "http://x.example/100%", "http://x.example/<a>"}) {
        const auto f = parse(invalid);
        EXPECT_EQ(f.cards.value(0).errors, (Diagnostics{{4, QStringLiteral("“%1” is not a web address").arg(QLatin1String(invalid))}}))
            << invalid;
    }
}

TEST(VCardReader, AValueNotInItsCharsetIsAnError)
{
    const auto f = parseVCards(QByteArray("BEGIN:VCARD\nVERSION:2.1\nFN:X\nORG;CHARSET=UTF-8:Caf\xC3\nEND:VCARD\n"));
    EXPECT_EQ(f.cards.value(0).errors, (Diagnostics{{4, QStringLiteral("ORG is not valid UTF-8")}}));
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

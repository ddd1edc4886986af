#include "core/services/Export.h"
#include "core/services/VCardImporter.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/DuplicateStore.h"
#include "core/storage/EventStore.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

ImportResult importBytes(Database &db, const Clock &clock, const QByteArray &bytes, ImportOptions options = {})
{
    if (options.sourceName.isEmpty())
        options.sourceName = QStringLiteral("contacts.vcf");
    return VCardImporter(db, clock).import(bytes, options);
}

void fillPeople(Database &db, const Clock &clock)
{
    Event conf;
    conf.name = QStringLiteral("RustConf 2024");
    conf.start = QDateTime(QDate(2024, 9, 10), QTime(8, 0), QTimeZone::utc());
    ASSERT_TRUE(EventStore(db, clock).insert(conf));
    ContactStore contacts(db, clock);
    Contact ana;
    ana.name = QStringLiteral("Ana Lima");
    ana.company = CompanyStore(db, clock).findOrCreate(QStringLiteral("Lumen, Inc.")).value();
    ana.headline = QStringLiteral("Staff Engineer");
    ana.emails = {{QStringLiteral("ana@lumen.example"), QStringLiteral("work")}};
    ana.phones = {{QStringLiteral("+351 912 345 678"), QStringLiteral("mobile")}};
    ana.urls = {{QStringLiteral("https://www.linkedin.com/in/ana-lima"), QStringLiteral("linkedin")}};
    ana.addresses = {{QStringLiteral("Rua Augusta 1, Lisboa"), QStringLiteral("home")}};
    ana.location = QStringLiteral("Lisbon");
    ana.channel = Channel::Event;
    ana.metAt = EventId(1);
    ana.tags = {QStringLiteral("mentor"), QStringLiteral("rust")};
    ana.role = ContactRole::Mentor;
    ana.connectedOn = QDate(2024, 9, 10);
    ana.cadenceDays = 30;
    ana.strengthOverride = 0.8;
    ana.birthday = QDate(1990, 7, 21);
    ana.photo = QByteArray("\x89PNG fake", 9);
    ana.photoType = QStringLiteral("image/png");
    ana.notes = QStringLiteral("Loves Rust; hates YAML.\nAsk about the talk.");
    ana.history = {{CompanyId(), QStringLiteral("Orbit"), QStringLiteral("Engineer"), QDate(2019, 1, 1), QDate(2022, 1, 31)}};
    const ContactId anaId = contacts.insert(ana).value();
    Contact bo;
    bo.name = QStringLiteral("Bo Chen");
    bo.introducedBy = anaId;
    bo.prospect = true;
    ASSERT_TRUE(contacts.insert(bo));
}

} // namespace

TEST(VCardImport, CardsBecomeContactsWithTheirCompanies)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    auto result = importBytes(db.db(), clock, test::readFixture(QStringLiteral("formats/vcard/v30-apple.vcf")));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.summary(), QStringLiteral("added 1, updated 0, unchanged 0, skipped 0"));
    result = importBytes(db.db(), clock, test::readFixture(QStringLiteral("formats/vcard/v21-outlook.vcf")));
    ASSERT_TRUE(result.ok());
    const auto ids = ContactStore(db.db()).findByName(QStringLiteral("Ana Lima"));
    ASSERT_EQ(ids.size(), 1);
    const Contact ana = ContactStore(db.db()).get(ids.first()).value();
    EXPECT_EQ(CompanyStore(db.db()).get(ana.company).value().name, QStringLiteral("Orbit, Ltd"));
    EXPECT_EQ(ana.photoType, QStringLiteral("image/png"));
    EXPECT_EQ(ana.tags, (QStringList{QStringLiteral("mentor"), QStringLiteral("rust")}));
}

TEST(VCardImport, ExportThenImportIntoAnotherDatabaseGivesTheSameContacts)
{
    auto clock = test::fixedClock();
    test::TempDatabase a;
    fillPeople(a.db(), clock);
    const QByteArray exported = exportVCards(a.db()).value();

    test::TempDatabase b;
    Event conf;
    conf.name = QStringLiteral("RustConf 2024");
    conf.start = QDateTime(QDate(2024, 9, 10), QTime(8, 0), QTimeZone::utc());
    ASSERT_TRUE(EventStore(b.db(), clock).insert(conf));
    const auto result = importBytes(b.db(), clock, exported);
    ASSERT_TRUE(result.ok()) << result.errors.value(0).message.toStdString();
    EXPECT_EQ(result.summary(), QStringLiteral("added 2, updated 0, unchanged 0, skipped 0"));
    EXPECT_TRUE(result.warnings.isEmpty()) << result.warnings.first().message.toStdString();
    // Every field came across: the second database exports the same bytes.
    EXPECT_EQ(exportVCards(b.db()).value(), exported);

    // And the first one, importing its own export, finds nothing new.
    const auto again = importBytes(a.db(), clock, exported);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.summary(), QStringLiteral("added 0, updated 0, unchanged 2, skipped 0"));
}

TEST(VCardImport, KnownPeopleAreUpdatedNotDoubled)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    fillPeople(db.db(), clock);
    // Ana by e-mail, with a new phone, a new company and a new title.
    const QByteArray card("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEMAIL:ANA@lumen.example\r\nTEL;TYPE=work:+1 555 0100\r\n"
                          "ORG:Initech\r\nTITLE:Principal Engineer\r\nEND:VCARD\r\n"
                          "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chen\r\nORG:Globex\r\nEND:VCARD\r\n");
    const auto result = importBytes(db.db(), clock, card);
    ASSERT_TRUE(result.ok());
    // Bo was known with no company: "Bo Chen at Globex" cannot be told apart from him.
    EXPECT_EQ(result.summary(), QStringLiteral("added 1, updated 1, unchanged 0, skipped 0"));
    ASSERT_EQ(result.duplicates.size(), 1);
    EXPECT_EQ(result.duplicates[0].name, QStringLiteral("Bo Chen"));
    EXPECT_EQ(DuplicateStore(db.db()).list().size(), 1);
    const Contact ana = ContactStore(db.db()).get(ContactStore(db.db()).findByName(QStringLiteral("Ana Lima")).first()).value();
    EXPECT_EQ(ana.phones.size(), 2);
    EXPECT_EQ(ana.headline, QStringLiteral("Principal Engineer"));
    ASSERT_EQ(ana.history.size(), 2);
    EXPECT_EQ(ana.history[1].companyName, QStringLiteral("Lumen, Inc."));
    EXPECT_EQ(ana.history[1].title, QStringLiteral("Staff Engineer"));
    EXPECT_EQ(ana.notes, QStringLiteral("Loves Rust; hates YAML.\nAsk about the talk.")); // kept
}

TEST(VCardImport, MalformedCardsRefuseOrAreSkipped)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const QByteArray bytes = test::readFixture(QStringLiteral("formats/vcard/no-name.vcf"));
    auto refused = importBytes(db.db(), clock, bytes);
    ASSERT_FALSE(refused.ok());
    ASSERT_EQ(refused.errors.size(), 1);
    EXPECT_EQ(refused.errors[0].line, 5);
    EXPECT_EQ(ContactStore(db.db()).count().value(), 0);
    ImportOptions skip;
    skip.skipInvalid = true;
    const auto skipped = importBytes(db.db(), clock, bytes, skip);
    ASSERT_TRUE(skipped.ok());
    EXPECT_EQ(skipped.summary(), QStringLiteral("added 1, updated 0, unchanged 0, skipped 1"));

    const auto garbage = importBytes(db.db(), clock, test::readFixture(QStringLiteral("formats/vcard/outside-text.vcf")), skip);
    ASSERT_FALSE(garbage.ok());
    EXPECT_EQ(garbage.errors.value(0).line, 1);
}

// A card with an invalid value (an impossible BDAY, an e-mail that is none, broken base64) is a
// record error, as a bad row of Connections.csv is: the whole import is refused and nothing
// changes, unless the records with errors are to be skipped.
TEST(VCardImport, InvalidValuesRefuseTheFileOrSkipTheirCards)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    fillPeople(db.db(), clock);
    const qint64 before = ContactStore(db.db()).count().value();
    const QByteArray bytes = test::readFixture(QStringLiteral("formats/vcard/invalid-values.vcf"));
    const auto refused = importBytes(db.db(), clock, bytes);
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(refused.committed);
    EXPECT_EQ(refused.errors, (Diagnostics{{20, QStringLiteral("BDAY “1990-02-30” is not a date")},
                                           {21, QStringLiteral("“notanemail” is not an e-mail address")},
                                           {33, QStringLiteral("PHOTO is not valid base64")}}));
    EXPECT_EQ(ContactStore(db.db()).count().value(), before);
    EXPECT_TRUE(ContactStore(db.db()).findByName(QStringLiteral("Di Year")).isEmpty());

    ImportOptions skip;
    skip.skipInvalid = true;
    const auto skipped = importBytes(db.db(), clock, bytes, skip);
    ASSERT_TRUE(skipped.ok());
    // Ana (by e-mail) and Bo (by name, neither with a company) are known; Di is new.
    EXPECT_EQ(skipped.summary(), QStringLiteral("added 1, updated 2, unchanged 0, skipped 2"));
    QStringList skippedNames;
    for (const ImportRecord &r : skipped.records)
        if (r.action == ImportAction::Skipped)
            skippedNames << QString::number(r.line) + QLatin1Char(' ') + r.label + QStringLiteral(": ") + r.reason;
    EXPECT_EQ(skippedNames, (QStringList{QStringLiteral("20 Cy Bad: BDAY “1990-02-30” is not a date; “notanemail” is not an e-mail address"),
                                         QStringLiteral("33 Ed Photo: PHOTO is not valid base64")}));
    EXPECT_EQ(ContactStore(db.db()).count().value(), before + 1);
    EXPECT_TRUE(ContactStore(db.db()).findByName(QStringLiteral("Cy Bad")).isEmpty());
    EXPECT_TRUE(ContactStore(db.db()).findByName(QStringLiteral("Ed Photo")).isEmpty());
}

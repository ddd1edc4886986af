#include "core/domain/Company.h"
#include "core/domain/CompanyName.h"
#include "core/domain/Contact.h"
#include "core/domain/Event.h"
#include "core/domain/JobApplication.h"
#include "core/domain/TimeInput.h"
#include "core/domain/Validation.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

TEST(CompanyName, LegalFormsPunctuationAndCaseAreOneCompany)
{
    const QString key = normalizeCompanyName(QStringLiteral("Lumen, Inc."));
    EXPECT_EQ(key, QStringLiteral("lumen"));
    EXPECT_EQ(normalizeCompanyName(QStringLiteral("Lumen Inc")), key);
    EXPECT_EQ(normalizeCompanyName(QStringLiteral("LUMEN INC.")), key);
    EXPECT_EQ(normalizeCompanyName(QStringLiteral("  lumen   ")), key);
}

TEST(CompanyName, KeepsWhatDistinguishesCompanies)
{
    EXPECT_EQ(normalizeCompanyName(QStringLiteral("Acme Holdings Pty Ltd")), QStringLiteral("acme holdings"));
    EXPECT_EQ(normalizeCompanyName(QStringLiteral("Société Générale S.A.")), QStringLiteral("societe generale"));
    EXPECT_EQ(normalizeCompanyName(QStringLiteral("AT&T")), QStringLiteral("at and t"));
    EXPECT_EQ(normalizeCompanyName(QStringLiteral("Limited")), QStringLiteral("limited")); // never empties a name
    EXPECT_NE(normalizeCompanyName(QStringLiteral("Lumen Labs")), normalizeCompanyName(QStringLiteral("Lumen")));
    EXPECT_TRUE(normalizeCompanyName(QStringLiteral("!!!")).isEmpty());
}

TEST(Enums, KeysRoundTripAndParseLeniently)
{
    EXPECT_EQ(toKey(Channel::OnlineCommunity), QStringLiteral("online-community"));
    EXPECT_EQ(fromKey<Channel>(QStringLiteral("Online_Community")), Channel::OnlineCommunity);
    EXPECT_EQ(fromKey<ApplicationStage>(QStringLiteral("no answer")), ApplicationStage::NoAnswer);
    EXPECT_FALSE(fromKey<ApplicationStage>(QStringLiteral("hired")).has_value());
    for (const auto stage : allValues<ApplicationStage>())
        EXPECT_EQ(fromKey<ApplicationStage>(toKey(stage)), stage);
    auto bad = parseKey<ApplicationStage>(QStringLiteral("hired"), QStringLiteral("stage"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, QStringLiteral("stage"));
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("interviewing")));
}

TEST(Validation, EmailsAndUrls)
{
    EXPECT_TRUE(isValidEmail(QStringLiteral("ana@lumen.io")));
    EXPECT_TRUE(isValidEmail(QStringLiteral("ana.lima+jobs@mail.lumen.co.uk")));
    EXPECT_FALSE(isValidEmail(QStringLiteral("ana@lumen")));
    EXPECT_FALSE(isValidEmail(QStringLiteral("ana lumen.io")));
    EXPECT_FALSE(isValidEmail(QStringLiteral("@lumen.io")));
    EXPECT_FALSE(isValidEmail(QStringLiteral("ana@@lumen.io")));
    EXPECT_TRUE(isValidWebUrl(QStringLiteral("https://www.linkedin.com/in/ana")));
    EXPECT_FALSE(isValidWebUrl(QStringLiteral("javascript:alert(1)")));
    EXPECT_FALSE(isValidWebUrl(QStringLiteral("ftp://lumen.io")));
    EXPECT_FALSE(isValidWebUrl(QStringLiteral("https://")));
}

TEST(Validation, DatesThatDoNotExistAreRefusedNamingTheField)
{
    auto bad = parseIsoDate(QStringLiteral("2024-02-30"), QStringLiteral("connected"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, QStringLiteral("connected"));
    EXPECT_FALSE(parseIsoDate(QStringLiteral("12/03/2024"), QStringLiteral("d")).ok());
    EXPECT_EQ(parseIsoDate(QStringLiteral("2024-02-29"), QStringLiteral("d")).value(), QDate(2024, 2, 29));
}

TEST(Validation, ContactNamesTheBadField)
{
    Contact contact;
    EXPECT_EQ(validate(contact).first().field, QStringLiteral("name"));
    contact.name = QStringLiteral("Ana");
    EXPECT_TRUE(validate(contact).isEmpty());
    contact.emails.append({QStringLiteral("not-an-email"), {}});
    contact.strengthOverride = 1.5;
    const auto errors = validate(contact);
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(0).field, QStringLiteral("email"));
    EXPECT_EQ(errors.at(1).field, QStringLiteral("strength"));
}

TEST(Validation, EventEndBeforeStartAndCostsWithoutRate)
{
    Event event;
    event.name = QStringLiteral("RustConf");
    event.start = QDateTime(QDate(2027, 4, 15), QTime(9, 0), QTimeZone::utc());
    event.end = event.start.addSecs(-60);
    EXPECT_EQ(firstError(validate(event)).error().field, QStringLiteral("end"));
    event.end = event.start.addDays(1);
    event.costs.append({CostCategory::Ticket, -100, QStringLiteral("EUR"), 1.0, {}});
    EXPECT_EQ(firstError(validate(event)).error().field, QStringLiteral("cost-ticket"));
    event.costs.first() = {CostCategory::Ticket, 100, QStringLiteral("EUR"), 0.0, {}};
    EXPECT_FALSE(validate(event).isEmpty());
    event.timeZone = QStringLiteral("Mars/Olympus");
    const auto errors = validate(event);
    EXPECT_TRUE(std::any_of(errors.cbegin(), errors.cend(), [](const Error &e) { return e.field == QLatin1String("tz"); }));
}

TEST(JobApplicationDomain, FurthestStageComesFromHistory)
{
    JobApplication application;
    application.moveTo(ApplicationStage::Applied, QDate(2026, 1, 5));
    application.moveTo(ApplicationStage::Interviewing, QDate(2026, 1, 20));
    application.moveTo(ApplicationStage::Rejected, QDate(2026, 2, 1));
    EXPECT_EQ(application.stage, ApplicationStage::Rejected);
    EXPECT_EQ(application.furthestStage(), ApplicationStage::Interviewing);
    EXPECT_EQ(application.history.size(), 3);
}

TEST(TimeInputParsing, DatesTimesZonesAndOffsets)
{
    auto berlin = parseTimeInput(QStringLiteral("2027-04-15T09:00"), QStringLiteral("start"), QStringLiteral("Europe/Berlin"));
    ASSERT_TRUE(berlin.ok()) << berlin.error().toString().toStdString();
    EXPECT_EQ(berlin->utc, QDateTime(QDate(2027, 4, 15), QTime(7, 0), QTimeZone::utc()));
    EXPECT_FALSE(berlin->dateOnly);

    auto windows = parseTimeInput(QStringLiteral("2027-01-15T09:00"), QStringLiteral("start"),
                                  QStringLiteral("W. Europe Standard Time"));
    ASSERT_TRUE(windows.ok());
    EXPECT_EQ(windows->utc, QDateTime(QDate(2027, 1, 15), QTime(8, 0), QTimeZone::utc()));

    auto offset = parseTimeInput(QStringLiteral("2027-04-15T09:00-05:00"), QStringLiteral("start"));
    ASSERT_TRUE(offset.ok());
    EXPECT_EQ(offset->utc, QDateTime(QDate(2027, 4, 15), QTime(14, 0), QTimeZone::utc()));

    auto day = parseTimeInput(QStringLiteral("2027-04-15"), QStringLiteral("start"), QStringLiteral("UTC"));
    ASSERT_TRUE(day.ok());
    EXPECT_TRUE(day->dateOnly);

    auto noSuchDay = parseTimeInput(QStringLiteral("2027-04-31"), QStringLiteral("start"));
    ASSERT_FALSE(noSuchDay.ok());
    EXPECT_EQ(noSuchDay.error().field, QStringLiteral("start"));
    auto noSuchHour = parseTimeInput(QStringLiteral("2027-04-15T25:00"), QStringLiteral("start"));
    ASSERT_FALSE(noSuchHour.ok());
    EXPECT_EQ(noSuchHour.error().field, QStringLiteral("start"));
    auto noSuchZone = parseTimeInput(QStringLiteral("2027-04-15"), QStringLiteral("start"), QStringLiteral("Nowhere/City"));
    ASSERT_FALSE(noSuchZone.ok());
    EXPECT_EQ(noSuchZone.error().field, QStringLiteral("tz"));
}

// Calendars still write the old names tzdata keeps as links; Qt 6.4 does not list them as
// available, so zoneFromName finds them in the zone database itself, and only there.
TEST(TimeZoneNames, OldLinkNamesAreKnownAndPathsAreNot)
{
    EXPECT_EQ(zoneFromName(QStringLiteral("Europe/Berlin")).id(), QByteArray("Europe/Berlin"));
    const QTimeZone eastern = zoneFromName(QStringLiteral("US/Eastern"));
    ASSERT_TRUE(eastern.isValid());
    // 2026-01-15 12:00 UTC is 07:00 in New York (UTC-5 in winter).
    EXPECT_EQ(eastern.offsetFromUtc(QDateTime(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc())), -5 * 3600);
    EXPECT_TRUE(zoneFromName(QStringLiteral("W. Europe Standard Time")).isValid());
    EXPECT_FALSE(zoneFromName(QStringLiteral("Mars/Olympus")).isValid());
    EXPECT_FALSE(zoneFromName(QStringLiteral("../../etc/passwd")).isValid());
    EXPECT_FALSE(zoneFromName(QStringLiteral("/etc/localtime")).isValid());
    // Qt's own name of a fixed offset is known, with the offset it says.
    const QByteArray plusEleven = QTimeZone(11 * 3600).id();
    EXPECT_EQ(zoneFromName(QString::fromUtf8(plusEleven)).offsetFromUtc(QDateTime::currentDateTimeUtc()), 11 * 3600);
    EXPECT_FALSE(zoneFromName(QStringLiteral("EST5EDT,M3.2.0,M11.1.0")).isValid()) << "a POSIX rule is not a zone name";
}

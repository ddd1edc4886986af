// The plain text lines the reader takes from the scan instead of libical (ICalendarOwnLines.h):
// the result must be exactly what the old way, libical reading every line, gives.
#include "core/formats/ICalendarLines.h"
#include "core/formats/ICalendarOwnLines.h"
#include "core/formats/ICalendarReader.h"
#include "core/util/IsoTime.h"
#include "tests/support/Fixtures.h"

#include <gtest/gtest.h>

#include <QMap>

using namespace foothold;
using foothold::ical::Own;

namespace {

CalendarReadOptions options(bool libicalReadsEveryLine)
{
    CalendarReadOptions o;
    o.now = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
    o.floatingZone = QTimeZone("America/New_York");
    o.libicalReadsEveryLine = libicalReadsEveryLine;
    return o;
}

// Every field of every event, with the file's diagnostics, as text to compare (and to show).
QStringList described(const CalendarFile &file)
{
    QStringList out;
    for (const Diagnostic &d : file.errors)
        out << QStringLiteral("file error %1: %2").arg(d.line).arg(d.message);
    for (const Diagnostic &d : file.warnings)
        out << QStringLiteral("warning %1: %2").arg(d.line).arg(d.message);
    out << QStringLiteral("vevents %1, other %2").arg(file.vevents).arg(file.otherComponents);
    for (const CalendarEvent &c : file.events) {
        const Event &e = c.event;
        out << QStringList{QString::number(c.line), c.uid, c.instance, e.name, isoUtc(e.start), e.end.isValid() ? isoUtc(e.end) : QString(),
                           e.timeZone, e.allDay ? QStringLiteral("all-day") : QString(), e.location, e.url, e.notes,
                           e.tags.join(QLatin1Char('|')), toKey(e.kind), toKey(e.status), c.people.join(QLatin1Char('|')), c.origin,
                           c.skipReason}
                   .join(QStringLiteral(" ¦ "));
        for (const Diagnostic &d : c.errors)
            out << QStringLiteral("  error %1: %2").arg(d.line).arg(d.message);
    }
    return out;
}

void expectSameBothWays(const QByteArray &bytes)
{
    const QStringList own = described(parseCalendar(bytes, options(false)));
    const QStringList libical = described(parseCalendar(bytes, options(true)));
    EXPECT_EQ(own.join(QLatin1Char('\n')).toStdString(), libical.join(QLatin1Char('\n')).toStdString());
}

} // namespace

TEST(ICalendarOwnLines, GiveWhatLibicalGives)
{
    for (const char *name : {"own-lines.ics", "own-lines-bare.ics", "conference.ics", "fragments.ics", "bad-dtstart.ics", "unterminated.ics"}) {
        SCOPED_TRACE(name);
        expectSameBothWays(test::readFixture(QStringLiteral("formats/ical/") + QLatin1String(name)));
    }
}

TEST(ICalendarOwnLines, PlainLinesOfEventsOnlyAreTaken)
{
    const IcalScan scan = scanICalendar(test::readFixture(QStringLiteral("formats/ical/own-lines.ics")));
    ASSERT_TRUE(scan.errors.isEmpty());
    const std::vector<Own> own = ical::ownLines(scan);
    ASSERT_EQ(own.size(), std::size_t(scan.lines.size()));
    QMap<int, Own> byPhysicalLine;
    for (qsizetype i = 0; i < scan.lines.size(); ++i)
        byPhysicalLine.insert(scan.lines.at(i).line, own[std::size_t(i)]);
    // The first event: every kind plain, its VALARM's DESCRIPTION not (not an event's line).
    EXPECT_EQ(byPhysicalLine.value(5), Own::Uid);
    EXPECT_EQ(byPhysicalLine.value(6), Own::Dtstamp);
    EXPECT_EQ(byPhysicalLine.value(7), Own::Dtstart);
    EXPECT_EQ(byPhysicalLine.value(8), Own::Dtend);
    EXPECT_EQ(byPhysicalLine.value(9), Own::Summary);
    EXPECT_EQ(byPhysicalLine.value(10), Own::Location);
    EXPECT_EQ(byPhysicalLine.value(11), Own::Description);
    EXPECT_EQ(byPhysicalLine.value(12), Own::Categories);
    EXPECT_EQ(byPhysicalLine.value(13), Own::Url);
    EXPECT_EQ(byPhysicalLine.value(16), Own::None);
    // The second: a UID with an escaped comma, escapes other than \n \, \; \\, a parameter, a
    // value ending in a backslash: all libical's.
    for (const int line : {21, 23, 24, 25, 26})
        EXPECT_EQ(byPhysicalLine.value(line), Own::None) << line;
    // The third: two SUMMARYs, one with a parameter: both libical's; two plain DESCRIPTIONs and
    // UIDs: both taken; an empty LOCATION: libical's.
    EXPECT_EQ(byPhysicalLine.value(31), Own::None);
    EXPECT_EQ(byPhysicalLine.value(32), Own::None);
    EXPECT_EQ(byPhysicalLine.value(33), Own::None);
    EXPECT_EQ(byPhysicalLine.value(34), Own::Description);
    EXPECT_EQ(byPhysicalLine.value(35), Own::Description);
    EXPECT_EQ(byPhysicalLine.value(29), Own::Uid);
    EXPECT_EQ(byPhysicalLine.value(36), Own::Uid);
    // The fourth: a UID with quotes, DTSTAMP with a parameter, an empty SUMMARY: libical's.
    for (const int line : {39, 41, 42})
        EXPECT_EQ(byPhysicalLine.value(line), Own::None) << line;
    EXPECT_EQ(byPhysicalLine.value(43), Own::Url);
    EXPECT_EQ(byPhysicalLine.value(40), Own::Dtstart); // TZID=Europe/Berlin
    // A VTODO's lines are not an event's.
    EXPECT_EQ(byPhysicalLine.value(46), Own::None);
    EXPECT_EQ(byPhysicalLine.value(47), Own::None);
}

TEST(ICalendarOwnLines, EscapesAreRead)
{
    const CalendarFile file = parseCalendar(test::readFixture(QStringLiteral("formats/ical/own-lines.ics")), options(false));
    ASSERT_TRUE(file.errors.isEmpty());
    ASSERT_GE(file.events.size(), 4);
    const Event &first = file.events.at(0).event;
    EXPECT_EQ(file.events.at(0).uid, QStringLiteral("plain-1@example.org"));
    // "\," "\;" "\\" "\N" "\n" unescaped; then simplified, as every name.
    EXPECT_EQ(first.name, QStringLiteral("Escapes, all of them; \\backslash new line and more"));
    EXPECT_EQ(first.location, QStringLiteral("Room 1, Hall A"));
    EXPECT_EQ(first.notes, QStringLiteral("Line one\nLine two, with comma; and semicolon\\ and Ünïcödé ✓"));
    EXPECT_EQ(first.tags, (QStringList{QStringLiteral("talk"), QStringLiteral("a,b")}));
    EXPECT_EQ(first.url, QStringLiteral("https://conf.example/sessions/1"));
    // libical's own reading of what the reader leaves to it: "\t" a tab, "\x" a space (simplified).
    EXPECT_EQ(file.events.at(1).event.name, QStringLiteral("Unusual escapes and here"));
    EXPECT_EQ(file.events.at(1).uid, QStringLiteral("uid\\, with comma"));
    EXPECT_EQ(file.events.at(2).event.name, QStringLiteral("First, with a parameter"));
    EXPECT_EQ(file.events.at(2).event.notes, QStringLiteral("plain first"));
    EXPECT_EQ(file.events.at(2).uid, QStringLiteral("two-summaries"));
    EXPECT_EQ(file.events.at(3).event.name, QStringLiteral("Untitled event"));
    EXPECT_TRUE(file.events.at(3).event.url.isEmpty()); // not a web address: left out, with a warning
}

TEST(ICalendarOwnLines, TimeShapesTakenAndLeft)
{
    const IcalScan scan = scanICalendar(test::readFixture(QStringLiteral("formats/ical/own-lines.ics")));
    ASSERT_TRUE(scan.errors.isEmpty());
    const std::vector<Own> own = ical::ownLines(scan);
    QMap<QByteArray, Own> byText;
    for (qsizetype i = 0; i < scan.lines.size(); ++i)
        byText.insert(scan.lines.at(i).text, own[std::size_t(i)]);
    EXPECT_EQ(byText.value("DTSTART;VALUE=DATE:20270420"), Own::Dtstart);
    EXPECT_EQ(byText.value("DTSTART:20270423"), Own::Dtstart);
    EXPECT_EQ(byText.value("DTEND:20270424T120000"), Own::Dtend);
    EXPECT_EQ(byText.value("DTSTART;TZID=W. Europe Standard Time:20270425T090000"), Own::Dtstart);
    EXPECT_EQ(byText.value("DTEND;TZID=\"W. Europe Standard Time\":20270425T100000"), Own::None); // quoted
    EXPECT_EQ(byText.value("dtstart;tzid=Mars/Olympus:20270427T090000"), Own::None);                // lower case parameter
    EXPECT_EQ(byText.value("DTSTART:20271345T250000"), Own::Dtstart); // digits: read as libical reads them, refused later
    EXPECT_EQ(byText.value("DTSTART:00000000T000000"), Own::None);    // libical's "no time"
    // Two DTENDs, one plain and one with a zone: both plain shapes, so both taken, the first used.
    EXPECT_EQ(byText.value("DTEND;TZID=Europe/Berlin:20270428T080000"), Own::Dtend);
    EXPECT_EQ(byText.value("RECURRENCE-ID;TZID=Europe/Berlin:20270322T090000"), Own::None);
}

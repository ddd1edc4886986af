// formats_probe: what Foothold's readers make of one file, as JSON on stdout. Used by
// scripts/conformance/formats.sh over the real-world corpora, and by scripts/bench/formats.sh
// for in-process timings; not installed.
//   formats_probe vcard|ics|linkedin FILE      parse, then import into a fresh database (and, when
//                                               that is refused, again with skipInvalid)
//   formats_probe bench-vcard FILE              time parseVCards() alone
//   formats_probe bench-libical FILE            time libical's bare parse (the reference)
//   formats_probe bench-ics-import FILE         time CalendarImporter into a fresh database
//   formats_probe bench-linkedin-import FILE    time LinkedInImporter into a fresh database
//   formats_probe bench-linkedin-write FILE     time ContactStore::insertMany alone (the schema's share)
#include "core/formats/ICalendarReader.h"
#include "core/formats/LinkedInConnections.h"
#include "core/formats/VCardReader.h"
#include "core/formats/VCardWriter.h"
#include "core/services/CalendarImporter.h"
#include "core/services/LinkedInImporter.h"
#include "core/services/VCardImporter.h"
#include "core/storage/ContactStore.h"
#include "core/util/IsoTime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <libical/ical.h>

#include <ctime>

using namespace foothold;

namespace {

QJsonArray diagnostics(const Diagnostics &list, const QString &file)
{
    QJsonArray out;
    for (const auto &d : list)
        out.append(d.toString(file));
    return out;
}

QJsonArray typed(const TypedValues &values)
{
    QJsonArray out;
    for (const auto &v : values)
        out.append(QJsonArray{v.value, v.type});
    return out;
}

QJsonObject probeVCard(const QByteArray &bytes, const QString &name)
{
    const VCardFile file = parseVCards(bytes);
    QJsonObject out{{QStringLiteral("errors"), diagnostics(file.errors, name)},
                    {QStringLiteral("warnings"), diagnostics(file.warnings, name)}};
    QJsonArray cards;
    int roundTripFailures = 0;
    for (const auto &card : file.cards) {
        const Contact &c = card.contact;
        cards.append(QJsonObject{{QStringLiteral("line"), card.line},
                                 {QStringLiteral("version"), card.version},
                                 {QStringLiteral("errors"), diagnostics(card.errors, name)},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("org"), card.companyName},
                                 {QStringLiteral("title"), c.headline},
                                 {QStringLiteral("emails"), typed(c.emails)},
                                 {QStringLiteral("phones"), typed(c.phones)},
                                 {QStringLiteral("urls"), typed(c.urls)},
                                 {QStringLiteral("addresses"), typed(c.addresses)},
                                 {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
                                 {QStringLiteral("birthday"), c.birthday.toString(Qt::ISODate)},
                                 {QStringLiteral("notes"), c.notes},
                                 {QStringLiteral("photo_bytes"), int(c.photo.size())}});
        // Our own writer must give the same card back.
        if (card.errors.isEmpty()) {
            const auto again = parseVCards(writeVCard(c, {card.companyName, card.metAtEvent, card.introducedByName}));
            const Contact &d = again.cards.value(0).contact;
            if (again.cards.size() != 1 || d.name != c.name || d.emails != c.emails || d.phones != c.phones || d.urls != c.urls
                || d.addresses != c.addresses || d.notes != c.notes || d.tags != c.tags || d.birthday != c.birthday
                || d.photo != c.photo || d.headline != c.headline || again.cards[0].companyName != card.companyName)
                ++roundTripFailures;
        }
    }
    out.insert(QStringLiteral("cards"), cards);
    out.insert(QStringLiteral("roundtrip_failures"), roundTripFailures);
    return out;
}

QJsonObject probeCalendar(const QByteArray &bytes, const QString &name)
{
    CalendarReadOptions options;
    // A fixed "now" and zone, so that expansion windows and floating times do not depend on the day
    // or the machine the check runs on.
    options.now = QDateTime(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());
    options.floatingZone = QTimeZone::utc();
    const CalendarFile file = parseCalendar(bytes, options);
    QJsonObject out{{QStringLiteral("errors"), diagnostics(file.errors, name)},
                    {QStringLiteral("warnings"), diagnostics(file.warnings, name)},
                    {QStringLiteral("vevents"), file.vevents},
                    {QStringLiteral("other_components"), file.otherComponents}};
    QJsonArray events;
    for (const auto &e : file.events)
        events.append(QJsonObject{{QStringLiteral("line"), e.line},
                                  {QStringLiteral("uid"), e.uid},
                                  {QStringLiteral("instance"), e.instance},
                                  {QStringLiteral("name"), e.event.name},
                                  {QStringLiteral("start"), isoUtc(e.event.start)},
                                  {QStringLiteral("end"), isoUtc(e.event.end)},
                                  {QStringLiteral("time_zone"), e.event.timeZone},
                                  {QStringLiteral("all_day"), e.event.allDay},
                                  {QStringLiteral("errors"), diagnostics(e.errors, name)},
                                  {QStringLiteral("skip"), e.skipReason}});
    out.insert(QStringLiteral("events"), events);
    return out;
}

QJsonObject probeLinkedIn(const QByteArray &bytes, const QString &name)
{
    const auto file = parseLinkedInConnections(bytes);
    QJsonObject out{{QStringLiteral("errors"), diagnostics(file.errors, name)},
                    {QStringLiteral("warnings"), diagnostics(file.warnings, name)},
                    {QStringLiteral("header_line"), file.headerLine}};
    QJsonArray rows;
    for (const auto &row : file.rows)
        rows.append(QJsonObject{{QStringLiteral("line"), row.line},
                                {QStringLiteral("name"), row.name()},
                                {QStringLiteral("errors"), diagnostics(row.errors, name)},
                                {QStringLiteral("skip"), row.skipReason}});
    out.insert(QStringLiteral("rows"), rows);
    return out;
}

// The file imported through the services into a fresh database, as the CLI would.
QJsonObject probeImport(const QString &kind, const QByteArray &bytes, const QString &name, bool skipInvalid = false)
{
    QTemporaryDir dir;
    Database::Options options;
    options.backupBeforeMigration = false;
    auto db = Database::open(dir.filePath(QStringLiteral("probe.sqlite3")), options);
    if (!db)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("failure"), db.error().toString()}};
    const FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc()));
    ImportOptions importOptions;
    importOptions.sourceName = name;
    importOptions.skipInvalid = skipInvalid;
    importOptions.calendar.now = clock.nowUtc();
    importOptions.calendar.floatingZone = QTimeZone::utc();
    ImportResult result;
    if (kind == QLatin1String("vcard"))
        result = VCardImporter(**db, clock).import(bytes, importOptions);
    else if (kind == QLatin1String("ics"))
        result = CalendarImporter(**db, clock).import(bytes, importOptions);
    else
        result = LinkedInImporter(**db, clock).import(bytes, importOptions);
    return {{QStringLiteral("ok"), result.ok()},
            {QStringLiteral("failure"), result.ok() ? QString() : result.failure->toString()},
            {QStringLiteral("errors"), diagnostics(result.errors, name)},
            {QStringLiteral("summary"), result.summary()},
            {QStringLiteral("added"), result.added},
            {QStringLiteral("updated"), result.updated},
            {QStringLiteral("unchanged"), result.unchanged},
            {QStringLiteral("skipped"), result.skipped},
            {QStringLiteral("duplicates"), int(result.duplicates.size())}};
}

// Timings for scripts/bench/formats.sh: {"records": N, "seconds": S}.
int bench(const QString &mode, const QByteArray &bytes)
{
    QTemporaryDir dir;
    Database::Options dbOptions;
    dbOptions.backupBeforeMigration = false;
    std::unique_ptr<Database> db;
    if (mode.endsWith(QLatin1String("-import")) || mode.endsWith(QLatin1String("-write"))) {
        auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite3")), dbOptions);
        if (!opened)
            return 1;
        db = std::move(opened).value();
    }
    const FixedClock clock(QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
    ImportOptions options;
    options.sourceName = QStringLiteral("bench");
    options.calendar.now = clock.nowUtc();
    // CPU time of this process: the machine may be shared, and wall time then measures the others.
    auto cpuNow = [] {
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
    };
    auto wallNow = [] {
        timespec t{};
        clock_gettime(CLOCK_MONOTONIC, &t);
        return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
    };
    // The rows as contacts, made before the clock starts: bench-linkedin-write times the writing only.
    QList<Contact> contacts;
    if (mode == QLatin1String("bench-linkedin-write")) {
        for (const LinkedInConnection &row : parseLinkedInConnections(bytes).rows) {
            Contact c;
            c.name = row.name();
            c.channel = Channel::LinkedIn;
            c.urls = {{row.url, QStringLiteral("linkedin")}};
            if (!row.email.isEmpty())
                c.emails = {{row.email, QString()}};
            c.headline = row.position;
            c.connectedOn = row.connectedOn;
            contacts << c;
        }
    }
    const double started = cpuNow();
    const double startedWall = wallNow();
    qint64 records = 0;
    if (mode == QLatin1String("bench-vcard")) {
        records = parseVCards(bytes).cards.size();
    } else if (mode == QLatin1String("bench-libical")) {
        icalerror_set_errors_are_fatal(0);
        icalcomponent *calendar = icalparser_parse_string(bytes.constData());
        records = calendar ? icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT) : 0;
        if (calendar)
            icalcomponent_free(calendar);
    } else if (mode == QLatin1String("bench-ics-import")) {
        const ImportResult result = CalendarImporter(*db, clock).import(bytes, options);
        records = result.ok() ? result.added : -1;
    } else if (mode == QLatin1String("bench-linkedin-import")) {
        const ImportResult result = LinkedInImporter(*db, clock).import(bytes, options);
        records = result.ok() ? result.added : -1;
    } else if (mode == QLatin1String("bench-linkedin-write")) {
        records = ContactStore(*db, clock).insertMany(contacts) ? contacts.size() : -1;
    } else {
        return 2;
    }
    const double seconds = cpuNow() - started;
    const double wallSeconds = wallNow() - startedWall;
    QTextStream(stdout) << "{\"records\": " << records << ", \"seconds\": " << QString::number(seconds, 'f', 4)
                        << ", \"wall_seconds\": " << QString::number(wallSeconds, 'f', 4) << "}\n";
    return records < 0 ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: formats_probe vcard|ics|linkedin FILE\n";
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        err << "formats_probe: cannot read " << args.at(1) << "\n";
        return 2;
    }
    const QByteArray bytes = file.readAll();
    if (args.at(0).startsWith(QLatin1String("bench-")))
        return bench(args.at(0), bytes);
    const QString name = args.at(1);
    QJsonObject out;
    if (args.at(0) == QLatin1String("vcard"))
        out = probeVCard(bytes, name);
    else if (args.at(0) == QLatin1String("ics"))
        out = probeCalendar(bytes, name);
    else if (args.at(0) == QLatin1String("linkedin"))
        out = probeLinkedIn(bytes, name);
    else {
        err << "formats_probe: unknown kind " << args.at(0) << "\n";
        return 2;
    }
    const QJsonObject strict = probeImport(args.at(0), bytes, name);
    out.insert(QStringLiteral("import"), strict);
    // A refused file again as `import --skip-invalid` would take it: what the rest gives.
    if (!strict.value(QStringLiteral("ok")).toBool())
        out.insert(QStringLiteral("import_skip_invalid"), probeImport(args.at(0), bytes, name, true));
    out.insert(QStringLiteral("file"), name);
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}

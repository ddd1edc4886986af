#include "core/formats/ICalendarInternal.h"

#include "core/util/IsoTime.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace foothold::ical {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ICalendar", text);
}

// Safety net against rules whose instances are far apart from their start (FREQ=SECONDLY from
// 1970): no rule may take more steps than this.
constexpr int kMaxSteps = 200000;

struct RuleRun {
    QList<Instance> instances;
    bool truncatedByCount = false;
    bool truncatedByWindow = false;
    QString error;
    QString warning;
};

// The instances of one RRULE or EXRULE from `dtstart`.
RuleRun runRule(icalrecurrencetype rule, const icaltimetype &dtstart, const Zone &zone, const ExpansionWindow &window)
{
    RuleRun run;
    if (rule.freq == ICAL_NO_RECURRENCE) {
        run.error = tr("the rule has no valid FREQ");
        return run;
    }
    const bool bounded = rule.count > 0 || !icaltime_is_null_time(rule.until);
    if (!icaltime_is_null_time(rule.until) && !QDate(rule.until.year, rule.until.month, rule.until.day).isValid()) {
        run.error = tr("UNTIL is not a valid date");
        return run;
    }
    if (!icaltime_is_null_time(rule.until)) {
        // Compare UNTIL in the series' own wall-clock time, not as if local time were UTC.
        if (icaltime_is_utc(rule.until) && zone.kind != Zone::Utc) {
            const QDateTime until = toUtc(rule.until, ZoneResolver::utc());
            if (until.isValid())
                rule.until = toLocal(until, zone, bool(rule.until.is_date));
        }
        // RFC 5545 wants UNTIL of the same type as DTSTART; Exchange and others do not always
        // comply. A date means the end of that day; a date and time on a date series, its day.
        if (bool(rule.until.is_date) != bool(dtstart.is_date)) {
            run.warning = dtstart.is_date ? tr("UNTIL is a date and time but DTSTART is a date: read as the date %1")
                                          : tr("UNTIL is a date but DTSTART is a date and time: read as the end of %1");
            run.warning = run.warning.arg(QDate(rule.until.year, rule.until.month, rule.until.day).toString(Qt::ISODate));
            if (dtstart.is_date) {
                rule.until.is_date = 1;
                rule.until.hour = rule.until.minute = rule.until.second = 0;
            } else {
                rule.until.is_date = 0;
                rule.until.hour = 23, rule.until.minute = 59, rule.until.second = 59;
            }
        }
        rule.until.zone = nullptr;
    }
    icaltimetype start = dtstart;
    start.zone = nullptr;
    icalrecur_iterator *it = icalrecur_iterator_new(rule, start);
    if (!it) {
        run.error = tr("the rule cannot be expanded (%1)").arg(text(icalerror_strerror(icalerrno)));
        icalerror_clear_errno();
        return run;
    }
    if (!bounded && window.start.isValid()) {
        const QDateTime first = toUtc(start, zone);
        if (first.isValid() && first < window.start) {
            icaltimetype from = toLocal(window.start, zone, bool(start.is_date));
            if (start.is_date == 0) {
                // keep the time of day of the series; the iterator finds the next instance
                from.hour = 0, from.minute = 0, from.second = 0;
            }
            (void)icalrecur_iterator_set_start(it, from);
        }
    }
    int steps = 0;
    for (icaltimetype next = icalrecur_iterator_next(it); !icaltime_is_null_time(next); next = icalrecur_iterator_next(it)) {
        if (++steps > kMaxSteps) {
            run.truncatedByCount = true;
            break;
        }
        const QDateTime utc = toUtc(next, zone);
        if (!utc.isValid())
            continue;
        if (window.end.isValid() && utc > window.end) {
            run.truncatedByWindow = bounded;
            break;
        }
        if (!bounded && window.start.isValid() && utc < window.start)
            continue;
        next.zone = nullptr;
        run.instances.append({utc, next});
        if (run.instances.size() >= window.maxInstances) {
            // One more step tells whether anything was left out.
            const icaltimetype more = icalrecur_iterator_next(it);
            run.truncatedByCount = !icaltime_is_null_time(more) && !(window.end.isValid() && toUtc(more, zone) > window.end);
            break;
        }
    }
    icalrecur_iterator_free(it);
    icalerror_clear_errno();
    return run;
}

} // namespace

Expansion expandRecurrence(icalcomponent *event, const icaltimetype &dtstart, const Zone &zone, ZoneResolver &zones,
                           const ExpansionWindow &window, const std::function<int(const char *)> &lineOf, bool mayRecur)
{
    Expansion out;
    // Most events (every session of a conference schedule) have neither rule nor dates: the
    // event is its DTSTART, as the whole reading below would find.
    if (!mayRecur) {
        const QDateTime utc = zones.utcOf(dtstart, zone);
        if (utc.isValid())
            out.instances.append({utc, dtstart});
        return out;
    }
    QMap<QDateTime, icaltimetype> set;
    const bool hasRule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY) != nullptr;
    const bool hasDates = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY) != nullptr;
    out.recurring = hasRule || hasDates;

    // With a rule, libical's iterator gives DTSTART as the first instance (COUNT counts it);
    // without one the set is DTSTART and the RDATEs.
    if (!hasRule) {
        const QDateTime utc = zones.utcOf(dtstart, zone);
        if (utc.isValid())
            set.insert(utc, dtstart);
    }
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_RRULE_PROPERTY)) {
        const RuleRun run = runRule(icalproperty_get_rrule(p), dtstart, zone, window);
        if (!run.error.isEmpty()) {
            out.errors << Diagnostic{lineOf("RRULE"), QStringLiteral("RRULE: ") + run.error};
            continue;
        }
        if (!run.warning.isEmpty())
            out.warnings << Diagnostic{lineOf("RRULE"), QStringLiteral("RRULE: ") + run.warning};
        for (const auto &instance : run.instances)
            set.insert(instance.utc, instance.local);
        if (run.truncatedByCount)
            out.warnings << Diagnostic{lineOf("RRULE"), tr("the series has more than %1 instances: only the first %1 are imported")
                                                            .arg(window.maxInstances)};
        else if (run.truncatedByWindow)
            out.warnings << Diagnostic{lineOf("RRULE"), tr("instances after %1 are left out").arg(isoDate(window.end.date()))};
    }
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype value = icalproperty_get_rdate(p);
        const icaltimetype time = icaltime_is_null_time(value.time) ? value.period.start : value.time;
        QString tzid;
        auto rdateZone = zoneOf(p, time, zones, tzid);
        if (!rdateZone) {
            out.warnings << Diagnostic{lineOf("RDATE"), tr("time zone “%1” is neither known nor defined in the file: read as floating").arg(tzid)};
            rdateZone = zones.floating();
        }
        const QDateTime utc = toUtc(time, *rdateZone);
        if (!utc.isValid()) {
            out.errors << Diagnostic{lineOf("RDATE"), tr("RDATE is not a valid date")};
            continue;
        }
        if (!window.end.isValid() || utc <= window.end)
            set.insert(utc, toLocal(utc, zone, bool(time.is_date)));
    }
    // Exclusions: EXDATE (a date excludes every instance on that day) and EXRULE.
    QSet<QDateTime> excluded;
    QSet<QDate> excludedDays;
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
        const icaltimetype time = icalproperty_get_exdate(p);
        if (icaltime_is_null_time(time)) {
            out.errors << Diagnostic{lineOf("EXDATE"), tr("EXDATE has no valid date")};
            continue;
        }
        if (time.is_date) {
            excludedDays.insert(QDate(time.year, time.month, time.day));
            continue;
        }
        QString tzid;
        auto exZone = zoneOf(p, time, zones, tzid);
        if (!exZone) {
            out.warnings << Diagnostic{lineOf("EXDATE"), tr("time zone “%1” is neither known nor defined in the file: read as floating").arg(tzid)};
            exZone = zones.floating();
        }
        excluded.insert(toUtc(time, *exZone));
    }
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_EXRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_EXRULE_PROPERTY)) {
        ExpansionWindow all = window;
        all.maxInstances = kMaxSteps;
        const RuleRun run = runRule(icalproperty_get_exrule(p), dtstart, zone, all);
        if (!run.error.isEmpty())
            out.errors << Diagnostic{lineOf("EXRULE"), QStringLiteral("EXRULE: ") + run.error};
        for (const auto &instance : run.instances)
            excluded.insert(instance.utc);
    }
    QSet<QDateTime> used;
    for (auto it = set.constBegin(); it != set.constEnd(); ++it) {
        const QDate localDay(it.value().year, it.value().month, it.value().day);
        if (excluded.contains(it.key())) {
            used.insert(it.key());
            continue;
        }
        if (excludedDays.contains(localDay))
            continue;
        out.instances.append({it.key(), it.value()});
    }
    // An EXDATE that hits no instance excludes nothing; usually its zone is not the series'. Said
    // in time order: a QSet's order follows Qt's hash seed, which changes from run to run.
    QList<QDateTime> unused;
    for (const QDateTime &exdate : std::as_const(excluded))
        if (!used.contains(exdate) && !set.isEmpty() && exdate >= set.firstKey() && exdate <= set.lastKey()
            && icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY))
            unused.append(exdate);
    std::sort(unused.begin(), unused.end());
    for (const QDateTime &exdate : std::as_const(unused))
        out.warnings << Diagnostic{lineOf("EXDATE"), tr("EXDATE %1 is not the start of any instance: nothing excluded").arg(isoUtc(exdate))};
    return out;
}

} // namespace foothold::ical

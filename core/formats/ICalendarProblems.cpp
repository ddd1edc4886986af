#include "core/formats/ICalendarProblems.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace foothold::ical {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ICalendar", text);
}

// The property an X-LIC-ERROR message is about ("… in DTSTART property …", "… for property
// RDATE: …", "Parse error in property name: LINK").
QByteArray propertyOf(const QString &message)
{
    static const QRegularExpression named(
        QStringLiteral(R"(\b([A-Z][A-Z0-9-]*) property\b|\bproperty ([A-Z][A-Z0-9-]*)|property name: ([A-Za-z0-9-]+))"));
    const auto match = named.match(message);
    if (!match.hasMatch())
        return {};
    for (int group = 1; group <= 3; ++group)
        if (!match.captured(group).isEmpty())
            return match.captured(group).toUpper().toUtf8();
    return {};
}

// The line of the property of `node` that a message is about.
} // namespace

int lineOfProperty(const IcalScan &scan, const IcalNode &node, const QString &message, const QByteArray &name)
{
    const QByteArray wanted = name.isEmpty() ? propertyOf(message) : name;
    const qsizetype removing = message.indexOf(QLatin1String("Removing entire property: "));
    const QByteArray value = removing >= 0 ? message.mid(removing + 26).trimmed().toUtf8() : QByteArray();
    int byName = 0;
    for (const int index : node.properties) {
        const IcalLine &line = scan.lines.at(index);
        if (!wanted.isEmpty() && line.name != wanted)
            continue;
        if (!value.isEmpty() && line.text.endsWith(value))
            return line.line;
        if (!byName && !wanted.isEmpty())
            byName = line.line;
    }
    if (byName)
        return byName;
    if (!value.isEmpty())
        for (const int index : node.properties)
            if (scan.lines.at(index).text.contains(value))
                return scan.lines.at(index).line;
    return scan.lines.at(node.begin).line;
}

namespace {

// Properties whose loss changes when an event is: a problem with them refuses the event (or, in
// a VTIMEZONE, the file).
bool isTimeProperty(const QByteArray &name, Scope scope)
{
    static const QList<QByteArray> event{"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID"};
    static const QList<QByteArray> zone{"DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE", "TZID"};
    return (scope == Scope::Event ? event : zone).contains(name);
}

enum class Severity { Error, Warning, Ignore };

// How much an X-LIC-ERROR matters. libical marks more than RFC 5545 forbids: an unknown property
// (RFC 5545 says to ignore it), an empty text value, a VALUE type it does not expect.
Severity severityOf(const QString &message, Scope scope)
{
    if (message.startsWith(QLatin1String("Parse error in property name")))
        return Severity::Ignore;
    const QByteArray property = propertyOf(message);
    switch (scope) {
    case Scope::Event:
        if (isTimeProperty(property, scope))
            return Severity::Error;
        if (message.startsWith(QLatin1String("No value for")))
            return Severity::Ignore;
        for (const char *used : {"SUMMARY", "LOCATION", "DESCRIPTION", "URL", "CATEGORIES", "UID", "STATUS"})
            if (property == used)
                return Severity::Warning;
        return Severity::Ignore;
    case Scope::Timezone:
        return isTimeProperty(property, scope) ? Severity::Error : Severity::Ignore;
    case Scope::Calendar:
        return Severity::Ignore;
    case Scope::EventPart:
    case Scope::Other:
        return Severity::Warning;
    }
    return Severity::Ignore;
}

Scope childScope(Scope parent, const QByteArray &kind)
{
    switch (parent) {
    case Scope::Event:
    case Scope::EventPart:
        return Scope::EventPart;
    case Scope::Timezone:
        return Scope::Timezone;
    case Scope::Calendar:
        return kind == "VEVENT" ? Scope::Event : kind == "VTIMEZONE" ? Scope::Timezone : Scope::Other;
    case Scope::Other:
        return Scope::Other;
    }
    return Scope::Other;
}

QString outsideNote(Scope scope)
{
    return scope == Scope::EventPart ? QStringLiteral(" (in a part of the event Foothold does not import)")
                                     : QStringLiteral(" (in a component Foothold does not import)");
}

QByteArray zoneIdOf(const IcalScan &scan, const IcalNode &node)
{
    for (const int index : node.properties)
        if (scan.lines.at(index).name == "TZID") {
            const QByteArray &text = scan.lines.at(index).text;
            return text.mid(text.indexOf(':') + 1).trimmed();
        }
    return {};
}

} // namespace

void collectProblems(const IcalScan &scan, icalcomponent *component, const IcalNode &node, Scope scope, Diagnostics &errors,
                     Diagnostics &warnings, bool mayHaveErrors)
{
    const bool fatal = scope == Scope::Event || scope == Scope::Calendar || scope == Scope::Timezone;
    static const QRegularExpression utcOffset(QStringLiteral(R"(^[+-]([01]\d|2[0-3])[0-5]\d([0-5]\d)?$)"));
    for (const int index : node.properties) {
        const IcalLine &line = scan.lines.at(index);
        QString problem = scan.lineErrors.value(index);
        // libical takes TZOFFSETFROM:+5744 without a word.
        if (problem.isEmpty() && (line.name == "TZOFFSETFROM" || line.name == "TZOFFSETTO")) {
            const QString value = QString::fromUtf8(line.text.mid(line.text.indexOf(':') + 1)).trimmed();
            if (!utcOffset.match(value).hasMatch())
                problem = tr("%1 “%2” is not a UTC offset (±hhmm, hours below 24)").arg(QString::fromLatin1(line.name), value);
        }
        if (problem.isEmpty())
            continue;
        if (fatal)
            errors << Diagnostic{line.line, problem};
        else
            warnings << Diagnostic{line.line, problem + outsideNote(scope)};
    }
    if (component && mayHaveErrors) {
        for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
            const QString message = text(icalproperty_get_xlicerror(p)).simplified();
            const Severity severity = severityOf(message, scope);
            const int line = lineOfProperty(scan, node, message);
            if (severity == Severity::Error)
                errors << Diagnostic{line, message};
            else if (severity == Severity::Warning)
                warnings << Diagnostic{line, message + (fatal ? QStringLiteral(": left out") : outsideNote(scope))};
        }
    }
    // Children: libical's subcomponents paired with ours in order, by kind.
    QList<icalcomponent *> parsed;
    if (component)
        for (icalcomponent *c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c;
             c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
            parsed << c;
    qsizetype next = 0;
    for (const IcalNode &child : node.children) {
        icalcomponent *match = nullptr;
        for (qsizetype k = next; k < parsed.size(); ++k) {
            if (QByteArray(icalcomponent_kind_to_string(icalcomponent_isa(parsed.at(k)))).toUpper() == child.name) {
                match = parsed.at(k);
                next = k + 1;
                break;
            }
        }
        Scope scopeOfChild = childScope(scope, child.name);
        if (scope == Scope::Calendar && scopeOfChild == Scope::Event)
            continue;
        // A VTIMEZONE without a TZID cannot be referred to: its problems cannot hurt.
        if (child.name == "VTIMEZONE" && zoneIdOf(scan, child).isEmpty())
            scopeOfChild = Scope::Other;
        collectProblems(scan, match, child, scopeOfChild, errors, warnings);
    }
}


} // namespace foothold::ical

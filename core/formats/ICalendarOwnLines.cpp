#include "core/formats/ICalendarOwnLines.h"

#include <cstring>

namespace foothold::ical {
namespace {

Own kindOf(const QByteArray &name)
{
    // Names are upper case and shared (ICalendarLines' NameTable); a few comparisons a line.
    switch (name.size()) {
    case 3:
        if (name == "UID")
            return Own::Uid;
        if (name == "URL")
            return Own::Url;
        break;
    case 5:
        if (name == "DTEND")
            return Own::Dtend;
        break;
    case 7:
        if (name == "SUMMARY")
            return Own::Summary;
        if (name == "DTSTAMP")
            return Own::Dtstamp;
        if (name == "DTSTART")
            return Own::Dtstart;
        break;
    case 8:
        if (name == "LOCATION")
            return Own::Location;
        break;
    case 10:
        if (name == "CATEGORIES")
            return Own::Categories;
        break;
    case 11:
        if (name == "DESCRIPTION")
            return Own::Description;
        break;
    default:
        break;
    }
    return Own::None;
}

// The value of "NAME:value" (no parameter), or an empty view when the line has parameters or
// no value (libical refuses an empty value with an X-LIC-ERROR: left to it).
QByteArrayView plainValue(const IcalLine &line)
{
    const qsizetype colon = line.name.size();
    if (line.text.size() <= colon + 1 || line.text.at(colon) != ':')
        return {};
    return QByteArrayView(line.text).sliced(colon + 1);
}

// A DTSTART or DTEND line in one of the shapes whose reading by libical is certain: no parameter,
// VALUE=DATE with a date, or a plain TZID with a local date and time. Else an empty value.
struct TimeLine {
    QByteArrayView tzid;
    QByteArrayView value;
};

bool digits(QByteArrayView v, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i)
        if (v.at(i) < '0' || v.at(i) > '9')
            return false;
    return true;
}

TimeLine timeLine(const IcalLine &line)
{
    const QByteArrayView t(line.text);
    const qsizetype afterName = line.name.size();
    if (t.size() <= afterName)
        return {};
    TimeLine out;
    bool dateParameter = false;
    if (t.at(afterName) == ':') {
        out.value = t.sliced(afterName + 1);
    } else if (t.sliced(afterName).startsWith(";VALUE=DATE:")) {
        dateParameter = true;
        out.value = t.sliced(afterName + 12);
    } else if (t.sliced(afterName).startsWith(";TZID=")) {
        const qsizetype colon = t.indexOf(':', afterName);
        if (colon < 0)
            return {};
        out.tzid = t.sliced(afterName + 6, colon - afterName - 6);
        // Plain names only ("Europe/Berlin", "W. Europe Standard Time"): no quotes, no other
        // parameter, nothing libical might trim.
        if (out.tzid.isEmpty() || out.tzid.front() == ' ' || out.tzid.back() == ' ')
            return {};
        for (const char c : out.tzid)
            if (static_cast<unsigned char>(c) < 0x20 || c == ';' || c == ',' || c == '"')
                return {};
        out.value = t.sliced(colon + 1);
    } else {
        return {};
    }
    const QByteArrayView v = out.value;
    const bool date = v.size() == 8 && digits(v, 0, 8);
    const bool local = v.size() == 15 && digits(v, 0, 8) && v.at(8) == 'T' && digits(v, 9, 6);
    const bool utc = v.size() == 16 && digits(v, 0, 8) && v.at(8) == 'T' && digits(v, 9, 6) && v.at(15) == 'Z';
    // libical takes all zeros for "no time" and drops the property with an error: left to it.
    bool zero = true;
    for (const char c : v)
        zero = zero && (c == '0' || c == 'T' || c == 'Z');
    if (zero || (dateParameter && !date) || (!out.tzid.isEmpty() && !local) || !(date || local || utc))
        return {};
    return out;
}

int number(QByteArrayView v, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i)
        n = n * 10 + (v.at(i) - '0');
    return n;
}

// Whether the value is one whose result from libical is known for certain: the escapes every
// libical version reads alike (TEXT), nothing that its writer would escape again (UID).
bool plainEnough(Own kind, QByteArrayView value)
{
    switch (kind) {
    case Own::Summary:
    case Own::Location:
    case Own::Description:
        for (qsizetype i = value.indexOf('\\'); i >= 0; i = value.indexOf('\\', i + 2)) {
            if (i + 1 >= value.size())
                return false;
            const char next = value.at(i + 1);
            if (next != 'n' && next != 'N' && next != ',' && next != ';' && next != '\\')
                return false;
        }
        return true;
    case Own::Uid:
        for (const char c : value)
            if (static_cast<unsigned char>(c) < 0x20 || c == '\\' || c == ',' || c == ';' || c == '"')
                return false;
        return true;
    default:
        return true; // URL is kept as written; CATEGORIES and DTSTAMP are not read from libical
    }
}

void takeFrom(const IcalScan &scan, const IcalNode &event, std::vector<Own> &own)
{
    // A kind is taken only when every line of it in the event is plain: then "the first one" is
    // the same line for the reader as it would have been for libical.
    std::array<bool, std::size_t(Own::Count)> refused{};
    for (const int index : event.properties) {
        if (scan.lineErrors.contains(index))
            continue; // neither libical nor the reader reads it
        const IcalLine &line = scan.lines.at(index);
        const Own kind = kindOf(line.name);
        if (kind == Own::None)
            continue;
        if (kind == Own::Dtstart || kind == Own::Dtend) {
            if (timeLine(line).value.isEmpty())
                refused[std::size_t(kind)] = true;
            continue;
        }
        const QByteArrayView value = plainValue(line);
        if (value.isEmpty() || !plainEnough(kind, value))
            refused[std::size_t(kind)] = true;
    }
    for (const int index : event.properties) {
        const Own kind = kindOf(scan.lines.at(index).name);
        if (kind != Own::None && !refused[std::size_t(kind)] && !scan.lineErrors.contains(index))
            own[std::size_t(index)] = kind;
    }
}

} // namespace

std::vector<Own> ownLines(const IcalScan &scan)
{
    std::vector<Own> own(std::size_t(scan.lines.size()), Own::None);
    for (const IcalNode &root : scan.roots) {
        if (root.name == "VEVENT")
            takeFrom(scan, root, own);
        else if (root.name == "VCALENDAR")
            for (const IcalNode &child : root.children)
                if (child.name == "VEVENT")
                    takeFrom(scan, child, own);
    }
    return own;
}

OwnValues::OwnValues(const IcalScan &scan, const std::vector<Own> &own, const IcalNode &event) : m_scan(scan)
{
    m_first.fill(-1);
    if (own.empty())
        return;
    for (const int index : event.properties) {
        const Own kind = own[std::size_t(index)];
        if (kind != Own::None && m_first[std::size_t(kind)] < 0)
            m_first[std::size_t(kind)] = index;
    }
}

QString OwnValues::text(Own kind) const
{
    const QByteArrayView value = plainValue(m_scan.lines.at(m_first[std::size_t(kind)]));
    if (!value.contains('\\'))
        return QString::fromUtf8(value);
    QByteArray out(value.size(), Qt::Uninitialized);
    char *to = out.data();
    qsizetype from = 0;
    for (qsizetype i = value.indexOf('\\'); i >= 0; i = value.indexOf('\\', from)) {
        std::memcpy(to, value.data() + from, std::size_t(i - from));
        to += i - from;
        const char next = value.at(i + 1); // plainEnough(): one of n N , ; backslash
        *to++ = (next == 'n' || next == 'N') ? '\n' : next;
        from = i + 2;
    }
    std::memcpy(to, value.data() + from, std::size_t(value.size() - from));
    to += value.size() - from;
    return QString::fromUtf8(out.constData(), to - out.constData());
}

OwnTime OwnValues::time(Own kind) const
{
    const TimeLine line = timeLine(m_scan.lines.at(m_first[std::size_t(kind)]));
    const QByteArrayView v = line.value;
    // What icaltime_from_string() makes of these shapes (sscanf of the digits, no range check).
    OwnTime out;
    out.value = icaltime_null_time();
    out.value.year = number(v, 0, 4);
    out.value.month = number(v, 4, 2);
    out.value.day = number(v, 6, 2);
    out.value.is_date = v.size() == 8 ? 1 : 0;
    if (v.size() > 8) {
        out.value.hour = number(v, 9, 2);
        out.value.minute = number(v, 11, 2);
        out.value.second = number(v, 13, 2);
    }
    if (v.size() == 16)
        out.value.zone = icaltimezone_get_utc_timezone();
    out.tzid = line.tzid.toByteArray();
    return out;
}

QString OwnValues::raw(Own kind) const
{
    return QString::fromUtf8(plainValue(m_scan.lines.at(m_first[std::size_t(kind)])));
}

} // namespace foothold::ical

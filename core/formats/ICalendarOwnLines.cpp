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
    case 7:
        if (name == "SUMMARY")
            return Own::Summary;
        if (name == "DTSTAMP")
            return Own::Dtstamp;
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

QString OwnValues::raw(Own kind) const
{
    return QString::fromUtf8(plainValue(m_scan.lines.at(m_first[std::size_t(kind)])));
}

} // namespace foothold::ical

#include "core/formats/ICalendarLines.h"

#include "core/formats/TextDecoding.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <cstring>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ICalendar", text);
}

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

QString shown(const QByteArray &text)
{
    QString s = QString::fromUtf8(text.left(60));
    return text.size() > 60 ? s + QStringLiteral("…") : s;
}

// True when the line has no ':' outside quotes (so the last quoted value may have eaten it).
bool headerEndsInQuote(const QByteArray &t)
{
    bool inQuotes = false;
    for (const char c : t) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (c == ':' && !inQuotes)
            return false;
    }
    return true;
}

// Whether `t` starts with `prefix` (upper case), in any case.
bool startsWithNoCase(const QByteArray &t, const char *prefix)
{
    const auto length = qsizetype(std::strlen(prefix));
    return t.size() >= length && qstrnicmp(t.constData(), prefix, length) == 0;
}

// The upper-case property names met so far, shared by every line that has one: a calendar has a
// dozen names over tens of thousands of lines, and each would otherwise be an allocation.
class NameTable {
public:
    NameTable() { m_slots.fill(-1); }

    QByteArray name(QByteArrayView written)
    {
        // First a guess by length and first and last letter (one comparison for nearly every
        // line), then the list.
        const std::size_t slot = written.isEmpty() ? 0 : slotOf(written);
        if (const int guess = written.isEmpty() ? -1 : m_slots[slot]; guess >= 0) {
            const QByteArray &known = m_names.at(guess);
            if (known.size() == written.size() && qstrnicmp(known.constData(), written.data(), written.size()) == 0)
                return known;
        }
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            const QByteArray &known = m_names.at(i);
            if (known.size() == written.size() && qstrnicmp(known.constData(), written.data(), written.size()) == 0) {
                if (!written.isEmpty())
                    m_slots[slot] = int(i);
                return known;
            }
        }
        QByteArray upper = written.toByteArray().toUpper();
        if (m_names.size() < 64) { // X- names without end must not make each lookup longer
            m_names.append(upper);
            if (!written.isEmpty())
                m_slots[slot] = int(m_names.size() - 1);
        }
        return upper;
    }

private:
    static std::size_t slotOf(QByteArrayView written)
    {
        const auto upper = [](char c) { return std::size_t(static_cast<unsigned char>(c) & 0xdf); };
        return (std::size_t(written.size()) * 31 + upper(written.front()) * 7 + upper(written.back())) % 64;
    }

    QList<QByteArray> m_names;
    std::array<int, 64> m_slots;
};

// Checks one logical line's shape; fills its name. An error message, or empty.
QString checkLine(IcalLine &line, NameTable &names)
{
    const QByteArray &t = line.text;
    qsizetype i = 0;
    while (i < t.size() && isNameChar(t.at(i)))
        ++i;
    line.name = names.name(QByteArrayView(t).first(i));
    if (i == 0)
        return tr("“%1” does not start with a property name").arg(shown(t));
    if (i == t.size())
        return tr("“%1” has no “:” and no value").arg(shown(t));
    if (t.at(i) != ';' && t.at(i) != ':')
        return tr("“%1” is not a property name").arg(shown(t.left(i + 1)));
    // Parameters: ";name=value" with quoted values, up to the first ':' outside quotes.
    while (i < t.size() && t.at(i) == ';') {
        ++i;
        const qsizetype nameStart = i;
        while (i < t.size() && isNameChar(t.at(i)))
            ++i;
        if (i == nameStart)
            return tr("%1 has an empty or nameless parameter").arg(QString::fromLatin1(line.name));
        if (i >= t.size() || t.at(i) != '=')
            return tr("%1 has a parameter without “=”").arg(QString::fromLatin1(line.name));
        ++i;
        while (true) {
            while (i < t.size() && (t.at(i) == ' ' || t.at(i) == '\t'))
                ++i;
            if (i < t.size() && t.at(i) == '"') {
                const qsizetype close = t.indexOf('"', i + 1);
                if (close < 0)
                    return tr("%1 has a quoted parameter value that never ends").arg(QString::fromLatin1(line.name));
                i = close + 1;
            } else {
                while (i < t.size() && t.at(i) != ';' && t.at(i) != ':' && t.at(i) != ',' && t.at(i) != '"')
                    i += t.at(i) == '\\' && i + 1 < t.size() ? 2 : 1; // "\;" as some write it
                if (i < t.size() && t.at(i) == '"')
                    return tr("%1 has a quote inside a parameter value").arg(QString::fromLatin1(line.name));
            }
            if (i < t.size() && t.at(i) == ',') {
                ++i;
                continue;
            }
            break;
        }
    }
    if (i >= t.size() || t.at(i) != ':')
        return tr("%1 has no “:” before its value").arg(QString::fromLatin1(line.name));
    return {};
}

// Fixes, with a warning, what real producers get wrong in a way that loses nothing.
void repair(IcalLine &line, Diagnostics &warnings)
{
    QByteArray &t = line.text;
    // Outlook: DTSTART;TZID="W. Europe Standard Time:20200609T090000" (the quote swallows the ':').
    if (t.endsWith('"') && headerEndsInQuote(t)) {
        const qsizetype open = t.lastIndexOf('"', t.size() - 2);
        const qsizetype colon = t.lastIndexOf(':');
        if (open >= 0 && colon > open) {
            t = t.left(colon) + "\":" + t.mid(colon + 1, t.size() - colon - 2);
            warnings << Diagnostic{line.line, tr("a quoted parameter swallows the “:” before the value: read as %1").arg(shown(t))};
            return;
        }
    }
    // vobject's RRULE:FREQ=DAILY\;COUNT=10 (a text escape where none belongs).
    if (startsWithNoCase(t, "RRULE") && t.contains("\\;")) {
        t.replace("\\;", ";");
        warnings << Diagnostic{line.line, tr("RRULE with escaped “;”: read as %1").arg(shown(t))};
        return;
    }
    // Synology: DURATION:PT1W (weeks are not a time part: P1W).
    if (startsWithNoCase(t, "DURATION:") || startsWithNoCase(t, "TRIGGER")) {
        static const QRegularExpression weeks(QStringLiteral(R"(:([+-]?)PT(\d+)W$)"));
        const QString asText = QString::fromLatin1(t);
        const auto match = weeks.match(asText);
        if (match.hasMatch()) {
            t = asText.left(match.capturedStart()).toLatin1() + ':' + match.captured(1).toLatin1() + 'P' + match.captured(2).toLatin1() + 'W';
            warnings << Diagnostic{line.line, tr("a duration in weeks written as a time (PT…W): read as %1").arg(shown(t))};
            return;
        }
    }
    // Google: RDATE:20131210Z on an all-day event (a date cannot be in UTC).
    if (startsWithNoCase(t, "RDATE") || startsWithNoCase(t, "EXDATE")) {
        const qsizetype colon = t.lastIndexOf(':');
        const QByteArray value = t.mid(colon + 1);
        bool dateWithZ = value.size() == 9 && value.at(8) == 'Z';
        for (qsizetype i = 0; dateWithZ && i < 8; ++i)
            dateWithZ = value.at(i) >= '0' && value.at(i) <= '9';
        if (dateWithZ) {
            t.chop(1);
            if (!t.toUpper().contains("VALUE=DATE"))
                t.insert(colon, ";VALUE=DATE");
            warnings << Diagnostic{line.line, tr("the date %1 has a “Z”: read as a date").arg(QString::fromLatin1(value))};
        }
    }
}

} // namespace

IcalScan scanICalendar(const QByteArray &input)
{
    IcalScan scan;
    const Utf8Bytes utf8 = toUtf8Bytes(input);
    if (utf8.error) {
        scan.errors << *utf8.error;
        return scan;
    }
    const QByteArray &bytes = utf8.bytes;
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        scan.errors << Diagnostic{lineOfOffset(bytes, bad), tr("not UTF-8 (iCalendar files are UTF-8); the file may be Latin-1 "
                                                               "or Windows-1252: save it as UTF-8")};
        return scan;
    }

    // Physical lines, ended by LF or CRLF; a CR alone or another control character is refused.
    // Each line is a view into one copy of the file, its end overwritten with a NUL, so that
    // libical can be handed it as it is: tens of thousands of lines, no allocation each.
    const qsizetype n = bytes.size();
    scan.storage = QByteArray(bytes.constData(), n);
    char *const storage = scan.storage.data(); // owned, so storage[n] is a NUL already
    scan.lines.reserve(n / 32 + 16); // a guess (counting the lines first costs a pass over the file)
    qsizetype start = 0;
    int physical = 1;
    bool open = false;
    const char *const data = bytes.constData();
    for (qsizetype i = 0; i <= n; ++i) {
        // Eight bytes at a time while none is below 0x20: no line end, no control character.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, data + i, sizeof word);
            if ((word - 0x2020202020202020ULL) & ~word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        const char c = i < n ? data[i] : '\n';
        if (c != '\n') {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 && c != '\t' && !(c == '\r' && i + 1 < n && bytes.at(i + 1) == '\n') && !(c == '\r' && i + 1 == n)) {
                scan.errors << Diagnostic{physical, c == '\r' ? tr("a carriage return that does not end a line")
                                                              : tr("control character 0x%1 in a line").arg(u, 2, 16, QLatin1Char('0'))};
                return scan;
            }
            continue;
        }
        qsizetype end = i;
        if (end > start && bytes.at(end - 1) == '\r')
            --end;
        const QByteArrayView text = QByteArrayView(bytes).sliced(start, end - start);
        if (i < n || !text.isEmpty()) {
            const bool indented = !text.isEmpty() && (text.at(0) == ' ' || text.at(0) == '\t');
            if (indented && open) {
                scan.lines.last().text.append(text.sliced(1));
            } else if (text.trimmed().isEmpty()) {
                open = false; // blank lines are tolerated between components and properties
            } else {
                if (indented)
                    scan.warnings << Diagnostic{physical, tr("an indented line that continues nothing: read without its indent")};
                if (indented) {
                    scan.lines.append({text.trimmed().toByteArray(), {}, physical});
                } else {
                    storage[end] = '\0';
                    scan.lines.append({QByteArray::fromRawData(storage + start, end - start), {}, physical});
                }
                open = true;
            }
        }
        start = i + 1;
        ++physical;
    }

    QList<IcalNode *> stack;
    NameTable names;
    for (int index = 0; index < scan.lines.size(); ++index) {
        IcalLine &line = scan.lines[index];
        repair(line, scan.warnings);
        const QString problem = checkLine(line, names);
        const bool structural = line.name == "BEGIN" || line.name == "END";
        if (!problem.isEmpty() && (structural || stack.isEmpty())) {
            scan.errors << Diagnostic{line.line, problem};
            return scan;
        }
        if (!problem.isEmpty()) {
            scan.lineErrors.insert(index, problem);
            stack.last()->properties.append(index);
            continue;
        }
        if (line.name == "X-LIC-ERROR" && !stack.isEmpty()) {
            // libical writes these where it dropped something: the file was damaged before.
            scan.lineErrors.insert(index, tr("the file carries an error an earlier program wrote when it could not read it: %1")
                                              .arg(shown(line.text.mid(line.text.indexOf(':') + 1))));
            stack.last()->properties.append(index);
            continue;
        }
        // The component name, for BEGIN and END only (the value of every other line is libical's).
        const QByteArray value = structural ? line.text.mid(line.text.indexOf(':') + 1).trimmed().toUpper() : QByteArray();
        if (line.name == "BEGIN") {
            bool validName = !value.isEmpty();
            for (const char c : value)
                validName = validName && isNameChar(c);
            if (!validName) {
                scan.errors << Diagnostic{line.line, tr("“%1” is not a component name").arg(shown(value))};
                return scan;
            }
            // At the top only a VCALENDAR (or, in fragments, a bare component) may stand; a
            // VCALENDAR never nests.
            static const QList<QByteArray> roots{"VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VAVAILABILITY",
                                                 "AVAILABLE", "VALARM", "STANDARD", "DAYLIGHT", "VLOCATION", "VRESOURCE", "PARTICIPANT"};
            if (stack.isEmpty() && !roots.contains(value) && !value.startsWith("X-")) {
                scan.errors << Diagnostic{line.line, tr("“%1” is not an iCalendar component").arg(shown(value))};
                return scan;
            }
            if (!stack.isEmpty() && value == "VCALENDAR") {
                scan.errors << Diagnostic{line.line, tr("a VCALENDAR inside a %1").arg(QString::fromLatin1(stack.last()->name))};
                return scan;
            }
            IcalNode node;
            node.name = names.name(value);
            node.begin = index;
            if (stack.isEmpty()) {
                scan.roots.append(node);
                stack.append(&scan.roots.last());
            } else {
                stack.last()->children.append(node);
                stack.append(&stack.last()->children.last());
            }
        } else if (line.name == "END") {
            if (stack.isEmpty()) {
                scan.errors << Diagnostic{line.line, tr("END:%1 without a BEGIN").arg(shown(value))};
                return scan;
            }
            if (stack.last()->name != value) {
                scan.errors << Diagnostic{line.line, tr("END:%1 where END:%2 (begun on line %3) was expected")
                                                         .arg(shown(value), QString::fromLatin1(stack.last()->name))
                                                         .arg(scan.lines.at(stack.last()->begin).line)};
                return scan;
            }
            stack.last()->end = index;
            stack.removeLast();
        } else if (stack.isEmpty()) {
            scan.errors << Diagnostic{line.line, tr("“%1” is outside any BEGIN … END").arg(shown(line.text))};
            return scan;
        } else {
            stack.last()->properties.append(index);
        }
    }
    if (!stack.isEmpty()) {
        const IcalNode *unended = stack.last();
        scan.errors << Diagnostic{scan.lines.at(unended->begin).line,
                                  tr("BEGIN:%1 never ends (no END:%1; the file may be cut short)").arg(QString::fromLatin1(unended->name))};
    }
    if (scan.roots.isEmpty() && scan.errors.isEmpty())
        scan.errors << Diagnostic{0, tr("no BEGIN:VCALENDAR: this is not an iCalendar file")};
    return scan;
}

} // namespace foothold

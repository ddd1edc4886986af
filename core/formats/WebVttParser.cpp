// WebVTT, following the block structure of the W3C parsing algorithm (https://www.w3.org/TR/webvtt1/)
// the way browsers read it (mozilla/vtt.js is the conformance reference), with one difference: what a
// browser drops silently (a block with no timing line, a timing line it cannot read) is reported here
// as an error on its line.
#include "core/formats/TranscriptParsers.h"

#include <QCoreApplication>

namespace foothold::transcript {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Transcript", text);
}

const QString kArrow = QStringLiteral("-->");

QStringView collectDigits(QStringView s, qsizetype &pos)
{
    const qsizetype from = pos;
    while (pos < s.size() && s[pos] >= QLatin1Char('0') && s[pos] <= QLatin1Char('9'))
        ++pos;
    return s.mid(from, pos - from);
}

void skipSpaces(QStringView s, qsizetype &pos)
{
    while (pos < s.size() && (s[pos] == QLatin1Char(' ') || s[pos] == QLatin1Char('\t') || s[pos] == QLatin1Char('\f')))
        ++pos;
}

struct Timestamp {
    double seconds = 0;
    bool minutesPastHour = false; // "75:30.000": minutes beyond 59 with no hours field
};

// [H…H:]MM:SS.mmm. A first field beyond 59 with only two fields is read as minutes (a warning says so;
// WebVTT wants hours then, and vtt.js would read hours:minutes).
std::optional<Timestamp> parseTimestamp(QStringView s, qsizetype &pos, QString &why)
{
    const QStringView first = collectDigits(s, pos);
    if (first.isEmpty()) {
        why = tr("expected a time such as 00:01:02.500");
        return std::nullopt;
    }
    if (first.size() > 9) {
        why = tr("the time %1 is too large").arg(first);
        return std::nullopt;
    }
    if (pos >= s.size() || s[pos] != QLatin1Char(':')) {
        why = tr("expected “:” after %1").arg(first);
        return std::nullopt;
    }
    ++pos;
    const QStringView second = collectDigits(s, pos);
    if (second.size() != 2) {
        why = tr("minutes and seconds take two digits");
        return std::nullopt;
    }
    QStringView third;
    if (pos < s.size() && s[pos] == QLatin1Char(':')) {
        ++pos;
        third = collectDigits(s, pos);
        if (third.size() != 2) {
            why = tr("minutes and seconds take two digits");
            return std::nullopt;
        }
    }
    if (pos >= s.size() || s[pos] != QLatin1Char('.')) {
        why = tr("expected “.” and three digits of milliseconds (00:01:02.500)");
        return std::nullopt;
    }
    ++pos;
    const QStringView millis = collectDigits(s, pos);
    if (millis.size() != 3) {
        why = tr("milliseconds take exactly three digits");
        return std::nullopt;
    }
    Timestamp out;
    const double ms = digitValue(millis) / 1000.0;
    if (!third.isEmpty()) {
        if (digitValue(second) > 59 || digitValue(third) > 59) {
            why = tr("minutes and seconds must be below 60");
            return std::nullopt;
        }
        out.seconds = digitValue(first) * 3600.0 + digitValue(second) * 60.0 + digitValue(third) + ms;
    } else {
        if (digitValue(second) > 59) {
            why = tr("seconds must be below 60");
            return std::nullopt;
        }
        out.minutesPastHour = digitValue(first) > 59;
        out.seconds = digitValue(first) * 60.0 + digitValue(second) + ms;
    }
    return out;
}

struct Timing {
    double start = 0;
    double end = 0;
    bool minutesPastHour = false;
};

std::optional<Timing> parseTiming(QStringView line, QString &why)
{
    qsizetype pos = 0;
    skipSpaces(line, pos);
    const auto start = parseTimestamp(line, pos, why);
    if (!start)
        return std::nullopt;
    skipSpaces(line, pos);
    if (!line.mid(pos).startsWith(kArrow)) {
        why = tr("the start and end times must be separated by “-->”");
        return std::nullopt;
    }
    pos += 3;
    skipSpaces(line, pos);
    const auto end = parseTimestamp(line, pos, why);
    if (!end)
        return std::nullopt;
    // What follows is cue settings (position, alignment): they do not matter for who spoke when.
    return Timing{start->seconds, end->seconds, start->minutesPastHour || end->minutesPastHour};
}

bool isBlockKeyword(QStringView line, QLatin1String keyword)
{
    if (!line.startsWith(keyword))
        return false;
    const QStringView rest = line.mid(keyword.size());
    return rest.isEmpty() || rest.trimmed().isEmpty() || rest[0] == QLatin1Char(' ') || rest[0] == QLatin1Char('\t');
}

} // namespace

void parseWebVtt(QStringView text, TranscriptBuilder &out)
{
    const QList<QStringView> lines = splitLines(text);
    if (text.trimmed().isEmpty()) {
        out.fatal(1, tr("the file is empty"));
        return;
    }
    const QStringView signature = lines.first();
    if (signature.trimmed().isEmpty()) {
        out.fatal(1, tr("not a WebVTT file: the first line is blank, and “WEBVTT” must be the very first line"));
        return;
    }
    if (!signature.startsWith(QLatin1String("WEBVTT"))) {
        out.fatal(1, signature.trimmed().startsWith(QLatin1String("WEBVTT"))
                         ? tr("not a WebVTT file: “WEBVTT” must start the first line, with nothing before it (not even a space "
                              "or a tab)")
                         : tr("not a WebVTT file: the first line must be “WEBVTT”, not %1").arg(quoteLine(signature)));
        return;
    }
    if (signature.size() > 6 && signature[6] != QLatin1Char(' ') && signature[6] != QLatin1Char('\t')) {
        out.fatal(1, tr("not a WebVTT file: “WEBVTT” must end the first line or be followed by a space or a tab, not %1")
                         .arg(quoteLine(signature)));
        return;
    }
    const qsizetype n = lines.size();
    qsizetype i = 1;
    auto skipBlock = [&] {
        while (i < n && !lines.at(i).isEmpty())
            ++i;
    };
    // The header (Kind:, Language:, Region:, YouTube's "Style: … ##") runs to the first blank line.
    for (; i < n && !lines.at(i).isEmpty(); ++i)
        if (hasArrow(lines.at(i)))
            out.error(int(i + 1), tr("a cue timing inside the header: a blank line must follow the WEBVTT line "
                                     "(and any header lines) before the first cue; this cue is lost"));

    while (i < n) {
        const QStringView line = lines.at(i);
        if (line.isEmpty()) {
            ++i;
            continue;
        }
        if (isBlockKeyword(line, QLatin1String("NOTE"))) {
            // A comment runs to the blank line; a cue timing inside it would be speech lost without a word.
            for (; i < n && !lines.at(i).isEmpty(); ++i)
                if (hasArrow(lines.at(i)))
                    out.error(int(i + 1), tr("a cue timing inside a NOTE comment: a blank line must end the comment "
                                             "before the cue; this cue is lost"));
            continue;
        }
        qsizetype timingLine = -1;
        if (hasArrow(line))
            timingLine = i;
        else if (i + 1 < n && hasArrow(lines.at(i + 1)))
            timingLine = i + 1; // `line` is the cue identifier (Teams writes a GUID here)
        if (timingLine < 0) {
            if (isBlockKeyword(line, QLatin1String("STYLE")) || isBlockKeyword(line, QLatin1String("REGION"))) {
                skipBlock();
                continue;
            }
            bool blank = true;
            const qsizetype from = i;
            for (; i < n && !lines.at(i).isEmpty(); ++i)
                blank = blank && lines.at(i).trimmed().isEmpty();
            if (!blank)
                out.error(int(from + 1), tr("text outside any cue (no timing line such as “00:00:01.000 --> "
                                            "00:00:04.000” before it): %1").arg(quoteLine(lines.at(from))));
            continue;
        }
        QString why;
        const auto timing = parseTiming(lines.at(timingLine), why);
        if (!timing) {
            out.error(int(timingLine + 1), tr("cannot read the cue timing %1: %2").arg(quoteLine(lines.at(timingLine)), why));
            i = timingLine;
            skipBlock();
            continue;
        }
        if (timing->minutesPastHour)
            out.warning(int(timingLine + 1), tr("a time with minutes past 59 and no hours (%1): read as minutes and seconds")
                                                 .arg(quoteLine(lines.at(timingLine))));
        if (timing->end < timing->start) {
            out.error(int(timingLine + 1), tr("the cue ends (%1 s) before it starts (%2 s)").arg(timing->end).arg(timing->start));
            i = timingLine;
            skipBlock();
            continue;
        }
        i = timingLine + 1;
        const qsizetype firstText = i;
        for (; i < n && !lines.at(i).isEmpty(); ++i) {
            if (hasArrow(lines.at(i))) {
                // A browser ends the cue here and reads the line as the next cue's timing.
                out.warning(int(i + 1), tr("no blank line before this cue timing: the cue before it ends here"));
                break;
            }
        }
        out.cue(timing->start, timing->end, int(timingLine + 1),
                i > firstText ? spanOf(lines.at(firstText), lines.at(i - 1)) : QStringView());
    }
}

} // namespace foothold::transcript

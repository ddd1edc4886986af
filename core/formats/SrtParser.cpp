// SubRip (.srt): blocks of an optional cue number, a timing line "00:00:06,500 --> 00:00:09,000"
// (anything after it, such as "X1:…" coordinates, is ignored) and text lines up to a blank line.
// There is no formal specification; this follows what players accept, and says so where it bends.
#include "core/formats/TranscriptParsers.h"

#include <QCoreApplication>

namespace foothold::transcript {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Transcript", text);
}

const QString kArrow = QStringLiteral("-->");

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

bool isCueNumber(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 9)
        return false;
    for (const QChar c : trimmed)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

QStringView digits(QStringView s, qsizetype &pos)
{
    const qsizetype from = pos;
    while (pos < s.size() && s[pos] >= QLatin1Char('0') && s[pos] <= QLatin1Char('9'))
        ++pos;
    return s.mid(from, pos - from);
}

// HH:MM:SS,mmm (the hours may have one digit or more than two).
std::optional<double> parseTimestamp(QStringView s, qsizetype &pos, bool &dotSeparator, QString &why)
{
    const QStringView hours = digits(s, pos);
    if (hours.isEmpty() || hours.size() > 9 || pos >= s.size() || s[pos] != QLatin1Char(':')) {
        why = tr("expected a time such as 00:01:02,500");
        return std::nullopt;
    }
    ++pos;
    const QStringView minutes = digits(s, pos);
    if (minutes.size() != 2 || pos >= s.size() || s[pos] != QLatin1Char(':')) {
        why = tr("expected a time such as 00:01:02,500 (hours, minutes and seconds)");
        return std::nullopt;
    }
    ++pos;
    const QStringView seconds = digits(s, pos);
    if (seconds.size() != 2) {
        why = tr("seconds take two digits");
        return std::nullopt;
    }
    if (pos >= s.size() || (s[pos] != QLatin1Char(',') && s[pos] != QLatin1Char('.'))) {
        why = tr("expected “,” and three digits of milliseconds (00:01:02,500)");
        return std::nullopt;
    }
    dotSeparator = dotSeparator || s[pos] == QLatin1Char('.');
    ++pos;
    const QStringView millis = digits(s, pos);
    if (millis.size() != 3) {
        why = tr("milliseconds take exactly three digits");
        return std::nullopt;
    }
    if (digitValue(minutes) > 59 || digitValue(seconds) > 59) {
        why = tr("minutes and seconds must be below 60");
        return std::nullopt;
    }
    return digitValue(hours) * 3600.0 + digitValue(minutes) * 60.0 + digitValue(seconds) + digitValue(millis) / 1000.0;
}

} // namespace

void parseSrt(QStringView text, TranscriptBuilder &out)
{
    if (text.trimmed().isEmpty()) {
        out.fatal(1, tr("the file is empty"));
        return;
    }
    const QList<QStringView> lines = splitLines(text);
    const qsizetype n = lines.size();
    auto startsCue = [&](qsizetype at) {
        return hasArrow(lines.at(at)) || (isCueNumber(lines.at(at)) && at + 1 < n && hasArrow(lines.at(at + 1)));
    };
    qsizetype i = 0;
    while (i < n) {
        if (isBlank(lines.at(i))) {
            ++i;
            continue;
        }
        qsizetype timingLine = i;
        if (!hasArrow(lines.at(i))) {
            if (!startsCue(i)) {
                const qsizetype from = i;
                while (i < n && !isBlank(lines.at(i)) && !startsCue(i))
                    ++i;
                out.error(int(from + 1), isCueNumber(lines.at(from)) && from + 1 == i
                                             ? tr("cue number %1 has no timing line after it").arg(lines.at(from).trimmed())
                                             : tr("text outside any cue (no timing line such as “00:00:01,000 --> "
                                                  "00:00:04,000” before it): %1").arg(quoteLine(lines.at(from))));
                continue;
            }
            timingLine = i + 1; // after the cue number
        }
        const QStringView timing = lines.at(timingLine);
        i = timingLine + 1;
        QString why;
        bool dot = false;
        qsizetype pos = 0;
        while (pos < timing.size() && timing[pos].isSpace())
            ++pos;
        auto start = parseTimestamp(timing, pos, dot, why);
        std::optional<double> end;
        if (start) {
            while (pos < timing.size() && timing[pos].isSpace())
                ++pos;
            if (timing.mid(pos).startsWith(kArrow)) {
                pos += 3;
                while (pos < timing.size() && timing[pos].isSpace())
                    ++pos;
                end = parseTimestamp(timing, pos, dot, why);
            } else {
                why = tr("the start and end times must be separated by “-->”");
            }
        }
        if (!start || !end) {
            out.error(int(timingLine + 1), tr("cannot read the cue timing %1: %2").arg(quoteLine(timing), why));
            while (i < n && !isBlank(lines.at(i)) && !startsCue(i))
                ++i;
            continue;
        }
        if (dot)
            out.warning(int(timingLine + 1), tr("“.” before the milliseconds where SubRip writes “,”: read as milliseconds"));
        if (*end < *start) {
            out.error(int(timingLine + 1), tr("the cue ends (%1 s) before it starts (%2 s)").arg(*end).arg(*start));
            while (i < n && !isBlank(lines.at(i)) && !startsCue(i))
                ++i;
            continue;
        }
        const qsizetype firstText = i;
        for (; i < n && !isBlank(lines.at(i)); ++i) {
            if (startsCue(i)) {
                out.warning(int(i + 1), tr("no blank line before this cue: the cue before it ends here"));
                break;
            }
        }
        out.cue(*start, *end, int(timingLine + 1), i > firstText ? spanOf(lines.at(firstText), lines.at(i - 1)) : QStringView());
    }
}

} // namespace foothold::transcript

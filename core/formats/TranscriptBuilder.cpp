#include "core/formats/TranscriptParsers.h"

#include <QCoreApplication>

#include <algorithm>

namespace foothold::transcript {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Transcript", text);
}

} // namespace

QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    lines.reserve(text.size() / 24 + 1);
    qsizetype start = 0;
    const qsizetype size = text.size();
    if (!text.contains(QLatin1Char('\r'))) {
        // LF only, the usual case: Qt's vectorised search finds the line ends.
        for (qsizetype end = text.indexOf(QLatin1Char('\n')); end >= 0; end = text.indexOf(QLatin1Char('\n'), start)) {
            lines.append(text.mid(start, end - start));
            start = end + 1;
        }
        if (start < size)
            lines.append(text.mid(start));
        return lines;
    }
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            continue;
        lines.append(text.mid(start, i - start));
        if (c == QLatin1Char('\r') && i + 1 < size && text[i + 1] == QLatin1Char('\n'))
            ++i;
        start = i + 1;
    }
    if (start < size)
        lines.append(text.mid(start));
    return lines;
}

QString quoteLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.size() <= 60)
        return QStringLiteral("“%1”").arg(trimmed);
    return QStringLiteral("“%1…”").arg(trimmed.left(60));
}

void TranscriptBuilder::add(TranscriptDiagnostic::Severity severity, int line, const QString &message)
{
    if (m_transcript.diagnostics.size() >= Transcript::kMaxDiagnostics) {
        ++m_transcript.droppedDiagnostics;
        return;
    }
    m_transcript.diagnostics.append({severity, line, message});
}

void TranscriptBuilder::error(int line, const QString &message)
{
    add(TranscriptDiagnostic::Severity::Error, line, message);
}

void TranscriptBuilder::warning(int line, const QString &message)
{
    add(TranscriptDiagnostic::Severity::Warning, line, message);
}

void TranscriptBuilder::fatal(int line, const QString &message)
{
    m_fatal = true;
    error(line, message);
}

void TranscriptBuilder::cue(double start, double end, int line, QStringView raw)
{
    m_cues.append({start, end, line, raw, {}, {}});
}

void TranscriptBuilder::turn(QString speaker, QString text, int line)
{
    m_turns = true;
    m_cues.append({0, 0, line, {}, std::move(text), std::move(speaker)});
}

bool TranscriptBuilder::continueTurn(const QString &text)
{
    if (!m_turns || m_cues.isEmpty())
        return false;
    QString &raw = m_cues.last().text;
    if (!raw.isEmpty())
        raw += QLatin1Char(' ');
    raw += text;
    return true;
}

void TranscriptBuilder::finishTimed(CueMarkup markup)
{
    struct Parsed {
        QList<CueSegment> segments;
        std::optional<SpeakerLabel> label;
    };
    QList<Parsed> parsed;
    parsed.reserve(m_cues.size());
    m_transcript.cues.reserve(m_cues.size());
    int unvoiced = 0;
    int labelled = 0;
    int firstLabelLine = 0;
    QString scratch;
    for (const RawCue &cue : std::as_const(m_cues)) {
        Parsed one{splitCueText(cue.raw, markup, scratch), std::nullopt};
        const bool voiced = std::any_of(one.segments.cbegin(), one.segments.cend(),
                                        [](const CueSegment &s) { return s.voiced; });
        if (!voiced && !one.segments.first().text.isEmpty()) {
            ++unvoiced;
            one.label = splitSpeakerLabel(one.segments.first().text);
            if (one.label) {
                ++labelled;
                firstLabelLine = firstLabelLine ? firstLabelLine : cue.line;
            }
        }
        parsed.append(std::move(one));
    }
    // "Name: text" names the speaker only when most cues without a voice span are written that way
    // (Zoom labels every cue); otherwise a line such as "So the thing is: …" would invent a speaker.
    const bool useLabels = labelled > 0 && labelled * 2 >= unvoiced;
    if (labelled > 0 && !useLabels)
        warning(firstLabelLine, tr("%1 of %2 cues start like “Name: text”: read as text, not as speaker names, because "
                                   "most cues do not").arg(labelled).arg(unvoiced));

    int unnamed = 0;
    int firstUnnamedLine = 0;
    bool anyNamed = false;
    for (qsizetype i = 0; i < m_cues.size(); ++i) {
        const RawCue &cue = m_cues.at(i);
        QList<CueSegment> segments = std::move(parsed[i].segments);
        if (useLabels && parsed[i].label)
            segments = {CueSegment{parsed[i].label->speaker, parsed[i].label->rest, false}};
        if (segments.size() == 1 && segments.first().text.isEmpty())
            warning(cue.line, tr("the cue has no text"));
        // Words are counted only to share a cue's time between several voices.
        QList<int> words;
        int total = 0;
        for (const CueSegment &segment : std::as_const(segments)) {
            words.append(segments.size() > 1 ? countWords(segment.text) : 0);
            total += words.last();
            if (segment.text.isEmpty())
                continue;
            if (segment.speaker.isEmpty()) {
                firstUnnamedLine = firstUnnamedLine ? firstUnnamedLine : cue.line;
                ++unnamed;
            } else {
                anyNamed = true;
            }
        }
        // Several voices in one cue share its time in proportion to their words, in their order.
        const double duration = cue.end - cue.start;
        double at = cue.start;
        for (qsizetype k = 0; k < segments.size(); ++k) {
            const double part = total > 0 ? double(words.at(k)) / total : 1.0 / double(segments.size());
            const double end = k + 1 == segments.size() ? cue.end : at + duration * part;
            m_transcript.cues.append({at, end, std::move(segments[k].speaker), std::move(segments[k].text), cue.line, int(i)});
            at = end;
        }
    }
    if (anyNamed && unnamed > 0)
        warning(firstUnnamedLine, unnamed == 1 ? tr("this speech names no speaker: it is counted for nobody")
                                               : tr("%1 stretches of speech name no speaker, from here on: they are counted for nobody")
                                                     .arg(unnamed));
}

void TranscriptBuilder::finish(CueMarkup markup)
{
    if (m_turns) {
        for (qsizetype i = 0; i < m_cues.size(); ++i) {
            const RawCue &turn = m_cues.at(i);
            m_transcript.cues.append({0, 0, turn.speaker, turn.text.simplified(), turn.line, int(i)});
        }
    } else {
        finishTimed(markup);
    }
    m_transcript.cueCount = int(m_cues.size());
    // With no cue and no error yet, say so; an earlier error (a timing that cannot be read) already
    // explains better why nothing was read.
    if (m_transcript.cueCount == 0 && !m_fatal && !m_transcript.hasErrors())
        error(1, m_turns || m_transcript.format != TranscriptFormat::MeetText
                     ? tr("no cue could be read from this file")
                     : tr("no speaker line (“Name: what they said”) in this file"));
    std::stable_sort(m_transcript.diagnostics.begin(), m_transcript.diagnostics.end(),
                     [](const TranscriptDiagnostic &a, const TranscriptDiagnostic &b) { return a.line < b.line; });
}

} // namespace foothold::transcript

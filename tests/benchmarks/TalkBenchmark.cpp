// Talk share: a 3-hour meeting of 10,000 cues, parsed and measured (budget: 50 ms, docs/PERFORMANCE.md).
#include "core/analytics/TalkMeasures.h"
#include "core/formats/Transcript.h"

#include <QStringEncoder>

#include <iterator>

#include <benchmark/benchmark.h>

using namespace foothold;

namespace {

constexpr int kCues = 10'000;
constexpr double kSeconds = 3 * 3600.0;

// A deterministic generator (the same bytes every run).
class Lcg {
public:
    quint32 next() { return m_state = m_state * 1664525u + 1013904223u; }
    int below(int n) { return int((next() >> 8) % quint32(n)); }

private:
    quint32 m_state = 20260615u;
};

QByteArray stamp(double seconds, char fraction)
{
    const qint64 ms = qint64(seconds * 1000);
    return QString::asprintf("%02lld:%02lld:%02lld%c%03lld", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, fraction, ms % 1000).toLatin1();
}

struct Turn {
    double start;
    double end;
    const char *speaker;
    QByteArray text;
};

// Two people talking in runs, a third chiming in now and then, cues of about a second that now and then
// overlap the next one, and a question every few cues.
QList<Turn> meeting()
{
    static const char *const speakers[] = {"Ana Lima", "Ben Okafor", "Carla Mendes"};
    static const char *const words[] = {"the", "team", "ships", "a", "release", "every", "week", "and", "I", "think",
                                        "that", "works", "because", "we", "review", "code", "together", "so", "what",
                                        "matters", "most", "is", "trust", "in", "how", "people", "learn"};
    Lcg random;
    QList<Turn> turns;
    turns.reserve(kCues);
    const double step = kSeconds / kCues;
    int speaker = 0;
    for (int i = 0; i < kCues; ++i) {
        if (random.below(10) < 3)
            speaker = random.below(10) == 0 ? 2 : 1 - (speaker == 2 ? 0 : speaker);
        QByteArray text;
        const int count = 6 + random.below(9);
        for (int w = 0; w < count; ++w) {
            if (w)
                text += ' ';
            text += words[random.below(int(std::size(words)))];
        }
        text += random.below(6) == 0 ? "?" : ".";
        const double start = i * step;
        const double end = start + step * (0.8 + random.below(40) / 100.0);
        turns.append({start, end, speakers[speaker], std::move(text)});
    }
    return turns;
}

// Teams: GUID cue ids, <v Name> voice spans (every tenth left unclosed), a NOTE now and then.
QByteArray teamsVtt()
{
    QByteArray out = "WEBVTT\n\nNOTE duration:\"03:00:00.0000000\"\n\n";
    int i = 0;
    for (const Turn &turn : meeting()) {
        if (i % 25 == 0)
            out += "NOTE Confidence: 0.91\n\n";
        out += QString::asprintf("8c3f2a1e-4b7d-4e09-9a51-%012d/%d-0\n", i, i).toLatin1();
        out += stamp(turn.start, '.') + " --> " + stamp(turn.end, '.') + "\n";
        out += QByteArray("<v ") + turn.speaker + ">" + turn.text + (i % 10 ? "</v>" : "") + "\n\n";
        ++i;
    }
    return out;
}

// Zoom saved as SubRip, in UTF-16 with a byte-order mark: "Name: text".
QByteArray zoomSrtUtf16()
{
    QByteArray out;
    int i = 0;
    for (const Turn &turn : meeting()) {
        out += QByteArray::number(++i) + "\n" + stamp(turn.start, ',') + " --> " + stamp(turn.end, ',') + "\n";
        out += QByteArray(turn.speaker) + ": " + turn.text + "\n\n";
    }
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encoder.encode(QString::fromUtf8(out));
}

// Google Meet's document as text: speaker lines, a time mark every 150 lines.
QByteArray meetText()
{
    QByteArray out = "Weekly sync - Transcript\n00:00:00\n \n";
    int i = 0;
    for (const Turn &turn : meeting()) {
        if (++i % 150 == 0)
            out += stamp(turn.start, '.').left(8) + "\n \n";
        out += QByteArray(turn.speaker) + ": " + turn.text + "\n";
    }
    return out + "Transcription ended after 03:00:00\n";
}

const QStringList kMe{QStringLiteral("Ana Lima")};

void report(benchmark::State &state, const QByteArray &bytes)
{
    state.SetBytesProcessed(qint64(state.iterations()) * bytes.size());
    state.counters["cues"] = kCues;
    state.counters["MB"] = bytes.size() / 1e6;
}

void BM_TalkVtt3h10kParseAndMeasure(benchmark::State &state)
{
    const QByteArray bytes = teamsVtt();
    for (auto _ : state) {
        const Transcript transcript = parseTranscript(bytes, QStringLiteral("meeting.vtt"));
        const TalkMeasures measures = measureTalk(transcript, kMe);
        if (transcript.cueCount != kCues || measures.status != TalkStatus::Measured)
            state.SkipWithError("the generated transcript was not read as expected");
        benchmark::DoNotOptimize(measures.myShare);
    }
    report(state, bytes);
}
BENCHMARK(BM_TalkVtt3h10kParseAndMeasure)->Unit(benchmark::kMillisecond);

void BM_TalkVtt3h10kParse(benchmark::State &state)
{
    const QByteArray bytes = teamsVtt();
    for (auto _ : state)
        benchmark::DoNotOptimize(parseTranscript(bytes, QStringLiteral("meeting.vtt")).cueCount);
    report(state, bytes);
}
BENCHMARK(BM_TalkVtt3h10kParse)->Unit(benchmark::kMillisecond);

void BM_TalkMeasure10k(benchmark::State &state)
{
    const Transcript transcript = parseTranscript(teamsVtt(), QStringLiteral("meeting.vtt"));
    for (auto _ : state)
        benchmark::DoNotOptimize(measureTalk(transcript, kMe).myShare);
    state.counters["cues"] = kCues;
}
BENCHMARK(BM_TalkMeasure10k)->Unit(benchmark::kMillisecond);

void BM_TalkSrtUtf16_3h10kParseAndMeasure(benchmark::State &state)
{
    const QByteArray bytes = zoomSrtUtf16();
    for (auto _ : state) {
        const Transcript transcript = parseTranscript(bytes, QStringLiteral("meeting.srt"));
        if (transcript.cueCount != kCues)
            state.SkipWithError("the generated transcript was not read as expected");
        benchmark::DoNotOptimize(measureTalk(transcript, kMe).myShare);
    }
    report(state, bytes);
}
BENCHMARK(BM_TalkSrtUtf16_3h10kParseAndMeasure)->Unit(benchmark::kMillisecond);

void BM_TalkMeetText10kParseAndMeasure(benchmark::State &state)
{
    const QByteArray bytes = meetText();
    for (auto _ : state) {
        const Transcript transcript = parseTranscript(bytes, QStringLiteral("meeting.txt"));
        if (transcript.cueCount != kCues)
            state.SkipWithError("the generated transcript was not read as expected");
        benchmark::DoNotOptimize(measureTalk(transcript, kMe).myShare);
    }
    report(state, bytes);
}
BENCHMARK(BM_TalkMeetText10kParseAndMeasure)->Unit(benchmark::kMillisecond);

// The reference: what any reader pays before parsing, decoding the same bytes and splitting them into
// lines. The ratio to it says how much the parsing and measuring cost on top.
void BM_TalkReferenceDecodeAndSplitLines(benchmark::State &state)
{
    const QByteArray bytes = teamsVtt();
    for (auto _ : state) {
        const QString text = QString::fromUtf8(bytes);
        benchmark::DoNotOptimize(text.split(QLatin1Char('\n')).size());
    }
    report(state, bytes);
}
BENCHMARK(BM_TalkReferenceDecodeAndSplitLines)->Unit(benchmark::kMillisecond);

} // namespace

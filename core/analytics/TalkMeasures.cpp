#include "core/analytics/TalkMeasures.h"

#include "core/analytics/SpeakerIdentity.h"
#include "core/formats/CueText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TalkMeasures", text);
}

struct Speech {
    double start = 0;
    double end = 0;
    int speaker = -1; // index into TalkMeasures::speakers; -1: names nobody
    bool me = false;
    int words = 0;
};

// Total length of the union of intervals (sorted here).
double unionLength(QList<QPair<double, double>> intervals)
{
    std::sort(intervals.begin(), intervals.end());
    double total = 0;
    double from = 0;
    double to = 0;
    bool open = false;
    for (const auto &[start, end] : intervals) {
        if (open && start <= to) {
            to = std::max(to, end);
            continue;
        }
        if (open)
            total += to - from;
        from = start;
        to = end;
        open = true;
    }
    return open ? total + (to - from) : total;
}

// One pass over the timeline: how long I, they and only-unnamed speech were heard, and both at once.
struct Timeline {
    double me = 0;
    double them = 0;
    double both = 0;
    double unattributedOnly = 0;
};

Timeline sweep(const QList<Speech> &speech)
{
    struct Edge {
        double at;
        int who; // 0 me, 1 them, 2 nobody named
        int delta;
    };
    QList<Edge> edges;
    edges.reserve(speech.size() * 2);
    for (const Speech &s : speech) {
        const int who = s.speaker < 0 ? 2 : (s.me ? 0 : 1);
        edges.append({s.start, who, +1});
        edges.append({s.end, who, -1});
    }
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) { return a.at < b.at; });
    Timeline out;
    int active[3] = {0, 0, 0};
    double previous = edges.isEmpty() ? 0 : edges.first().at;
    for (const Edge &edge : std::as_const(edges)) {
        const double length = edge.at - previous;
        if (length > 0) {
            const bool me = active[0] > 0;
            const bool them = active[1] > 0;
            out.me += me ? length : 0;
            out.them += them ? length : 0;
            out.both += me && them ? length : 0;
            out.unattributedOnly += !me && !them && active[2] > 0 ? length : 0;
        }
        active[edge.who] += edge.delta;
        previous = edge.at;
    }
    return out;
}

QString speakerList(const QList<SpeakerTalk> &speakers)
{
    QStringList names;
    for (const SpeakerTalk &s : speakers)
        names << QStringLiteral("“%1”").arg(s.name);
    if (names.size() > 8) {
        const qsizetype more = names.size() - 8;
        names = names.mid(0, 8);
        names << tr("and %1 more").arg(more);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString toKey(TalkStatus status)
{
    switch (status) {
    case TalkStatus::Measured: return QStringLiteral("measured");
    case TalkStatus::NoSpeech: return QStringLiteral("no-speech");
    case TalkStatus::NoSpeakerNames: return QStringLiteral("no-speaker-names");
    case TalkStatus::OneSpeaker: return QStringLiteral("one-speaker");
    case TalkStatus::MeNotAmongSpeakers: return QStringLiteral("me-not-among-speakers");
    case TalkStatus::ZeroDuration: return QStringLiteral("zero-duration");
    }
    return {};
}

TalkMeasures measureTalk(const QList<TranscriptCue> &cues, TranscriptTiming basis, const QStringList &me,
                         std::optional<double> statedDuration)
{
    TalkMeasures m;
    m.basis = basis;
    const bool timed = basis == TranscriptTiming::CueTimes;
    QSet<QString> meKeys;
    for (const QString &name : me)
        if (const QString key = speakerNameKey(name); !key.isEmpty())
            meKeys.insert(key);

    QHash<QString, int> index;      // speakerNameKey -> index into m.speakers
    QHash<QString, int> bySpelling; // the speaker as written -> index, or -1 for nobody
    QList<Speech> speech;
    speech.reserve(cues.size());
    QList<QPair<QString, int>> recent; // the few spellings of a transcript, searched before the hash
    for (const TranscriptCue &cue : cues) {
        int words = 0;
        int questions = 0;
        countWordsAndQuestions(cue.text, words, questions);
        if (words == 0)
            continue; // empty cues and "…" are not speech
        Speech s;
        s.words = words;
        if (timed) {
            s.start = std::isfinite(cue.start) ? std::max(0.0, cue.start) : 0.0;
            s.end = std::isfinite(cue.end) && cue.end > s.start ? cue.end : s.start;
        }
        // The same spelling comes back cue after cue: its key is worked out once.
        int found = -2;
        for (const auto &[spelling, speaker] : std::as_const(recent)) {
            if (spelling.size() == cue.speaker.size() && spelling == cue.speaker) {
                found = speaker;
                break;
            }
        }
        auto known = found == -2 ? bySpelling.constFind(cue.speaker) : bySpelling.constEnd();
        if (found == -2 && known == bySpelling.constEnd()) {
            const QString key = speakerNameKey(cue.speaker);
            int speaker = -1;
            if (!key.isEmpty()) {
                auto it = index.constFind(key);
                if (it == index.constEnd()) {
                    it = index.insert(key, int(m.speakers.size()));
                    m.speakers.append({cue.speaker.simplified(), meKeys.contains(key), std::nullopt, 0, 0, 0});
                }
                speaker = *it;
            }
            known = bySpelling.insert(cue.speaker, speaker);
            if (recent.size() < 16)
                recent.append({cue.speaker, speaker});
        }
        if (found == -2)
            found = *known;
        if (found >= 0) {
            s.speaker = found;
            SpeakerTalk &speaker = m.speakers[s.speaker];
            s.me = speaker.isMe;
            speaker.words += words;
            speaker.questions += questions;
            ++speaker.turns;
            (s.me ? m.myWords : m.theirWords) += words;
            (s.me ? m.questionsMe : m.questionsThem) += questions;
        }
        speech.append(s);
    }
    m.speechCues = int(speech.size());
    if (timed) // in time order; cues that start together keep their file order
        std::stable_sort(speech.begin(), speech.end(), [](const Speech &a, const Speech &b) { return a.start < b.start; });

    // Switches and my longest monologue walk the named speech in order.
    const bool meFound = std::any_of(m.speakers.cbegin(), m.speakers.cend(), [](const SpeakerTalk &s) { return s.isMe; });
    int previous = -1;
    bool inRun = false;
    double runStart = 0;
    double runEnd = 0;
    int runWords = 0;
    double longestSeconds = 0;
    int longestWords = 0;
    for (const Speech &s : std::as_const(speech)) {
        if (s.speaker < 0)
            continue; // speech naming nobody neither breaks nor extends a run
        if (previous >= 0 && s.speaker != previous)
            ++m.switches;
        previous = s.speaker;
        if (!s.me) {
            inRun = false;
            continue;
        }
        if (inRun && (!timed || s.start - runEnd < kMonologueGapSeconds)) {
            runEnd = std::max(runEnd, s.end);
            runWords += s.words;
        } else {
            inRun = true;
            runStart = s.start;
            runEnd = s.end;
            runWords = s.words;
        }
        longestSeconds = std::max(longestSeconds, runEnd - runStart);
        longestWords = std::max(longestWords, runWords);
    }

    double talk = 0;
    if (timed) {
        QList<QList<QPair<double, double>>> perSpeaker(m.speakers.size());
        double first = 0;
        double last = 0;
        for (qsizetype i = 0; i < speech.size(); ++i) {
            const Speech &s = speech.at(i);
            if (s.speaker >= 0)
                perSpeaker[s.speaker].append({s.start, s.end});
            first = i == 0 ? s.start : std::min(first, s.start);
            last = i == 0 ? s.end : std::max(last, s.end);
        }
        for (qsizetype k = 0; k < m.speakers.size(); ++k)
            m.speakers[k].seconds = unionLength(perSpeaker.at(k));
        const Timeline line = sweep(speech);
        m.mySeconds = line.me - line.both / 2;
        m.theirSeconds = line.them - line.both / 2;
        m.overlapSeconds = line.both;
        m.unattributedSeconds = line.unattributedOnly;
        talk = line.me + line.them - line.both;
        if (!speech.isEmpty())
            m.durationSeconds = last - first;
        if (meFound)
            m.longestMonologueSeconds = longestSeconds;
    } else {
        m.durationSeconds = statedDuration;
        talk = m.myWords + m.theirWords;
        if (meFound)
            m.longestMonologueWords = longestWords;
    }
    if (m.durationSeconds && *m.durationSeconds > 0)
        m.switchesPerMinute = m.switches * 60.0 / *m.durationSeconds;

    const bool themFound = std::any_of(m.speakers.cbegin(), m.speakers.cend(), [](const SpeakerTalk &s) { return !s.isMe; });
    if (speech.isEmpty()) {
        m.status = TalkStatus::NoSpeech;
        m.message = tr("the transcript holds no spoken words");
    } else if (m.speakers.isEmpty()) {
        m.status = TalkStatus::NoSpeakerNames;
        m.message = tr("no cue says who is speaking (as “Name: …” or “<v Name>…”), so whose time is whose cannot be told");
    } else if (m.speakers.size() == 1) {
        m.status = TalkStatus::OneSpeaker;
        m.message = tr("only one speaker, “%1”: a share needs you and someone else").arg(m.speakers.first().name);
    } else if (!meFound) {
        m.status = TalkStatus::MeNotAmongSpeakers;
        m.message = meKeys.isEmpty() ? tr("say which speaker you are: %1").arg(speakerList(m.speakers))
                                     : tr("%1 is not among the speakers: %2")
                                           .arg(QStringLiteral("“%1”").arg(me.join(QStringLiteral("”, “"))), speakerList(m.speakers));
    } else if (!themFound) {
        m.status = TalkStatus::OneSpeaker;
        m.message = tr("every speaker is you (%1): a share needs someone else").arg(speakerList(m.speakers));
    } else if (!(talk > 0)) {
        m.status = TalkStatus::ZeroDuration;
        m.message = tr("every cue ends when it starts: there is no speaking time to share");
    } else {
        m.status = TalkStatus::Measured;
        const double mine = timed ? *m.mySeconds : double(m.myWords);
        m.myShare = std::clamp(mine / talk, 0.0, 1.0);
    }
    return m;
}

TalkMeasures measureTalk(const Transcript &transcript, const QStringList &me)
{
    return measureTalk(transcript.cues, transcript.timing, me, transcript.statedDuration);
}

TalkBalance toTalkBalance(const TalkMeasures &measures)
{
    TalkBalance balance;
    balance.source = TalkSource::Transcript;
    balance.myShare = measures.status == TalkStatus::Measured ? measures.myShare : std::nullopt;
    balance.mySeconds = measures.mySeconds.value_or(0);
    balance.theirSeconds = measures.theirSeconds.value_or(0);
    balance.questionsMe = measures.questionsMe;
    balance.questionsThem = measures.questionsThem;
    balance.longestMonologueSeconds = measures.longestMonologueSeconds.value_or(0);
    balance.switchesPerMinute = measures.switchesPerMinute.value_or(0);
    return balance;
}

} // namespace foothold

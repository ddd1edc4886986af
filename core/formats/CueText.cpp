#include "core/formats/CueText.h"

namespace foothold {
namespace {

// Collects text runs and cuts a new one whenever the voice changes.
class SegmentBuilder {
public:
    void append(QChar c) { m_text.append(c); }
    void append(QStringView s) { m_text.append(s); }
    void openVoice(const QString &speaker)
    {
        flush();
        if (!m_anyVoice)
            m_firstVoice = speaker;
        m_anyVoice = true;
        m_speaker = speaker;
        m_voiced = true;
    }
    void closeVoice()
    {
        flush();
        m_speaker.clear();
        m_voiced = false;
    }
    QList<CueSegment> finish()
    {
        flush();
        if (m_segments.isEmpty())
            m_segments.append({m_firstVoice, QString(), m_anyVoice});
        return std::move(m_segments);
    }

private:
    void flush()
    {
        QString text = m_text.simplified();
        m_text.clear();
        if (text.isEmpty())
            return;
        if (!m_segments.isEmpty() && m_segments.last().speaker == m_speaker && m_segments.last().voiced == m_voiced) {
            m_segments.last().text += QLatin1Char(' ') + text;
            return;
        }
        m_segments.append({m_speaker, std::move(text), m_voiced});
    }

    QList<CueSegment> m_segments;
    QString m_text;
    QString m_speaker;
    QString m_firstVoice;
    bool m_voiced = false;
    bool m_anyVoice = false;
};

bool isTagNameEnd(QChar c)
{
    return c == QLatin1Char('.') || c.isSpace();
}

// Splits "v.loud Joe Smith" into the tag name ("v") and its annotation ("Joe Smith").
void splitTag(QStringView tag, QStringView &name, QString &annotation)
{
    qsizetype end = 0;
    while (end < tag.size() && !isTagNameEnd(tag[end]))
        ++end;
    name = tag.left(end);
    qsizetype space = end;
    while (space < tag.size() && !tag[space].isSpace())
        ++space; // skip the classes (".loud")
    annotation = tag.mid(space).toString().simplified();
}

// The entities WebVTT defines by name, and numeric references. Unknown ones stay as written.
bool decodeEntity(QStringView raw, qsizetype &i, SegmentBuilder &out)
{
    const qsizetype semicolon = raw.indexOf(QLatin1Char(';'), i + 1);
    if (semicolon < 0 || semicolon - i > 10)
        return false;
    const QStringView name = raw.mid(i + 1, semicolon - i - 1);
    static const struct {
        const char *name;
        char16_t value;
    } named[] = {{"amp", u'&'}, {"lt", u'<'}, {"gt", u'>'}, {"nbsp", u'\u00A0'}, {"lrm", u'\u200E'},
                 {"rlm", u'\u200F'}, {"quot", u'"'}, {"apos", u'\''}};
    for (const auto &entity : named) {
        if (name == QLatin1String(entity.name)) {
            out.append(QChar(entity.value));
            i = semicolon + 1;
            return true;
        }
    }
    if (name.size() >= 2 && name[0] == QLatin1Char('#')) {
        bool ok = false;
        const bool hex = name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X');
        const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        out.append(QStringView(QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1)));
        i = semicolon + 1;
        return true;
    }
    return false;
}

QList<CueSegment> splitWebVtt(QStringView raw)
{
    SegmentBuilder out;
    qsizetype i = 0;
    while (i < raw.size()) {
        const QChar c = raw[i];
        if (c == QLatin1Char('&')) {
            if (!decodeEntity(raw, i, out)) {
                out.append(c);
                ++i;
            }
            continue;
        }
        if (c != QLatin1Char('<')) {
            out.append(c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') ? QLatin1Char(' ') : c);
            ++i;
            continue;
        }
        // A tag runs to the next '>' or, as the WebVTT tokenizer has it, to the end of the cue.
        qsizetype close = raw.indexOf(QLatin1Char('>'), i + 1);
        if (close < 0)
            close = raw.size();
        const QStringView tag = raw.mid(i + 1, close - i - 1);
        i = close + 1;
        if (tag.isEmpty() || tag[0].isDigit())
            continue; // a karaoke timestamp <00:01.000>
        if (tag[0] == QLatin1Char('/')) {
            QStringView name;
            QString ignored;
            splitTag(tag.mid(1).trimmed(), name, ignored);
            if (name == QLatin1String("v"))
                out.closeVoice();
            continue;
        }
        QStringView name;
        QString annotation;
        splitTag(tag, name, annotation);
        if (name == QLatin1String("v"))
            out.openVoice(annotation);
    }
    return out.finish();
}

bool isSubRipTag(QStringView name)
{
    for (const char *known : {"b", "i", "u", "s", "font"})
        if (name.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QList<CueSegment> splitSubRip(QStringView raw)
{
    SegmentBuilder out;
    qsizetype i = 0;
    while (i < raw.size()) {
        const QChar c = raw[i];
        if (c == QLatin1Char('{') && i + 1 < raw.size() && raw[i + 1] == QLatin1Char('\\')) {
            const qsizetype close = raw.indexOf(QLatin1Char('}'), i + 2);
            if (close >= 0) { // an SSA override such as {\an8}
                i = close + 1;
                continue;
            }
        }
        if (c == QLatin1Char('<')) {
            const qsizetype close = raw.indexOf(QLatin1Char('>'), i + 1);
            if (close > i + 1) {
                const QStringView tag = raw.mid(i + 1, close - i - 1);
                const bool closing = tag[0] == QLatin1Char('/');
                QStringView name;
                QString annotation;
                splitTag(closing ? tag.mid(1).trimmed() : tag, name, annotation);
                if (name == QLatin1String("v")) {
                    if (closing)
                        out.closeVoice();
                    else
                        out.openVoice(annotation);
                    i = close + 1;
                    continue;
                }
                if (isSubRipTag(name)) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out.append(c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') ? QLatin1Char(' ') : c);
        ++i;
    }
    return out.finish();
}

bool isLabelCharacter(QChar c)
{
    if (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char(' '))
        return true;
    static const QString allowed = QStringLiteral(".'\u2019-()_&@,/");
    return allowed.contains(c);
}

bool isCjkWordCharacter(QChar c)
{
    if (c.unicode() < 0x2E80)
        return false;
    const QChar::Script script = c.script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
}

bool isQuestionMark(QChar c)
{
    switch (c.unicode()) {
    case u'?': case u'\uFF1F': case u'\u061F': case u'\u2047': case u'\u2048': case u'\u2049':
        return true;
    default:
        return false;
    }
}

bool isExclamationMark(QChar c)
{
    return c == QLatin1Char('!') || c.unicode() == u'\uFF01' || c.unicode() == u'\u203C';
}

} // namespace

QList<CueSegment> splitCueText(QStringView raw, CueMarkup markup)
{
    return markup == CueMarkup::WebVtt ? splitWebVtt(raw) : splitSubRip(raw);
}

std::optional<SpeakerLabel> splitSpeakerLabel(QStringView text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon > 70)
        return std::nullopt;
    if (colon + 1 < text.size() && !text[colon + 1].isSpace())
        return std::nullopt; // "10:30", "https://…"
    const QStringView label = text.left(colon).trimmed();
    if (label.isEmpty() || label.size() > 64 || !label[0].isLetterOrNumber())
        return std::nullopt;
    bool letter = false;
    int words = 1;
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label[i];
        if (!isLabelCharacter(c))
            return std::nullopt;
        letter = letter || c.isLetter();
        if (c == QLatin1Char(' ') && i > 0 && label[i - 1] != QLatin1Char(' '))
            ++words;
    }
    if (!letter || words > 8)
        return std::nullopt;
    return SpeakerLabel{label.toString().simplified(), text.mid(colon + 1).trimmed().toString()};
}

int countWords(QStringView text)
{
    int words = 0;
    bool runCounts = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            words += runCounts ? 1 : 0;
            runCounts = false;
        } else if (isCjkWordCharacter(c)) {
            words += runCounts ? 2 : 1;
            runCounts = false;
        } else if (c.isLetterOrNumber()) {
            runCounts = true;
        }
    }
    return words + (runCounts ? 1 : 0);
}

int countQuestions(QStringView text)
{
    int questions = 0;
    bool inRun = false;
    bool hasQuestionMark = false;
    for (const QChar c : text) {
        const bool question = isQuestionMark(c);
        if (question || isExclamationMark(c)) {
            inRun = true;
            hasQuestionMark = hasQuestionMark || question;
            continue;
        }
        questions += inRun && hasQuestionMark ? 1 : 0;
        inRun = false;
        hasQuestionMark = false;
    }
    return questions + (inRun && hasQuestionMark ? 1 : 0);
}

} // namespace foothold

#include "core/formats/CueText.h"

namespace foothold {
namespace {

// Whitespace collapsed as QString::simplified() does it, without the second pass when there is
// nothing to collapse (the common case).
QString collapsed(QStringView text)
{
    if (text.isEmpty())
        return {};
    bool clean = !text.front().isSpace() && !text.back().isSpace();
    for (qsizetype i = 0; clean && i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char(' '))
            clean = text[i + 1] != QLatin1Char(' '); // the last character is not a space
        else if (c.unicode() < 0x80 ? (c.unicode() >= 9 && c.unicode() <= 13) : c.isSpace())
            clean = false;
    }
    return clean ? text.toString() : text.toString().simplified();
}

// Collects text runs and cuts a new one whenever the voice changes.
class SegmentBuilder {
public:
    // `scratch` collects the text of the current run; its capacity is kept from cue to cue.
    explicit SegmentBuilder(QString &scratch) : m_text(scratch) { m_text.truncate(0); }
    void append(QChar c) { m_text.append(c); }
    void append(QStringView run) { m_text.append(run); }
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
        QString text = collapsed(m_text);
        m_text.truncate(0);
        if (text.isEmpty())
            return;
        if (!m_segments.isEmpty() && m_segments.last().speaker == m_speaker && m_segments.last().voiced == m_voiced) {
            m_segments.last().text += QLatin1Char(' ') + text;
            return;
        }
        m_segments.append({m_speaker, std::move(text), m_voiced});
    }

    QList<CueSegment> m_segments;
    QString &m_text;
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
    annotation = collapsed(tag.mid(space).trimmed());
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
        const char32_t character = code;
        out.append(QStringView(QString::fromUcs4(&character, 1)));
        i = semicolon + 1;
        return true;
    }
    return false;
}

QList<CueSegment> splitWebVtt(QStringView raw, QString &scratch)
{
    SegmentBuilder out(scratch);
    qsizetype i = 0;
    while (i < raw.size()) {
        qsizetype plain = i; // a run of plain text goes in at once
        while (plain < raw.size() && raw[plain] != QLatin1Char('<') && raw[plain] != QLatin1Char('&'))
            ++plain;
        if (plain > i) {
            out.append(raw.mid(i, plain - i));
            i = plain;
            continue;
        }
        const QChar c = raw[i];
        if (c == QLatin1Char('&')) {
            if (!decodeEntity(raw, i, out)) {
                out.append(c);
                ++i;
            }
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

QList<CueSegment> splitSubRip(QStringView raw, QString &scratch)
{
    SegmentBuilder out(scratch);
    qsizetype i = 0;
    while (i < raw.size()) {
        qsizetype plain = i; // a run of plain text goes in at once
        while (plain < raw.size() && raw[plain] != QLatin1Char('<') && raw[plain] != QLatin1Char('{'))
            ++plain;
        if (plain > i) {
            out.append(raw.mid(i, plain - i));
            i = plain;
            continue;
        }
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
        out.append(c);
        ++i;
    }
    return out.finish();
}

bool isLabelCharacter(QChar c)
{
    switch (c.unicode()) {
    case u' ': case u'.': case u'\'': case u'\u2019': case u'-': case u'(': case u')': case u'_': case u'&': case u'@':
    case u',': case u'/':
        return true;
    default:
        return c.isLetterOrNumber() || c.isMark();
    }
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
    QString scratch;
    return splitCueText(raw, markup, scratch);
}

QList<CueSegment> splitCueText(QStringView raw, CueMarkup markup, QString &scratch)
{
    return markup == CueMarkup::WebVtt ? splitWebVtt(raw, scratch) : splitSubRip(raw, scratch);
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

// Both counts in one pass, with the ASCII characters of ordinary speech decided without table lookups.
namespace {

enum class CharClass { Space, Word, Cjk, Question, Exclamation, Other };

CharClass classify(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if (u == u' ' || (u >= 9 && u <= 13))
            return CharClass::Space;
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
            return CharClass::Word;
        if (u == u'?')
            return CharClass::Question;
        return u == u'!' ? CharClass::Exclamation : CharClass::Other;
    }
    if (c.isSpace())
        return CharClass::Space;
    if (isCjkWordCharacter(c))
        return CharClass::Cjk;
    if (isQuestionMark(c))
        return CharClass::Question;
    if (isExclamationMark(c))
        return CharClass::Exclamation;
    return c.isLetterOrNumber() ? CharClass::Word : CharClass::Other;
}

struct TextCounts {
    int words = 0;
    int questions = 0;
};

TextCounts countText(QStringView text)
{
    TextCounts out;
    bool runCounts = false;       // the current run of non-space characters has a letter or digit
    bool inMarks = false;         // inside a run of ? and !
    bool marksHaveQuestion = false;
    for (const QChar c : text) {
        const CharClass kind = classify(c);
        if (kind == CharClass::Question || kind == CharClass::Exclamation) {
            inMarks = true;
            marksHaveQuestion = marksHaveQuestion || kind == CharClass::Question;
        } else {
            out.questions += inMarks && marksHaveQuestion ? 1 : 0;
            inMarks = false;
            marksHaveQuestion = false;
        }
        switch (kind) {
        case CharClass::Space:
            out.words += runCounts ? 1 : 0;
            runCounts = false;
            break;
        case CharClass::Cjk:
            out.words += runCounts ? 2 : 1;
            runCounts = false;
            break;
        case CharClass::Word:
            runCounts = true;
            break;
        default:
            break;
        }
    }
    out.words += runCounts ? 1 : 0;
    out.questions += inMarks && marksHaveQuestion ? 1 : 0;
    return out;
}

} // namespace

int countWords(QStringView text)
{
    return countText(text).words;
}

int countQuestions(QStringView text)
{
    return countText(text).questions;
}

void countWordsAndQuestions(QStringView text, int &words, int &questions)
{
    const TextCounts counts = countText(text);
    words = counts.words;
    questions = counts.questions;
}

} // namespace foothold

#include "core/formats/VCardLexer.h"

#include "core/formats/TextDecoding.h"
#include "core/formats/VCardHeader.h"

#include <QCoreApplication>

#include <cstring>
#include <vector>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VCard", text);
}

bool isFoldContinuation(QByteArrayView physical)
{
    return !physical.isEmpty() && (physical.at(0) == ' ' || physical.at(0) == '\t');
}

bool isQuotedPrintable(QByteArrayView text)
{
    const qsizetype end = vCardHeaderEnd(text);
    const QByteArrayView header = end < 0 ? text : text.first(end);
    for (qsizetype i = 0; i + 16 <= header.size(); ++i)
        if (qstrnicmp(header.data() + i, "QUOTED-PRINTABLE", 16) == 0)
            return true;
    return false;
}

bool isEndVCard(QByteArrayView physical)
{
    const QByteArrayView t = physical.trimmed();
    return equalsAsciiUpper(t, "END:VCARD") || (t.size() >= 10 && equalsAsciiUpper(t.last(10), ".END:VCARD"));
}

// A logical line: a view of the file's bytes when it is one physical line (most are), its own
// buffer when folds or soft breaks joined several.
struct LogicalLine {
    QByteArrayView view;
    QByteArray joined;
    bool isJoined = false;
    int line = 0;

    [[nodiscard]] QByteArrayView text() const { return isJoined ? QByteArrayView(joined) : view; }
    QByteArray &own()
    {
        if (!isJoined) {
            joined = view.toByteArray();
            isJoined = true;
        }
        return joined;
    }
};

// Physical lines to logical ones, one at a time: folds (a line starting with a space or tab
// continues the one before, minus that one character) and quoted-printable soft breaks (a QP
// value ending in "=" continues on the next line, indented or not). Blank lines say nothing
// (vCard 2.1 ends BASE64 data with one; iPhone exports double their CRs): they neither end nor
// start a property, so a fold after one still continues the line before it.
class LogicalLines
{
public:
    explicit LogicalLines(const QByteArray &bytes) : m_bytes(bytes) {}

    // The share of the bytes read so far.
    [[nodiscard]] double done() const { return m_bytes.isEmpty() ? 1.0 : double(qMin(m_pos, m_bytes.size())) / double(m_bytes.size()); }

    bool next(LogicalLine &out)
    {
        QByteArrayView p;
        while (nextPhysical(p)) {
            if (m_open) {
                if (isFoldContinuation(p)) {
                    m_current.own().append(p.sliced(1));
                    continue;
                }
                const QByteArrayView text = m_current.text();
                if (text.endsWith('=') && !isEndVCard(p) && isQuotedPrintable(text)) {
                    QByteArray &joined = m_current.own();
                    joined.chop(1);
                    joined.append(p);
                    continue;
                }
            }
            if (trimmedAscii(p).isEmpty())
                continue;
            const bool had = m_open;
            if (had)
                out = std::move(m_current);
            m_current = LogicalLine{p, {}, false, m_number};
            m_open = true;
            if (had)
                return true;
        }
        if (!m_open)
            return false;
        out = std::move(m_current);
        m_open = false;
        return true;
    }

private:
    bool nextPhysical(QByteArrayView &line)
    {
        const qsizetype n = m_bytes.size();
        if (m_pos >= n)
            return false;
        const char *data = m_bytes.constData();
        // The next CR and the next LF, each searched again only once passed (memchr is fast; a
        // file without CRs is then not searched to its end for every line).
        if (m_nextCr < m_pos)
            m_nextCr = find(data, '\r', m_pos, n);
        if (m_nextLf < m_pos)
            m_nextLf = find(data, '\n', m_pos, n);
        qsizetype i = qMin(m_nextCr, m_nextLf);
        line = QByteArrayView(data + m_pos, i - m_pos);
        if (i < n && data[i] == '\r' && i + 1 < n && data[i + 1] == '\n')
            ++i;
        m_pos = i + 1;
        ++m_number;
        return true;
    }

    static qsizetype find(const char *data, char c, qsizetype from, qsizetype n)
    {
        const void *hit = std::memchr(data + from, c, std::size_t(n - from));
        return hit ? static_cast<const char *>(hit) - data : n;
    }

    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    qsizetype m_nextCr = -1;
    qsizetype m_nextLf = -1;
    int m_number = 0;
    bool m_open = false;
    LogicalLine m_current;
};

bool valueIsVCard(QByteArrayView rawValue)
{
    return equalsAsciiUpper(trimmedAscii(rawValue), "VCARD");
}

} // namespace

QString VCardProperty::firstParamText(const char *upper) const
{
    for (const VCardParam &p : params)
        if (equalsAsciiUpper(p.name, upper))
            return QString::fromUtf8(p.value);
    return {};
}

QStringList VCardProperty::param(const char *upper) const
{
    QStringList out;
    for (const VCardParam &p : params)
        if (equalsAsciiUpper(p.name, upper))
            out << QString::fromUtf8(p.value);
    return out;
}

QString VCardProperty::upperName() const
{
    return QString::fromLatin1(name).toUpper();
}

VCardLexed lexVCards(const QByteArray &bytes, const std::function<void(const VCardBlock &)> &onCard)
{
    VCardLexed out;
    Utf8Bytes utf8 = toUtf8Bytes(bytes);
    if (utf8.error) {
        out.errors << *utf8.error;
        return out;
    }
    out.encoding = utf8.encoding;

    LogicalLines lines(utf8.bytes);
    // Reused from card to card: after the first few cards nothing here allocates.
    VCardBlock card;
    bool inCard = false;
    std::vector<VCardProperty> properties;
    std::vector<qsizetype> paramStarts; // where each property's parameters begin in `params`
    std::vector<VCardParam> params;
    QList<QByteArray> buffers;          // joined lines and decoded parameter values of this card
    HeaderScratch scratch;
    int cardsSeen = 0;
    auto start = [&](int line) {
        inCard = true;
        card.beginLine = line;
        card.endLine = 0;
        card.version.clear();
        card.errors.clear();
        card.warnings.clear();
        properties.clear();
        paramStarts.clear();
        params.clear();
    };
    auto finish = [&] {
        ++cardsSeen;
        for (std::size_t i = 0; i < properties.size(); ++i) {
            const qsizetype from = paramStarts[i];
            const qsizetype to = i + 1 < properties.size() ? paramStarts[i + 1] : qsizetype(params.size());
            properties[i].params = std::span<const VCardParam>(params.data() + from, std::size_t(to - from));
        }
        card.properties = std::span<const VCardProperty>(properties.data(), properties.size());
        card.done = lines.done();
        if (onCard)
            onCard(card);
        inCard = false;
        buffers.clear();
    };
    int nested = 0;
    bool lastWasEmptyAgent = false;
    bool complainedOutside = false;
    LogicalLine logical;
    Diagnostics warnings;
    while (lines.next(logical)) {
        QByteArrayView text = logical.text();
        if (logical.isJoined) {
            buffers.append(std::move(logical.joined)); // the bytes stay where they are
            text = QByteArrayView(buffers.last());
            logical.isJoined = false;
        }
        VCardProperty property;
        property.line = logical.line;
        const qsizetype paramsBefore = qsizetype(params.size());
        warnings.clear();
        const QString problem = parseVCardHeader(text, property, params, buffers, scratch, warnings);
        const bool isBegin = problem.isEmpty() && property.is("BEGIN") && valueIsVCard(property.rawValue);
        const bool isEnd = problem.isEmpty() && property.is("END") && valueIsVCard(property.rawValue);
        // Only a property kept below keeps its parameters.
        auto dropParams = [&] { params.resize(std::size_t(paramsBefore)); };
        if (!inCard) {
            dropParams();
            if (isBegin) {
                start(logical.line);
                complainedOutside = false;
                lastWasEmptyAgent = false;
            } else if (!complainedOutside) {
                out.errors << Diagnostic{logical.line, tr("text outside BEGIN:VCARD … END:VCARD")};
                complainedOutside = true;
            }
            continue;
        }
        if (nested > 0) { // a vCard 2.1 AGENT holds a whole card: not ours to read
            dropParams();
            if (isBegin)
                ++nested;
            else if (isEnd)
                --nested;
            continue;
        }
        card.warnings << warnings;
        if (!problem.isEmpty()) {
            dropParams();
            card.errors << Diagnostic{logical.line, problem};
            lastWasEmptyAgent = false;
            continue;
        }
        if (isBegin) {
            dropParams();
            if (lastWasEmptyAgent) {
                nested = 1;
                continue;
            }
            card.errors << Diagnostic{card.beginLine, tr("the card has no END:VCARD before the next BEGIN:VCARD (line %1)")
                                                          .arg(logical.line)};
            finish();
            start(logical.line);
            continue;
        }
        if (isEnd) {
            dropParams();
            card.endLine = logical.line;
            finish();
            continue;
        }
        if (property.is("END") || property.is("BEGIN")) {
            dropParams();
            card.errors << Diagnostic{logical.line, tr("%1:%2 inside a vCard")
                                                        .arg(property.upperName(), QString::fromUtf8(property.rawValue.first(
                                                                                       qMin<qsizetype>(40, property.rawValue.size()))))};
            continue;
        }
        if (property.is("VERSION"))
            card.version = QString::fromUtf8(property.rawValue).trimmed();
        lastWasEmptyAgent = property.is("AGENT") && property.rawValue.trimmed().isEmpty();
        properties.push_back(property);
        paramStarts.push_back(paramsBefore);
    }
    if (inCard) {
        card.errors << Diagnostic{card.beginLine, tr("the card has no END:VCARD (the file may be cut short)")};
        finish();
    }
    if (cardsSeen == 0 && out.errors.isEmpty())
        out.errors << Diagnostic{0, tr("no BEGIN:VCARD: this is not a vCard file")};
    return out;
}

qsizetype unescapeVCardTextInto(QChar *out, QStringView text)
{
    QChar *to = out;
    const QChar *from = text.data();
    const QChar *const end = from + text.size();
    while (from < end) {
        const QChar c = *from++;
        if (c == QLatin1Char('\\') && from < end) {
            const QChar next = *from;
            if (next == QLatin1Char('n') || next == QLatin1Char('N')) {
                *to++ = QLatin1Char('\n');
                ++from;
                continue;
            }
            if (next == QLatin1Char(',') || next == QLatin1Char(';') || next == QLatin1Char(':') || next == QLatin1Char('\\')) {
                *to++ = next;
                ++from;
                continue;
            }
        }
        *to++ = c;
    }
    return to - out;
}

QString unescapeVCardText(QStringView text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text.toString();
    QString out(text.size(), Qt::Uninitialized);
    out.truncate(unescapeVCardTextInto(out.data(), text));
    return out;
}

QStringList splitVCardValue(QStringView text, QChar separator)
{
    QStringList parts;
    forEachVCardPart(text, separator, [&](QStringView part) { parts << unescapeVCardText(part); });
    return parts;
}

QList<QStringList> splitVCardComponents(QStringView text)
{
    QList<QStringList> components;
    forEachVCardPart(text, QLatin1Char(';'), [&](QStringView component) { components << splitVCardValue(component, QLatin1Char(',')); });
    return components;
}

QByteArray decodeQuotedPrintable(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 2 < value.size()) {
            const int high = hex(value.at(i + 1));
            const int low = hex(value.at(i + 2));
            if (high >= 0 && low >= 0) {
                out += char(high * 16 + low);
                i += 2;
                continue;
            }
        }
        // A lone "=" is what is left of a soft line break: it stands for nothing.
    }
    return out;
}

} // namespace foothold

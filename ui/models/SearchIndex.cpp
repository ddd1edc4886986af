#include "ui/models/SearchIndex.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace foothold {
namespace {

// Bits of a row's mask: one for each of a-z and 0-9 (so that a row has the bit if and only if it
// has the character), and shared ones for the other ASCII bytes and for the bytes of non-ASCII
// characters (a row lacking the bit lacks every byte that maps to it).
constexpr std::array<quint64, 256> kByteBits = [] {
    std::array<quint64, 256> bits{};
    for (int c = 0; c < 256; ++c) {
        int bit;
        if (c >= 'a' && c <= 'z')
            bit = c - 'a';
        else if (c >= '0' && c <= '9')
            bit = 26 + (c - '0');
        else if (c < 0x80)
            bit = 36 + (c & 15);
        else
            bit = 52 + (c & 7);
        bits[size_t(c)] = quint64(1) << bit;
    }
    bits[size_t('\n')] = 0; // ends a segment; never part of a word
    return bits;
}();

bool isExactByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Whether hay[0…n) contains needle[0…m): the first byte by memchr, then the rest compared. For
// the short texts of single rows this is cheaper than memmem, which prepares a table per call.
bool contains(const char *hay, qsizetype n, const char *needle, qsizetype m)
{
    if (m <= 0)
        return true;
    if (m > n)
        return false;
    const char *p = hay;
    const char *last = hay + (n - m);
    while (p <= last) {
        p = static_cast<const char *>(std::memchr(p, needle[0], size_t(last - p + 1)));
        if (!p)
            return false;
        if (std::memcmp(p + 1, needle + 1, size_t(m - 1)) == 0)
            return true;
        ++p;
    }
    return false;
}

// The needles of a search in one order, without repeats, so that equal searches compare equal.
QList<QByteArray> needlesOf(const QStringList &words)
{
    QList<QByteArray> needles;
    for (const QString &word : words)
        if (QByteArray needle = word.toUtf8(); !needle.isEmpty() && !needles.contains(needle))
            needles << needle;
    std::sort(needles.begin(), needles.end());
    return needles;
}

// Whether every row matching `refined` also matches `base`: each word of `base` is inside a word
// of `refined`.
bool refines(const QList<QByteArray> &refined, const QList<QByteArray> &base)
{
    return std::all_of(base.begin(), base.end(), [&](const QByteArray &word) {
        return std::any_of(refined.begin(), refined.end(), [&](const QByteArray &r) { return r.contains(word); });
    });
}

constexpr size_t kRemembered = 16;

} // namespace

quint64 SearchIndex::maskOf(const char *bytes, qsizetype size)
{
    quint64 mask = 0;
    for (qsizetype i = 0; i < size; ++i)
        mask |= kByteBits[static_cast<unsigned char>(bytes[i])];
    return mask;
}

QByteArray SearchIndex::prepare(const QString &text)
{
    QString lower = text.toCaseFolded();
    lower.replace(QLatin1Char('\n'), QLatin1Char(' ')); // the newline ends a segment
    QByteArray bytes = lower.toUtf8();
    bytes.append('\n');
    return bytes;
}

void SearchIndex::clear()
{
    m_text.clear();
    m_starts.clear();
    m_owner.clear();
    m_segmentOf.clear();
    m_masks.clear();
    m_deadBytes = 0;
    forget();
}

void SearchIndex::reset(int rows, const std::function<QString(int)> &textOf)
{
    clear();
    m_text.reserve(qsizetype(rows) * 96);
    m_starts.reserve(size_t(rows));
    m_masks.reserve(size_t(rows));
    appendRows(rows, textOf);
}

void SearchIndex::appendRows(int until, const std::function<QString(int)> &textOf)
{
    // Rows of plain ASCII (nearly all of them) are lower-cased byte by byte straight into the
    // buffer, with their masks in the same pass; any other row goes through QString's case
    // folding (simple folding, as QString::toCaseFolded: the same bytes either way). Measured on
    // 100,000 contacts this is several times cheaper than folding and converting one 9-million-
    // character string, which itself was far cheaper than calling toCaseFolded() row by row.
    // Appending keeps one segment per row in row order, as reset() always made them.
    forget();
    for (int row = rowCount(); row < until; ++row) {
        const QString text = textOf(row);
        const QChar *chars = text.constData();
        const qsizetype n = text.size();
        bool ascii = true;
        for (qsizetype i = 0; i < n && ascii; ++i)
            ascii = chars[i].unicode() < 0x80;
        const qsizetype from = m_text.size();
        m_starts.push_back(from);
        if (ascii) {
            m_text.resize(from + n + 1);
            char *out = m_text.data() + from;
            quint64 mask = 0;
            for (qsizetype i = 0; i < n; ++i) {
                char c = char(chars[i].unicode());
                if (c >= 'A' && c <= 'Z')
                    c = char(c + ('a' - 'A'));
                else if (c == '\n')
                    c = ' '; // the newline ends a segment
                out[i] = c;
                mask |= kByteBits[static_cast<unsigned char>(c)];
            }
            out[n] = '\n';
            m_masks.push_back(mask);
        } else {
            const QByteArray bytes = prepare(text);
            m_text.append(bytes);
            m_masks.push_back(maskOf(bytes.constData(), bytes.size()));
        }
        const int segment = int(m_starts.size()) - 1;
        m_owner.push_back(row);
        m_segmentOf.push_back(segment);
    }
}

void SearchIndex::setRow(int row, const QString &text)
{
    if (row < 0 || row > rowCount())
        return;
    forget();
    if (row < rowCount()) {
        const size_t old = size_t(m_segmentOf[size_t(row)]);
        m_owner[old] = -1;
        m_deadBytes += segmentEnd(old) - m_starts[old];
    }
    appendSegment(row, prepare(text));
    if (row == rowCount())
        m_segmentOf.push_back(int(m_starts.size()) - 1);
    else
        m_segmentOf[size_t(row)] = int(m_starts.size()) - 1;
    if (m_deadBytes > m_text.size() / 2)
        compact();
}

void SearchIndex::appendSegment(int owner, const QByteArray &bytes)
{
    m_starts.push_back(m_text.size());
    m_owner.push_back(owner);
    m_masks.push_back(maskOf(bytes.constData(), bytes.size()));
    m_text.append(bytes);
}

void SearchIndex::removeRow(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    forget();
    const size_t segment = size_t(m_segmentOf[size_t(row)]);
    m_owner[segment] = -1;
    m_deadBytes += segmentEnd(segment) - m_starts[segment];
    m_segmentOf.erase(m_segmentOf.begin() + row);
    for (int &owner : m_owner)
        if (owner > row)
            --owner;
    if (m_deadBytes > m_text.size() / 2)
        compact();
}

void SearchIndex::compact()
{
    QByteArray text;
    text.reserve(m_text.size() - m_deadBytes);
    std::vector<qsizetype> starts(m_segmentOf.size());
    std::vector<quint64> masks(m_segmentOf.size());
    for (size_t row = 0; row < m_segmentOf.size(); ++row) {
        const size_t segment = size_t(m_segmentOf[row]);
        const qsizetype from = m_starts[segment];
        starts[row] = text.size();
        masks[row] = m_masks[segment];
        text.append(m_text.constData() + from, segmentEnd(segment) - from);
    }
    m_text = std::move(text);
    m_starts = std::move(starts);
    m_masks = std::move(masks);
    m_owner.resize(m_starts.size());
    for (size_t i = 0; i < m_owner.size(); ++i) {
        m_owner[i] = int(i);
        m_segmentOf[i] = int(i);
    }
    m_deadBytes = 0;
}

std::vector<quint8> SearchIndex::match(const QStringList &words) const
{
    const QList<QByteArray> needles = needlesOf(words);
    const size_t rows = m_segmentOf.size();
    if (needles.isEmpty())
        return std::vector<quint8>(rows, 1);
    // The remembered search this one refines with the fewest rows (itself, if it was made before).
    const Remembered *base = nullptr;
    size_t baseAt = 0;
    for (size_t i = 0; i < m_remembered.size(); ++i) {
        const Remembered &r = m_remembered[i];
        if (refines(needles, r.needles) && (!base || r.count < base->count || (r.count == base->count && r.needles == needles))) {
            base = &r;
            baseAt = i;
        }
    }
    if (base && base->needles == needles) {
        std::rotate(m_remembered.begin() + qsizetype(baseAt), m_remembered.begin() + qsizetype(baseAt) + 1, m_remembered.end());
        return m_remembered.back().rows;
    }
    Remembered result;
    result.needles = needles;
    result.rows = base ? base->rows : std::vector<quint8>(rows, 1);
    result.count = base ? base->count : qsizetype(rows);
    // Longest first: usually the rarest, leaving fewer rows for the others.
    QList<QByteArray> order = needles;
    std::stable_sort(order.begin(), order.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    for (const QByteArray &needle : std::as_const(order)) {
        if (base && base->needles.contains(needle))
            continue;
        result.count = narrow(result.rows, result.count, needle);
    }
    if (m_remembered.size() >= kRemembered)
        m_remembered.erase(m_remembered.begin());
    m_remembered.push_back(std::move(result));
    return m_remembered.back().rows;
}

qsizetype SearchIndex::narrow(std::vector<quint8> &rows, qsizetype candidates, const QByteArray &needle) const
{
    if (candidates == 0)
        return 0;
    const quint64 needleMask = maskOf(needle.constData(), needle.size());
    const char *base = m_text.constData();
    qsizetype left = 0;
    if (needle.size() == 1 && isExactByte(needle.at(0))) {
        // The mask answers alone.
        for (size_t row = 0; row < rows.size(); ++row) {
            if (rows[row]) {
                rows[row] = (m_masks[size_t(m_segmentOf[row])] & needleMask) != 0;
                left += rows[row];
            }
        }
        return left;
    }
    if (size_t(candidates) * 2 <= rows.size()) {
        // Few candidates: each is looked at on its own (after its mask).
        for (size_t row = 0; row < rows.size(); ++row) {
            if (!rows[row])
                continue;
            const size_t segment = size_t(m_segmentOf[row]);
            const qsizetype from = m_starts[segment];
            rows[row] = (m_masks[segment] & needleMask) == needleMask
                        && contains(base + from, segmentEnd(segment) - from, needle.constData(), needle.size());
            left += rows[row];
        }
        return left;
    }
    // Many: one scan of the whole buffer, each hit moving on to the next segment.
    std::vector<quint8> found(rows.size(), 0);
    const char *end = base + m_text.size();
    size_t segment = 0;
    const char *p = base;
    while (p < end) {
        const void *hit = memmem(p, size_t(end - p), needle.constData(), size_t(needle.size()));
        if (!hit)
            break;
        const qsizetype at = static_cast<const char *>(hit) - base;
        // Segments are in buffer order: walk forward to the one holding the hit.
        while (segment + 1 < m_starts.size() && m_starts[segment + 1] <= at)
            ++segment;
        if (const int row = m_owner[segment]; row >= 0)
            found[size_t(row)] = 1;
        // One hit per segment is enough: go on from the next one.
        p = segment + 1 < m_starts.size() ? base + m_starts[segment + 1] : end;
    }
    for (size_t row = 0; row < rows.size(); ++row) {
        rows[row] &= found[row];
        left += rows[row];
    }
    return left;
}

bool SearchIndex::rowMatches(int row, const QStringList &words) const
{
    if (row < 0 || row >= rowCount())
        return false;
    const size_t segment = size_t(m_segmentOf[size_t(row)]);
    const qsizetype from = m_starts[segment];
    const qsizetype end = segmentEnd(segment);
    for (const QString &word : words) {
        const QByteArray needle = word.toUtf8();
        if (!needle.isEmpty() && !contains(m_text.constData() + from, end - from, needle.constData(), needle.size()))
            return false;
    }
    return true;
}

} // namespace foothold

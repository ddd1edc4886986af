#include "core/formats/TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TextDecoding", text);
}

struct Bom {
    const char *bytes;
    int size;
    QStringConverter::Encoding encoding;
    const char *name;
};

// Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
const Bom kBoms[] = {
    {"\xFF\xFE\x00\x00", 4, QStringConverter::Utf32LE, "UTF-32LE"},
    {"\x00\x00\xFE\xFF", 4, QStringConverter::Utf32BE, "UTF-32BE"},
    {"\xEF\xBB\xBF", 3, QStringConverter::Utf8, "UTF-8"},
    {"\xFF\xFE", 2, QStringConverter::Utf16LE, "UTF-16LE"},
    {"\xFE\xFF", 2, QStringConverter::Utf16BE, "UTF-16BE"},
};

const Bom *findBom(const QByteArray &bytes)
{
    for (const auto &bom : kBoms)
        if (bytes.size() >= bom.size && std::equal(bom.bytes, bom.bytes + bom.size, bytes.constData()))
            return &bom;
    return nullptr;
}

// UTF-16 without a mark shows as ASCII text with every other byte zero.
std::optional<Diagnostic> checkNulBytes(const QByteArray &bytes)
{
    const qsizetype firstNul = bytes.indexOf('\0');
    if (firstNul < 0)
        return std::nullopt;
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 2000);
    int evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < sample; ++i)
        if (bytes.at(i) == '\0')
            (i % 2 == 0 ? evenNul : oddNul)++;
    const int pairs = int(sample / 2);
    if (pairs > 0 && (oddNul * 10 >= pairs * 3 || evenNul * 10 >= pairs * 3) && qMin(evenNul, oddNul) * 10 < qMax(evenNul, oddNul))
        return Diagnostic{1, oddNul > evenNul
                                 ? tr("the file looks like UTF-16 (little-endian) without a byte-order mark; save it as UTF-8 and try again")
                                 : tr("the file looks like UTF-16 (big-endian) without a byte-order mark; save it as UTF-8 and try again")};
    return Diagnostic{lineOfOffset(bytes, firstNul), tr("a NUL byte: this is not a text file (or it is damaged)")};
}

} // namespace

qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        // ASCII eight bytes at a time: nearly all of a calendar or a CSV file.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    const qsizetype end = qMin(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = bytes.at(i);
        if (c == '\n')
            ++line;
        else if (c == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n'))
            ++line;
    }
    return line;
}

Utf8Bytes toUtf8Bytes(const QByteArray &bytes)
{
    const Bom *bom = findBom(bytes);
    if (!bom) {
        if (auto nul = checkNulBytes(bytes))
            return {{}, {}, nul};
        return {bytes, QStringLiteral("UTF-8"), std::nullopt};
    }
    const QString name = QString::fromLatin1(bom->name) + QStringLiteral(" (BOM)");
    if (bom->encoding == QStringConverter::Utf8)
        return {bytes.mid(bom->size), name, std::nullopt};
    QStringDecoder decoder(bom->encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(QByteArrayView(bytes).sliced(bom->size));
    if (decoder.hasError())
        return {{}, {}, Diagnostic{0, tr("the file says it is %1 but is not valid %1").arg(QLatin1String(bom->name))}};
    return {text.toUtf8(), name, std::nullopt};
}

DecodedText decodeText(const QByteArray &bytes)
{
    Utf8Bytes utf8 = toUtf8Bytes(bytes);
    if (utf8.error)
        return {{}, {}, utf8.error};
    const qsizetype bad = firstInvalidUtf8(utf8.bytes);
    if (bad >= 0) {
        const auto byte = static_cast<unsigned char>(utf8.bytes.at(bad));
        return {{}, {},
                Diagnostic{lineOfOffset(utf8.bytes, bad),
                           tr("byte 0x%1 is not UTF-8: the file looks like Latin-1 or Windows-1252; save it as UTF-8 and try again")
                               .arg(QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper())}};
    }
    return {QString::fromUtf8(utf8.bytes), utf8.encoding, std::nullopt};
}

} // namespace foothold

#include "core/formats/TranscriptEncoding.h"

#include <QCoreApplication>
#include <QStringDecoder>


namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Transcript", text);
}

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (const unsigned char c : prefix)
        if (static_cast<unsigned char>(bytes.at(i++)) != c)
            return false;
    return true;
}

// Decodes `count` code units of `width` bytes (2 or 4) starting at `offset`. Our own loop rather than
// QStringDecoder, because we need the position of the first bad unit to name its line.
DecodedTranscriptText decodeWide(const QByteArray &bytes, qsizetype offset, int width, bool bigEndian, QString name)
{
    DecodedTranscriptText out;
    out.encoding = std::move(name);
    {
        // Qt's decoder first: fast on valid input. The loop below runs only to find the line of a problem.
        const QStringConverter::Encoding encoding =
            width == 2 ? (bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE)
                       : (bigEndian ? QStringConverter::Utf32BE : QStringConverter::Utf32LE);
        QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
        out.text = decoder.decode(QByteArrayView(bytes).sliced(offset));
        if (!decoder.hasError() && (bytes.size() - offset) % width == 0 && !out.text.contains(QChar(u'\0')))
            return out;
        out.text.clear();
    }
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    QString text;
    text.reserve((size - offset) / width);
    int line = 1;
    auto unitAt = [&](qsizetype at) -> char32_t {
        char32_t value = 0;
        for (int k = 0; k < width; ++k) {
            const char32_t byte = data[at + (bigEndian ? k : width - 1 - k)];
            value = (value << 8) | byte;
        }
        return value;
    };
    auto fail = [&](const QString &why) {
        out.text.clear();
        out.error = why;
        out.errorLine = line;
        return out;
    };
    qsizetype at = offset;
    while (at < size) {
        if (size - at < width)
            return fail(tr("the file ends in the middle of a character (%1)").arg(out.encoding));
        char32_t unit = unitAt(at);
        at += width;
        if (width == 2 && unit >= 0xD800 && unit <= 0xDBFF) {
            if (size - at < 2)
                return fail(tr("the file ends in the middle of a character (%1)").arg(out.encoding));
            const char32_t low = unitAt(at);
            if (low < 0xDC00 || low > 0xDFFF)
                return fail(tr("invalid %1: a lone surrogate").arg(out.encoding));
            at += 2;
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        } else if (unit >= 0xD800 && unit <= 0xDFFF) {
            return fail(tr("invalid %1: a lone surrogate").arg(out.encoding));
        } else if (unit > 0x10FFFF) {
            return fail(tr("invalid %1: a value beyond Unicode").arg(out.encoding));
        }
        if (unit == 0)
            return fail(tr("a NUL character: this is not a text transcript"));
        if (unit == U'\n')
            ++line;
        if (QChar::requiresSurrogates(unit)) {
            text.append(QChar(QChar::highSurrogate(unit)));
            text.append(QChar(QChar::lowSurrogate(unit)));
        } else {
            text.append(QChar(char16_t(unit)));
        }
    }
    out.text = std::move(text);
    return out;
}

// The offset of the first NUL or of the first byte that does not belong to valid UTF-8 (overlongs, surrogates and values
// beyond U+10FFFF are refused, as the Unicode standard requires); -1 when all of it is valid.
qsizetype firstInvalidUtf8(const unsigned char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            if (c == 0)
                return i; // valid UTF-8, but no text transcript holds a NUL: the caller says so
            ++i;
            continue;
        }
        int extra = 0;
        char32_t min = 0;
        char32_t value = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            value = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            value = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            value = c & 0x07;
        } else {
            return i;
        }
        if (size - i <= extra)
            return i;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            value = (value << 6) | (next & 0x3F);
        }
        if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

DecodedTranscriptText decodeTranscriptBytes(const QByteArray &bytes)
{
    // UTF-32 LE before UTF-16 LE: FF FE 00 00 starts with the UTF-16 LE mark.
    if (startsWith(bytes, {0xFF, 0xFE, 0x00, 0x00}))
        return decodeWide(bytes, 4, 4, false, QStringLiteral("UTF-32LE"));
    if (startsWith(bytes, {0x00, 0x00, 0xFE, 0xFF}))
        return decodeWide(bytes, 4, 4, true, QStringLiteral("UTF-32BE"));
    if (startsWith(bytes, {0xFF, 0xFE}))
        return decodeWide(bytes, 2, 2, false, QStringLiteral("UTF-16LE"));
    if (startsWith(bytes, {0xFE, 0xFF}))
        return decodeWide(bytes, 2, 2, true, QStringLiteral("UTF-16BE"));

    DecodedTranscriptText out;
    out.encoding = QStringLiteral("UTF-8");
    const qsizetype offset = startsWith(bytes, {0xEF, 0xBB, 0xBF}) ? 3 : 0;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData()) + offset;
    const qsizetype size = bytes.size() - offset;
    auto lineOf = [&](qsizetype at) {
        int line = 1;
        for (qsizetype i = 0; i < at; ++i)
            if (data[i] == '\n')
                ++line;
        return line;
    };
    // Qt's decoder is fast on valid input; our own scan runs only to find the line of a problem.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    out.text = decoder.decode(QByteArrayView(data, size));
    if (!decoder.hasError() && !out.text.contains(QChar(u'\0')))
        return out;
    out.text.clear();
    const qsizetype bad = firstInvalidUtf8(data, size);
    if (bad >= 0) {
        out.error = data[bad] == 0
                        ? tr("a NUL character: this is not a text transcript (or it is UTF-16 without a byte-order mark)")
                        : tr("not valid UTF-8 (byte 0x%1); save the transcript as UTF-8").arg(QString::number(data[bad], 16).toUpper());
        out.errorLine = lineOf(bad);
        return out;
    }
    out.error = tr("not valid UTF-8; save the transcript as UTF-8");
    out.errorLine = 1;
    return out;
}

} // namespace foothold

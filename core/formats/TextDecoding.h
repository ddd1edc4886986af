#pragma once

#include "core/formats/Diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace foothold {

// The text of a file whose bytes should be UTF-8. A byte-order mark decides (UTF-8, UTF-16 LE/BE,
// UTF-32 LE/BE are decoded correctly and the mark dropped); without one the bytes must be valid
// UTF-8. Anything else is refused with the line of the first bad byte and what it probably is
// (UTF-16 without a mark, Latin-1/Windows-1252, binary data), never turned into mojibake.
struct DecodedText {
    QString text;
    QString encoding;                 // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", …
    std::optional<Diagnostic> error;  // set when the bytes were refused; `text` is then empty
};

[[nodiscard]] DecodedText decodeText(const QByteArray &bytes);

// What decodeText() does after the byte-order mark: the first invalid UTF-8 byte in `bytes`, or -1.
[[nodiscard]] qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from = 0);

// The 1-based line of byte `offset` in `bytes` (counting LF, CRLF and lone CR as line ends).
[[nodiscard]] int lineOfOffset(const QByteArray &bytes, qsizetype offset);

// The byte-order mark `bytes` starts with, converted: the text re-encoded as UTF-8 and the mark
// dropped. Returns `bytes` unchanged (and `encoding` "UTF-8") when there is no mark. Readers that
// work on bytes (vCard, iCalendar) use this before their own line handling.
struct Utf8Bytes {
    QByteArray bytes;
    QString encoding;
    std::optional<Diagnostic> error;
};
[[nodiscard]] Utf8Bytes toUtf8Bytes(const QByteArray &bytes);

} // namespace foothold

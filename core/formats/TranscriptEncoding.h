#pragma once

#include <QByteArray>
#include <QString>

namespace foothold {

// Transcript bytes as text. A byte-order mark decides the encoding (UTF-8, UTF-16 LE/BE, UTF-32
// LE/BE) and is dropped; without one the bytes must be UTF-8. Nothing is guessed: bytes that are
// not valid in that encoding, or a NUL character (UTF-16 without a mark looks like that), are an
// error on the line where they occur, and `text` is then empty.
struct DecodedTranscriptText {
    QString text;
    QString encoding;   // "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"
    QString error;      // empty when decoding succeeded
    int errorLine = 0;  // 1-based line of the first bad byte
};

[[nodiscard]] DecodedTranscriptText decodeTranscriptBytes(const QByteArray &bytes);

} // namespace foothold

#pragma once

// Internal to the vCard reader (VCardLexer.cpp, VCardReader.cpp, VCardTypes.cpp): reading the
// part of a property line before its value, and byte helpers. Not a public interface.

#include "core/formats/Diagnostic.h"
#include "core/formats/VCardLexer.h"

#include <vector>

namespace foothold {

[[nodiscard]] inline bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// Where the name and parameters end: the first ':' outside a quoted parameter value; -1 if none.
[[nodiscard]] qsizetype vCardHeaderEnd(QByteArrayView text);

// Reused between lines so that reading a header allocates nothing.
struct HeaderScratch {
    std::vector<qsizetype> bounds; // token start, end pairs
};

// Reads one logical line's name, group and parameters into `property` (its rawValue too);
// parameter values go to the end of `params`, and any bytes they need of their own (RFC 6868
// decoding, a header that is not ASCII) to `buffers`. Returns what is wrong, empty when nothing.
[[nodiscard]] QString parseVCardHeader(QByteArrayView text, VCardProperty &property, std::vector<VCardParam> &params,
                                       QList<QByteArray> &buffers, HeaderScratch &scratch, Diagnostics &warnings);

} // namespace foothold

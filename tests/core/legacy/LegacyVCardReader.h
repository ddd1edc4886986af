#pragma once

// The vCard reader as it was before the allocation-free rewrite (core/formats/VCardLexer.cpp,
// VCardReader.cpp of 2026-11-30), kept verbatim in the tests only: VCardEquivalenceTest checks that
// the fast reader gives exactly what this one gave, on the fixtures and on mutated cards.
// Not part of the product; do not fix bugs here, fix them in core and let the test show the change.

#include "core/formats/VCardReader.h"

namespace foothold::legacy {

[[nodiscard]] VCardFile parseVCards(const QByteArray &bytes);

} // namespace foothold::legacy

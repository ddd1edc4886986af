#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace foothold {

// Which speaker in a transcript is the user. Foothold remembers the names the user went by
// (settings::MySpeakerNames, most recent first) and proposes one; the user confirms or picks.

// The form names are compared in: whitespace collapsed, case folded, accents removed
// ("  José  LIMA " and "jose lima" are the same speaker).
[[nodiscard]] QString speakerNameKey(QStringView name);

enum class SpeakerMatch {
    None,     // nothing fits: ask the user
    Exact,    // a speaker is written as a remembered name (ignoring case, spacing and accents)
    Partial,  // the same name give or take a suffix in brackets, a surname or an initial
              // ("Ana Lima (Guest)", "Ana", "Ana L." for "Ana Lima")
    Generic,  // a speaker called "Me" (or "I", "Myself")
};

struct SpeakerProposal {
    QString speaker;         // the proposed speaker, as written in the transcript; empty when none or ambiguous
    SpeakerMatch match = SpeakerMatch::None;
    QStringList candidates;  // when several speakers fit equally well: all of them, and no proposal
    QString reason;          // one line for the user: why this one, or why none
};

// Proposes which of `speakers` is the user. Exact beats Partial beats Generic; among remembered names
// the most recent wins. Pure.
[[nodiscard]] SpeakerProposal proposeMySpeaker(const QStringList &speakers, const QStringList &rememberedNames);

// `remembered` with `name` moved (or added) to the front, without duplicates by speakerNameKey, at
// most `keep` names. Pure: the caller stores the result in settings::MySpeakerNames.
[[nodiscard]] QStringList rememberSpeakerName(QStringList remembered, const QString &name, int keep = 8);

} // namespace foothold

#pragma once

#include "core/analytics/SpeakerIdentity.h"
#include "core/analytics/TalkMeasures.h"
#include "core/domain/Conversation.h"
#include "core/formats/Transcript.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace foothold {

// Reading a transcript and measuring it, and storing it as a conversation: the use cases behind
// `foothold-cli balance`, `foothold-cli import transcript` and the UI's transcript import.

struct TranscriptAnalysisRequest {
    QByteArray bytes;
    QString fileName;                         // for messages (FILE:LINE) and format detection
    std::optional<TranscriptFormat> format;   // none: detected
    QStringList me;                           // the user's speaker name(s); empty: proposed from rememberedNames
    QStringList rememberedNames;              // settings::MySpeakerNames, most recent first
    bool skipBadCues = false;                 // analyse what could be read even if some cues could not
};

struct TranscriptAnalysis {
    Transcript transcript;
    QStringList speakers;     // distinct speaker names, in order of first appearance
    QStringList me;           // the names measured as me
    bool meProposed = false;  // me came from rememberedNames, not from the request
    SpeakerProposal proposal; // when meProposed, or when no proposal could be made
    TalkMeasures measures;
};

// Measures a parsed transcript. `me` empty: the speaker is proposed from `rememberedNames`. Pure.
[[nodiscard]] TranscriptAnalysis analyseTranscript(Transcript transcript, const QStringList &me,
                                                   const QStringList &rememberedNames);
// Parses and measures. Fails only when the transcript cannot be used (Error::Parse with FILE:LINE,
// see Transcript::usable); a share that cannot be computed is an explained TalkStatus in `measures`.
// Pure.
[[nodiscard]] Result<TranscriptAnalysis> analyseTranscript(const TranscriptAnalysisRequest &request);

struct TranscriptImportRequest {
    QList<ContactId> contacts;                 // one or more
    ConversationKind kind = ConversationKind::CoffeeChat;
    ConversationChannel channel = ConversationChannel::Video;
    QDateTime when;                            // UTC; required
    QString notes;                             // put before the line naming the file
    QStringList rememberedNames;               // settings::MySpeakerNames, most recent first
};

struct TranscriptImportResult {
    ConversationId conversation;
    Conversation stored;
    QStringList rememberedNames;               // the request's, with the names measured as me in front
};

// Stores one conversation with the talk balance of `analysis` (source = transcript) in one
// transaction. Refuses, storing nothing, when it is not clear which speaker is the user
// (Error::Invalid, field "me") or when the share could not be measured (the TalkStatus message, field
// "transcript"). The caller saves `rememberedNames` to the settings.
[[nodiscard]] Result<TranscriptImportResult> importTranscript(Database &db, const Clock &clock, const TranscriptAnalysis &analysis,
                                                              const TranscriptImportRequest &request);

} // namespace foothold

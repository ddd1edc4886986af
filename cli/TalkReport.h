#pragma once

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "core/analytics/TalkTarget.h"
#include "core/services/TranscriptImport.h"

#include <QJsonObject>

#include <optional>

// What `balance` and `import transcript` share: reading the file, the options about the transcript,
// and printing the measures (text for people, JSON for scripts).
namespace foothold::cli {

// The file's bytes; Error::Io naming the file when it cannot be read.
Result<QByteArray> readTranscriptFile(const QString &path);

// Adds --me, --format and --skip-bad-cues to `line`.
void addTranscriptOptions(CommandLine &line);
// Builds the analysis request from those options and the remembered names. Returns an exit code when
// an option is wrong (after printing why).
std::optional<int> transcriptRequest(const CommandLine &line, CliContext &context, const QString &file,
                                     TranscriptAnalysisRequest &request);

// Prints warnings and errors as "FILE:LINE: warning: …", at most `limit` of them.
void printDiagnostics(QTextStream &err, const Transcript &transcript, int limit = 20);

// The measures as JSON (keys in docs/TALK.md), with the target band when the kind is known.
QJsonObject talkJson(const TranscriptAnalysis &analysis, std::optional<ConversationKind> kind);
void printTalkReport(QTextStream &out, const TranscriptAnalysis &analysis, std::optional<ConversationKind> kind);

// "23%", "1:05", "1:02:03".
QString percent(double share);
QString clockDuration(double seconds);

} // namespace foothold::cli

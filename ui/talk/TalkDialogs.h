#pragma once

class QWidget;

namespace foothold {

struct UiContext;

// Entry points for the menus and pages (one line each where they are wired): open the talk timer
// for a new conversation, or choose a transcript file and import it. Both windows delete themselves
// when closed; saving goes through the context's undoable writer.
void openTalkTimer(UiContext &context, QWidget *parent);
void openTranscriptImport(UiContext &context, QWidget *parent);

} // namespace foothold

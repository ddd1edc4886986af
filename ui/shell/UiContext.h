#pragma once

namespace foothold {

class Clock;
class Database;
class NameDirectory;
class Navigator;
class UndoableWriter;

// What every page and editor needs, owned by the main window and outliving them all.
struct UiContext {
    Database &db;
    UndoableWriter &writer;
    Navigator &navigator;
    NameDirectory &names;
    const Clock &clock;
};

} // namespace foothold

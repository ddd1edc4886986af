#pragma once

#include <QMainWindow>

namespace foothold {

class Database;

// The main window: a sidebar of pages. Only wires pages and actions together; every page lives in
// its own class. Does not own the database.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

private:
    Database &m_db;
};

} // namespace foothold

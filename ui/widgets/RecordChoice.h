#pragma once

#include <QComboBox>

namespace foothold {

class Database;
class NameDirectory;

// A choice of one record, or none ("—"), kept current as records are added, renamed or removed.
// Refilling never announces a change of choice: only the user's picks emit currentIndexChanged.
class RecordChoice : public QComboBox {
    Q_OBJECT
public:
    explicit RecordChoice(QWidget *parent = nullptr);

    void setCurrentId(qint64 id);
    [[nodiscard]] qint64 currentId() const { return currentData().toLongLong(); }

protected:
    // Subclasses: every choice, as (text, id), in the order shown.
    virtual QList<QPair<QString, qint64>> choices() const = 0;
    void refill();

private:
    qint64 m_wanted = 0; // a choice set before its record was listed
};

// An event, by name.
class EventChoice final : public RecordChoice {
    Q_OBJECT
public:
    EventChoice(NameDirectory &names, QWidget *parent = nullptr);

protected:
    QList<QPair<QString, qint64>> choices() const override;

private:
    NameDirectory &m_names;
};

// A job application, shown as "Company — Role", by company.
class ApplicationChoice final : public RecordChoice {
    Q_OBJECT
public:
    ApplicationChoice(Database &db, NameDirectory &names, QWidget *parent = nullptr);

protected:
    QList<QPair<QString, qint64>> choices() const override;

private:
    Database &m_db;
    NameDirectory &m_names;
};

} // namespace foothold

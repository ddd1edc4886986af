#pragma once

#include <QComboBox>

namespace foothold {

class Database;
class NameDirectory;

// A choice of one record, or none ("—"), kept current as records are added, renamed or removed.
// Refilling never announces a change of choice: only the user's picks emit currentIndexChanged.
// The choices are listed when first needed (a record chosen, focus, the popup), so that an editor
// that is never opened never lists 2,000 applications.
class RecordChoice : public QComboBox {
    Q_OBJECT
public:
    explicit RecordChoice(QWidget *parent = nullptr);

    void setCurrentId(qint64 id);
    [[nodiscard]] qint64 currentId() const { return currentData().toLongLong(); }

    void showPopup() override;

protected:
    // Subclasses: every choice, as (text, id), in the order shown.
    virtual QList<QPair<QString, qint64>> choices() const = 0;
    // Lists the choices again if they were listed before (records changed).
    void refresh();
    void focusInEvent(QFocusEvent *event) override;

private:
    void fill();
    void ensureFilled();

    qint64 m_wanted = 0; // the choice, kept while the list is not filled or its record is gone
    bool m_filled = false;
};

// An event, by name.
class EventChoice final : public RecordChoice {
    Q_OBJECT
public:
    explicit EventChoice(NameDirectory &names, QWidget *parent = nullptr);

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

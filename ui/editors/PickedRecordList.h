#pragma once

#include "core/util/Result.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QCompleter;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QVBoxLayout;

namespace foothold {

// An editable list of records, each with a role (companies expected at an event as sponsor or
// hiring, people expected as speakers…): type a name, pick it from the suggestions, Enter adds it.
// Suggestions are built when first needed (a 100,000-contact list is not made for every record
// shown) and rebuilt after invalidateChoices().
class PickedRecordList final : public QWidget {
    Q_OBJECT
public:
    struct Item {
        qint64 id = 0;   // 0: a new record to create under `name` when saving (if allowed)
        QString name;
        int role = 0;
        bool operator==(const Item &) const = default;
    };
    struct Choice {
        QString text; // unique among the choices: "Ana Lima · Lumen"
        qint64 id = 0;
        QString name; // what the list shows once picked: "Ana Lima"
    };
    using Choices = std::function<QList<Choice>()>;
    // Resolves typed text that is not one of the choices ("name or id"); an error says why not.
    using Resolver = std::function<Result<Item>(const QString &text)>;

    PickedRecordList(const QList<QPair<QString, int>> &roles, Choices choices, Resolver resolver, QWidget *parent = nullptr);

    void setItems(const QList<Item> &items);
    [[nodiscard]] QList<Item> items() const { return m_items; }
    void setPlaceholderText(const QString &text);
    void invalidateChoices() { m_choicesValid = false; }
    // Adds what is typed in the picker, if anything; returns the error when it names no record.
    Status addTyped();
    [[nodiscard]] QLineEdit *picker() const { return m_picker; }
    // The inputs in the order Tab should visit them: each row's role and remove button, then the picker.
    [[nodiscard]] QList<QWidget *> tabWidgets() const { return m_tabWidgets; }

signals:
    void changed();
    // A picked record's name was clicked: open it.
    void openRequested(qint64 id);
    // Something typed could not be added (shown at the field), or "" once it is fine again.
    void problem(const QString &message);

private:
    void ensureChoices();
    void addItem(const Item &item);
    void rebuildRows();

    QList<QPair<QString, int>> m_roles;
    Choices m_choices;
    Resolver m_resolver;
    QList<Item> m_items;
    QVBoxLayout *m_rows;
    QLineEdit *m_picker;
    QComboBox *m_role;
    QPushButton *m_add;
    QCompleter *m_completer;
    QStringListModel *m_choiceModel;
    QHash<QString, Choice> m_byText;
    QList<QWidget *> m_tabWidgets;
    bool m_choicesValid = false;
};

} // namespace foothold

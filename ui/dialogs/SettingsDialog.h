#pragma once

#include "ui/shell/Theme.h"

#include <QDialog>
#include <QPalette>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace foothold {

class FormField;

// File › Settings… (Ctrl+,): the database file, the default keep-in-touch cadence, the talk-share
// targets, the theme and the home currency. Values are read from and saved to the typed settings
// table (core/util/Settings.h). The theme applies live while the dialog is open and goes back if it
// is cancelled.
//
// The database file cannot change under a running window (every model, editor and the undo
// history belong to the open file), so the chosen file is saved as the one to open at the next
// start; the dialog says so. --db and $FOOTHOLD_DB still win over it.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const QString &openDatabase, QWidget *parent = nullptr);

    // Checks every field (errors shown at the field) and saves; returns whether it saved.
    bool save();
    void accept() override;
    void reject() override;

    [[nodiscard]] QLineEdit *databaseField() const { return m_database; }
    [[nodiscard]] QSpinBox *cadenceField() const { return m_cadence; }
    [[nodiscard]] QSpinBox *networkingField() const { return m_networking; }
    [[nodiscard]] QSpinBox *interviewField() const { return m_interview; }
    [[nodiscard]] QSpinBox *toleranceField() const { return m_tolerance; }
    [[nodiscard]] QComboBox *themeField() const { return m_theme; }
    [[nodiscard]] QComboBox *currencyField() const { return m_currency; }
    [[nodiscard]] FormField *databaseRow() const { return m_databaseRow; }
    [[nodiscard]] FormField *currencyRow() const { return m_currencyRow; }

private:
    void load();
    void chooseDatabase();
    QString databaseProblem(const QString &path) const;

    QString m_openDatabase;
    QPalette m_paletteAtOpen;
    bool m_themeTried = false;
    QLineEdit *m_database;
    FormField *m_databaseRow;
    QSpinBox *m_cadence;
    QSpinBox *m_networking;
    QSpinBox *m_interview;
    QSpinBox *m_tolerance;
    QComboBox *m_theme;
    QComboBox *m_currency;
    FormField *m_currencyRow;
};

} // namespace foothold

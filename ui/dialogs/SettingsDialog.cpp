#include "ui/dialogs/SettingsDialog.h"

#include "core/storage/Database.h"
#include "core/util/Settings.h"
#include "ui/widgets/FormField.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace foothold {
namespace {

QSpinBox *percentBox(int low, int high, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(low, high);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

int percent(double share)
{
    return int(std::lround(share * 100));
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const QString &openDatabase, QWidget *parent)
    : QDialog(parent), m_openDatabase(openDatabase), m_database(new QLineEdit(this)), m_databaseRow(new FormField(m_database, this)),
      m_cadence(new QSpinBox(this)), m_networking(percentBox(1, 99, this)), m_interview(percentBox(1, 99, this)),
      m_tolerance(percentBox(0, 50, this)), m_theme(new QComboBox(this)), m_currency(new QComboBox(this)),
      m_currencyRow(new FormField(m_currency, this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *storage = new QGroupBox(tr("Database"), this);
    auto *storageForm = new QFormLayout(storage);
    auto *openNow = new QLabel(QDir::toNativeSeparators(openDatabase), storage);
    openNow->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    openNow->setWordWrap(true);
    storageForm->addRow(tr("Open now:"), openNow);
    auto *choose = new QPushButton(tr("Choose…"), storage);
    auto *reset = new QPushButton(tr("Default"), storage);
    reset->setToolTip(tr("Use the default file: %1").arg(QDir::toNativeSeparators(Database::defaultPath())));
    m_database->setPlaceholderText(QDir::toNativeSeparators(Database::defaultPath()));
    m_database->setClearButtonEnabled(true);
    m_database->setAccessibleName(tr("Database file at next start"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_databaseRow, 1);
    pathRow->addWidget(choose, 0, Qt::AlignTop);
    pathRow->addWidget(reset, 0, Qt::AlignTop);
    storageForm->addRow(tr("At next start:"), pathRow);
    storageForm->addRow(note(tr("Foothold keeps everything in this one SQLite file. A new choice takes effect the next "
                                "time Foothold starts (a new file is created there, empty). The --db option and the "
                                "FOOTHOLD_DB variable, when given, still win."),
                             storage));
    layout->addWidget(storage);

    auto *people = new QGroupBox(tr("Keeping in touch and talking"), this);
    auto *peopleForm = new QFormLayout(people);
    m_cadence->setRange(1, 730);
    m_cadence->setSuffix(tr(" days"));
    m_cadence->setToolTip(tr("For mentors and for contacts you talked to in the last 90 days who have no cadence of their own"));
    peopleForm->addRow(tr("Default keep-in-touch cadence:"), m_cadence);
    m_networking->setToolTip(tr("Your share of speaking time in networking conversations (listen 80%, talk 20%)"));
    m_interview->setToolTip(tr("Your share of speaking time in job interviews (about half)"));
    m_tolerance->setToolTip(tr("How far from the target still counts as on target, in percentage points"));
    peopleForm->addRow(tr("My talk share, networking:"), m_networking);
    peopleForm->addRow(tr("My talk share, interviews:"), m_interview);
    peopleForm->addRow(tr("On target within ±"), m_tolerance);
    layout->addWidget(people);

    auto *look = new QGroupBox(tr("Appearance and money"), this);
    auto *lookForm = new QFormLayout(look);
    m_theme->addItem(tr("System"), themeToString(Theme::System));
    m_theme->addItem(tr("Light"), themeToString(Theme::Light));
    m_theme->addItem(tr("Dark"), themeToString(Theme::Dark));
    lookForm->addRow(tr("Theme:"), m_theme);
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItem(QString());
    for (const char *code : {"USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "JPY", "INR",
                             "SGD", "BRL", "MXN", "ZAR"})
        m_currency->addItem(QString::fromLatin1(code));
    m_currency->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->lineEdit()->setPlaceholderText(tr("from the system: %1").arg(homeCurrency()));
    m_currency->setToolTip(tr("Event costs are added up in this currency (ISO 4217 code, e.g. EUR)"));
    lookForm->addRow(tr("Home currency:"), m_currencyRow);
    layout->addWidget(look);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(choose, &QPushButton::clicked, this, &SettingsDialog::chooseDatabase);
    connect(reset, &QPushButton::clicked, m_database, &QLineEdit::clear);
    connect(m_database, &QLineEdit::textEdited, m_databaseRow, [this] { m_databaseRow->setError({}); });
    connect(m_currency, &QComboBox::currentTextChanged, m_currencyRow, [this] { m_currencyRow->setError({}); });

    load();
    // After load(): the theme follows the choice at once, so the user sees it before saving.
    m_paletteAtOpen = QApplication::palette();
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        m_themeTried = true;
        applyTheme(themeFromString(m_theme->currentData().toString()));
    });
    setMinimumWidth(560);
}

void SettingsDialog::load()
{
    m_database->setText(QDir::toNativeSeparators(settingValue(settings::DatabasePath)));
    m_cadence->setValue(settingValue(settings::DefaultCadenceDays));
    m_networking->setValue(percent(settingValue(settings::NetworkingTalkTarget)));
    m_interview->setValue(percent(settingValue(settings::InterviewTalkTarget)));
    m_tolerance->setValue(percent(settingValue(settings::TalkTargetTolerance)));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(themeToString(themeFromString(settingValue(settings::ThemeName))))));
    m_currency->setCurrentText(settingValue(settings::HomeCurrency).trimmed().toUpper());
}

void SettingsDialog::chooseDatabase()
{
    const QString start = m_database->text().isEmpty() ? m_openDatabase : m_database->text();
    // Existing files and new names alike: a new name makes a new, empty database at the next start.
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Database file"), start, tr("Foothold databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
                                                        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty()) {
        m_database->setText(QDir::toNativeSeparators(chosen));
        m_databaseRow->setError(databaseProblem(chosen));
    }
}

QString SettingsDialog::databaseProblem(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.isAbsolute())
        return tr("Give the full path of the file.");
    if (info.isDir())
        return tr("This is a folder; choose or name a file in it.");
    if (!info.absoluteDir().exists())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    if (info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return tr("The file cannot be read: %1").arg(file.errorString());
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return tr("This file is not a Foothold database (not SQLite); Foothold would refuse to open it.");
    }
    return {};
}

bool SettingsDialog::save()
{
    const QString path = QDir::fromNativeSeparators(m_database->text().trimmed());
    const QString pathProblem = path.isEmpty() ? QString() : databaseProblem(path);
    m_databaseRow->setError(pathProblem);
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const bool currencyOk = currency.isEmpty() || currency.size() == 3;
    m_currencyRow->setError(currencyOk ? QString() : tr("Three letters (ISO 4217, e.g. EUR), or empty for the system's."));
    if (!pathProblem.isEmpty() || !currencyOk)
        return false;

    setSettingValue(settings::DatabasePath, path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
    setSettingValue(settings::DefaultCadenceDays, m_cadence->value());
    setSettingValue(settings::NetworkingTalkTarget, m_networking->value() / 100.0);
    setSettingValue(settings::InterviewTalkTarget, m_interview->value() / 100.0);
    setSettingValue(settings::TalkTargetTolerance, m_tolerance->value() / 100.0);
    const Theme theme = themeFromString(m_theme->currentData().toString());
    setSettingValue(settings::ThemeName, themeToString(theme));
    setSettingValue(settings::HomeCurrency, currency);
    m_themeTried = false; // saved: nothing to take back
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void SettingsDialog::reject()
{
    // The look the window had when the dialog opened (which --theme may have set, not the setting).
    if (m_themeTried)
        QApplication::setPalette(m_paletteAtOpen);
    QDialog::reject();
}

} // namespace foothold

#include "core/util/Settings.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/shell/Theme.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/Palette.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class SettingsDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        applyTheme(Theme::Light);
    }
    void TearDown() override
    {
        QSettings().clear();
        applyTheme(Theme::Light);
    }
    QTemporaryDir dir;
};

} // namespace

TEST_F(SettingsDialogTest, ShowsTheDefaultsAndSavesWhatWasChosen)
{
    {
        SettingsDialog dialog(QStringLiteral("/tmp/open-now.sqlite3"));
        EXPECT_EQ(dialog.cadenceField()->value(), 90);
        EXPECT_EQ(dialog.networkingField()->value(), 20);
        EXPECT_EQ(dialog.interviewField()->value(), 50);
        EXPECT_EQ(dialog.toleranceField()->value(), 10);
        EXPECT_TRUE(dialog.databaseField()->text().isEmpty());
        dialog.cadenceField()->setValue(45);
        dialog.networkingField()->setValue(25);
        dialog.interviewField()->setValue(55);
        dialog.toleranceField()->setValue(5);
        dialog.currencyField()->setCurrentText(QStringLiteral("eur"));
        dialog.databaseField()->setText(dir.filePath(QStringLiteral("next.sqlite3")));
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_EQ(settingValue(settings::DefaultCadenceDays), 45);
    EXPECT_DOUBLE_EQ(settingValue(settings::NetworkingTalkTarget), 0.25);
    EXPECT_DOUBLE_EQ(settingValue(settings::InterviewTalkTarget), 0.55);
    EXPECT_DOUBLE_EQ(settingValue(settings::TalkTargetTolerance), 0.05);
    EXPECT_EQ(settingValue(settings::HomeCurrency), QStringLiteral("EUR"));
    EXPECT_EQ(settingValue(settings::DatabasePath), dir.filePath(QStringLiteral("next.sqlite3")));

    SettingsDialog again(QStringLiteral("/tmp/open-now.sqlite3")); // shows what was saved
    EXPECT_EQ(again.cadenceField()->value(), 45);
    EXPECT_EQ(again.networkingField()->value(), 25);
    EXPECT_EQ(again.currencyField()->currentText(), QStringLiteral("EUR"));
    EXPECT_EQ(again.databaseField()->text(), dir.filePath(QStringLiteral("next.sqlite3")));
}

TEST_F(SettingsDialogTest, RefusesABadCurrencyOrFileAtTheFieldAndSavesNothing)
{
    QFile notSqlite(dir.filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(notSqlite.open(QIODevice::WriteOnly));
    notSqlite.write("just some notes, not a database");
    notSqlite.close();

    SettingsDialog dialog(QStringLiteral("/tmp/open-now.sqlite3"));
    dialog.cadenceField()->setValue(10);
    dialog.currencyField()->setCurrentText(QStringLiteral("EU"));
    dialog.databaseField()->setText(notSqlite.fileName());
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.currencyRow()->hasError());
    EXPECT_TRUE(dialog.databaseRow()->hasError());
    EXPECT_TRUE(dialog.databaseRow()->error().contains(QStringLiteral("not a Foothold database")));
    EXPECT_EQ(settingValue(settings::DefaultCadenceDays), 90); // nothing saved

    dialog.databaseField()->setText(dir.filePath(QStringLiteral("missing-folder/x.sqlite3")));
    dialog.currencyField()->setCurrentText(QString()); // empty: the system's currency
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.databaseRow()->error().contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(dialog.currencyRow()->hasError());

    dialog.databaseField()->clear(); // the default file
    EXPECT_TRUE(dialog.save());
    EXPECT_EQ(settingValue(settings::DefaultCadenceDays), 10);
    EXPECT_TRUE(settingValue(settings::DatabasePath).isEmpty());
}

TEST_F(SettingsDialogTest, TheThemeAppliesLiveAndCancelTakesItBack)
{
    ASSERT_FALSE(isDark(QApplication::palette()));
    {
        SettingsDialog dialog(QStringLiteral("/tmp/open-now.sqlite3"));
        dialog.themeField()->setCurrentIndex(dialog.themeField()->findData(QStringLiteral("dark")));
        EXPECT_TRUE(isDark(QApplication::palette()));
        dialog.reject();
    }
    EXPECT_FALSE(isDark(QApplication::palette()));
    EXPECT_EQ(settingValue(settings::ThemeName), QStringLiteral("system"));

    SettingsDialog dialog(QStringLiteral("/tmp/open-now.sqlite3"));
    dialog.themeField()->setCurrentIndex(dialog.themeField()->findData(QStringLiteral("dark")));
    dialog.accept();
    EXPECT_TRUE(isDark(QApplication::palette()));
    EXPECT_EQ(settingValue(settings::ThemeName), QStringLiteral("dark"));
}

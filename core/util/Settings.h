#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace foothold {

// One typed table of every setting: its QSettings key and its default. Read and write through
// settingValue()/setSettingValue() so that a key is never spelled twice.
template <typename T>
struct Setting {
    const char *key;
    T fallback;
};

namespace settings {
// The database file the app opens when neither --db nor $FOOTHOLD_DB names one (chosen in the
// settings dialog; takes effect at the next start). Empty: Database::defaultPath().
inline const Setting<QString> DatabasePath{"storage/databasePath", QString()};
// Keep-in-touch cadence for contacts without their own, in days.
inline const Setting<int> DefaultCadenceDays{"contacts/defaultCadenceDays", 90};
// Talk-share targets: my share of speaking time (PRODUCT.md: 20% networking, 50% interviews).
inline const Setting<double> NetworkingTalkTarget{"talk/networkingTarget", 0.20};
inline const Setting<double> InterviewTalkTarget{"talk/interviewTarget", 0.50};
// How far off the target still counts as "on target", in share points.
inline const Setting<double> TalkTargetTolerance{"talk/tolerance", 0.10};
// The currency every event cost is converted into (ISO 4217). Empty: from the system locale.
inline const Setting<QString> HomeCurrency{"events/homeCurrency", QString()};
// The event planner (docs/EVENTS.md): stacks and topics the user cares about (matched against
// event tags), the events budget per calendar year in home-currency units (0: none set), and
// the ranking weights as "part=weight" pairs ("companies=3,cost=0.5"); parts not named keep
// their default weight.
inline const Setting<QStringList> EventInterests{"events/interests", QStringList()};
inline const Setting<double> EventsYearlyBudget{"events/yearlyBudget", 0.0};
inline const Setting<QString> EventScoreWeights{"events/scoreWeights", QString()};
// Names the user goes by in transcripts ("Me", "Ana Lima"), remembered from the last import.
inline const Setting<QStringList> MySpeakerNames{"talk/mySpeakerNames", QStringList()};
// The folder the last transcript was imported from (the UI's file dialog opens there).
inline const Setting<QString> LastTranscriptFolder{"talk/lastTranscriptFolder", QString()};
// The look of the app: "system", "light" or "dark".
inline const Setting<QString> ThemeName{"ui/theme", QStringLiteral("system")};
// Window layout, restored at start.
inline const Setting<QByteArray> WindowGeometry{"ui/windowGeometry", QByteArray()};
inline const Setting<QByteArray> WindowState{"ui/windowState", QByteArray()};
inline const Setting<int> LastPage{"ui/lastPage", 0};
// How the Applications page shows its records: "table" or "board".
inline const Setting<QString> ApplicationsView{"pages/applications/view", QStringLiteral("table")};
// The Insights page's date range: "3m", "6m", "12m" or "all".
inline const Setting<QString> InsightsRangeKey{"insights/range", QStringLiteral("12m")};
} // namespace settings

template <typename T>
T settingValue(const Setting<T> &setting)
{
    const QSettings store;
    const QVariant value = store.value(QLatin1String(setting.key));
    if (!value.isValid() || !value.canConvert<T>())
        return setting.fallback;
    return value.value<T>();
}

template <typename T>
void setSettingValue(const Setting<T> &setting, const T &value)
{
    QSettings store;
    store.setValue(QLatin1String(setting.key), QVariant::fromValue(value));
}

// The home currency: the setting, or the system locale's, or USD.
QString homeCurrency();

} // namespace foothold

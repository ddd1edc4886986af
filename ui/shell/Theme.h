#pragma once

#include <QString>

namespace foothold {

// Light, dark, or whatever the desktop uses. Qt 6.4 has no colour-scheme hint, so "system" keeps
// the palette the platform gave the application; light and dark are Fusion palettes of our own.
enum class Theme { System, Light, Dark };

[[nodiscard]] Theme themeFromString(const QString &text); // "light", "dark", else System
[[nodiscard]] QString themeToString(Theme theme);
// Applies `theme` to the running application. Call after QApplication exists.
void applyTheme(Theme theme);

} // namespace foothold

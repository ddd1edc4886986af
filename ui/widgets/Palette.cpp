#include "ui/widgets/Palette.h"

namespace foothold {

bool isDark(const QPalette &palette)
{
    // Qt 6.4 has no colour-scheme hint: judge by the window colour itself.
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xcc, 0x66) : QColor(0x9a, 0x5b, 0x00);
}

QColor okColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x8b, 0xd9, 0x8f) : QColor(0x1b, 0x6e, 0x20);
}

QColor mutedTextColor(const QPalette &palette)
{
    QColor text = palette.color(QPalette::WindowText);
    QColor window = palette.color(QPalette::Window);
    return QColor((text.red() * 6 + window.red() * 4) / 10, (text.green() * 6 + window.green() * 4) / 10,
                  (text.blue() * 6 + window.blue() * 4) / 10);
}

QColor categoryColor(int index, const QPalette &palette)
{
    // Okabe–Ito, a palette that colour-blind readers can tell apart; lightened on dark themes.
    static const QColor base[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                  QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                  QColor(0xf0, 0xe4, 0x42), QColor(0x99, 0x99, 0x99)};
    const QColor c = base[size_t(index) % (sizeof(base) / sizeof(base[0]))];
    return isDark(palette) ? c.lighter(125) : c;
}

} // namespace foothold

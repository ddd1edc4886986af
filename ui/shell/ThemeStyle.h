#pragma once

#include <QProxyStyle>

namespace foothold {

// Fusion, with check boxes and radio buttons that can be seen in the dark theme.
//
// Fusion outlines an indicator in a darker shade of the palette's window colour; on the dark
// palette that shade is as dark as the base the box is filled with, so an unticked box
// disappears. In a dark palette this style draws indicators as if the window colour were the
// muted text colour, which gives an outline that stands out; light palettes are untouched.
// Owned by the QApplication once set (QApplication::setStyle).
class ThemeStyle final : public QProxyStyle {
    Q_OBJECT
public:
    ThemeStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace foothold

// The dark theme's check boxes must be visible when unticked: Fusion's own outline there is as
// dark as the box (the bug this guards against).
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QPixmap>
#include <QRadioButton>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class ThemeStyleTest : public ::testing::Test {
protected:
    void TearDown() override { applyTheme(Theme::Light); }
};

// The largest difference in grey level between any pixel of the indicator (the square at the
// left of the button) and the colour around it.
int indicatorContrast(QWidget &button)
{
    button.resize(120, 24);
    const QImage image = button.grab().toImage();
    const int around = qGray(image.pixel(image.width() - 2, image.height() / 2)); // right of the text: background
    int most = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.height(); ++x) // the indicator sits in the first square
            most = std::max(most, std::abs(qGray(image.pixel(x, y)) - around));
    return most;
}

} // namespace

TEST_F(ThemeStyleTest, UntickedBoxesAndRadioButtonsStandOutInTheDarkTheme)
{
    applyTheme(Theme::Dark);
    QCheckBox box; // no text: nothing but the indicator can differ from the background
    EXPECT_GE(indicatorContrast(box), 40);
    QRadioButton radio;
    EXPECT_GE(indicatorContrast(radio), 40);
}

TEST_F(ThemeStyleTest, TheLightThemeStillOutlinesItsBoxes)
{
    applyTheme(Theme::Light);
    QCheckBox box;
    EXPECT_GE(indicatorContrast(box), 40);
}

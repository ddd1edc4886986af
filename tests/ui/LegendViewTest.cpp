// The legend under each chart: entries kept whole, wrapped to the width, nothing asked of the window.
#include "ui/charts/LegendView.h"

#include <QFontMetrics>
#include <QImage>
#include <QPixmap>

#include <gtest/gtest.h>

using namespace foothold;

TEST(LegendView, WrapsWholeEntriesToTheWidthAndPaintsThem)
{
    LegendView legend;
    EXPECT_EQ(legend.heightForWidth(400), 0); // no entries: no room taken
    legend.setEntries({{QStringLiteral("LinkedIn"), Qt::blue, LegendEntry::Mark::Square},
                       {QStringLiteral("Event"), Qt::red, LegendEntry::Mark::Dot},
                       {QStringLiteral("Online community"), Qt::green, LegendEntry::Mark::Line}});
    const int line = QFontMetrics(legend.font()).lineSpacing();
    EXPECT_EQ(legend.heightForWidth(2000), line);     // all on one row
    EXPECT_EQ(legend.heightForWidth(1), 3 * line);    // one entry a row, never cut
    const int oneRow = legend.heightForWidth(2000);
    EXPECT_GT(legend.heightForWidth(legend.minimumSizeHint().width()), oneRow);
    // As narrow as its widest entry: a legend never widens the window.
    EXPECT_EQ(legend.sizeHint().width(), legend.minimumSizeHint().width());
    EXPECT_EQ(legend.text(), QStringLiteral("LinkedIn, Event, Online community"));

    // The marks are painted in their colours.
    legend.resize(600, line);
    const QImage image = legend.grab().toImage();
    bool blue = false;
    for (int y = 0; y < image.height() && !blue; ++y)
        for (int x = 0; x < image.width() && !blue; ++x)
            blue = image.pixelColor(x, y) == QColor(Qt::blue);
    EXPECT_TRUE(blue);
}

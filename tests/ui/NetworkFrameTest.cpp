// The Network view's frames go through FrameRenderer: painted on a pool thread into an image and
// kept for panning. These tests hold that path to the picture the GUI thread paints directly, and
// show that every change (a moved person, a filter, a theme, the colours, a path, a focus) is in
// the very next frame rather than a copy of the kept one.
#include "core/services/NetworkLayoutService.h"
#include "core/services/SyntheticNetwork.h"
#include "tests/support/TempDatabase.h"
#include "ui/network/NetworkCanvas.h"
#include "ui/network/NetworkSnapshot.h"
#include "ui/network/NetworkView.h"

#include <QImage>
#include <QPalette>
#include <QScrollBar>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace foothold;

namespace {

const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());

class NetworkFrameTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        SyntheticNetworkSpec spec;
        spec.contacts = 60;
        spec.links = 150;
        spec.seed = 3;
        const FixedClock clock(kNow);
        ASSERT_TRUE(writeSyntheticNetwork(db.db(), generateSyntheticNetwork(spec), clock).ok());
        ASSERT_TRUE(NetworkLayoutService(db.db(), clock).run({}).ok());
        auto loaded = loadNetworkSnapshot(db.path(), kNow);
        ASSERT_TRUE(loaded.ok());
        snapshot = std::make_shared<const NetworkSnapshot>(std::move(*loaded));
        view = std::make_unique<NetworkView>();
        view->resize(640, 480);
        canvas = new NetworkCanvas(snapshot);
        view->setCanvas(canvas);
        view->fitAll();
    }

    // A frame as the view shows it now (through FrameRenderer, or a copy of its kept frame).
    QImage frame() { return view->grab().toImage(); }

    // The same frame painted directly on the GUI thread, as before FrameRenderer. Switching paths
    // counts as a change, so the kept frame is not used afterwards either.
    QImage directFrame()
    {
        canvas->setPaintOffThread(false);
        QImage image = view->grab().toImage();
        canvas->setPaintOffThread(true);
        return image;
    }

    // Share of pixels that differ by more than `tolerance` in some channel. Qt clips a long
    // antialiased tie against the device it paints on, and the view's pixmap and the frame's
    // image are of different sizes: along a few such ties a pixel comes out a shade apart.
    static double differing(const QImage &a, const QImage &b, int tolerance = 0)
    {
        if (a.size() != b.size())
            return 1.0;
        const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
        qint64 count = 0;
        for (int row = 0; row < x.height(); ++row)
            for (int column = 0; column < x.width(); ++column) {
                const QRgb p = x.pixel(column, row), q = y.pixel(column, row);
                const int apart = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
                count += apart > tolerance ? 1 : 0;
            }
        return double(count) / (double(x.width()) * x.height());
    }

    void panRight(int pixels)
    {
        QScrollBar *bar = view->horizontalScrollBar();
        bar->setValue(bar->value() + pixels);
    }

    static QPalette darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 34));
        dark.setColor(QPalette::Window, QColor(40, 40, 44));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(80, 140, 230));
        return dark;
    }

    test::TempDatabase db;
    std::shared_ptr<const NetworkSnapshot> snapshot;
    std::unique_ptr<NetworkView> view;
    NetworkCanvas *canvas = nullptr; // owned by the view's scene
};

} // namespace

TEST_F(NetworkFrameTest, PoolThreadFramesAreTheGuiThreadsPixels)
{
    for (const bool dark : {false, true}) {
        if (dark)
            view->setPalette(darkPalette());
        for (const int zoom : {0, 1, 2}) {
            view->fitAll();
            if (zoom == 1)
                view->zoomBy(3.0);
            else if (zoom == 2)
                view->centreOnNode(0);
            const QImage pooled = frame();
            EXPECT_EQ(canvas->frames().copiedFrames(), 0);
            const QImage direct = directFrame();
            EXPECT_EQ(differing(pooled, direct, 2), 0.0) << "dark " << dark << " zoom " << zoom;
        }
    }
    EXPECT_GE(canvas->frames().pooledFrames(), 6);
}

TEST_F(NetworkFrameTest, PanningCopiesTheKeptFrameShifted)
{
    view->zoomBy(3.0);
    frame();
    panRight(40); // paints ahead (kMargin more to the right) ...
    const int pooled = canvas->frames().pooledFrames();
    frame();
    EXPECT_EQ(canvas->frames().pooledFrames(), pooled + 1);
    panRight(40); // ... so that the next steps are copies
    const QImage copied = frame();
    EXPECT_EQ(canvas->frames().pooledFrames(), pooled + 1);
    EXPECT_EQ(canvas->frames().copiedFrames(), 1);
    // A copy from the wrong place would move every person and tie; painted ahead over a wider
    // area, the ties drawn in another order may blend a few pixels differently.
    const QImage direct = directFrame();
    EXPECT_LT(differing(copied, direct, 2), 0.015);
    panRight(-40);
    EXPECT_LT(differing(frame(), directFrame(), 2), 0.015);
}

TEST_F(NetworkFrameTest, ALongPanPaintsAheadAndEveryFrameShowsTheRightPlace)
{
    view->zoomBy(3.0);
    frame();
    panRight(40);
    frame(); // painted now, wider to the right
    const int painted = canvas->frames().pooledFrames();
    // A drag of 40 pixels a frame, 8 frames right and 8 back, as the benchmark pans.
    QList<QPair<int, QImage>> shown;
    for (int step = 0; step < 16; ++step) {
        panRight(step < 8 ? 40 : -40);
        shown.append({view->horizontalScrollBar()->value(), frame()});
    }
    // No frame (or at most one, turning back) is painted while the view waits; the rest are
    // copies, some of frames painted ahead.
    EXPECT_LE(canvas->frames().pooledFrames(), painted + 1);
    EXPECT_GE(canvas->frames().aheadFrames(), 2);
    EXPECT_GE(canvas->frames().copiedFrames(), 12);
    // Each frame shows what a fresh paint at that place shows.
    for (const auto &[at, image] : std::as_const(shown)) {
        view->horizontalScrollBar()->setValue(at);
        EXPECT_LT(differing(image, directFrame(), 2), 0.015) << at;
    }
}

TEST_F(NetworkFrameTest, AChangeWhileAFrameIsPaintedAheadShowsInTheNextFrame)
{
    view->zoomBy(3.0);
    frame();
    panRight(40);
    frame();
    const int ahead = canvas->frames().aheadFrames();
    for (int step = 0; step < 8 && canvas->frames().aheadFrames() == ahead; ++step) { // until one is painted ahead
        panRight(40);
        frame();
    }
    ASSERT_GT(canvas->frames().aheadFrames(), ahead);
    const QPointF centre = view->mapToScene(view->viewport()->rect().center());
    canvas->moveNode(1, centre); // waits for the frame painted ahead, which is then stale
    const QImage shown = frame();
    EXPECT_EQ(differing(shown, directFrame(), 2), 0.0);
}

TEST_F(NetworkFrameTest, EveryChangeShowsInTheNextFrame)
{
    view->zoomBy(3.0);
    frame();
    panRight(40);
    frame(); // a kept frame wider than the view: the next pans would be copies

    const auto expectFresh = [&](const char *what) {
        const int copied = canvas->frames().copiedFrames();
        const QImage shown = frame();
        EXPECT_EQ(canvas->frames().copiedFrames(), copied) << what;
        EXPECT_EQ(differing(shown, directFrame(), 2), 0.0) << what;
        panRight(40);
        frame(); // keep a wide frame again for the next change
    };
    const QImage before = frame();

    const QPointF centre = view->mapToScene(view->viewport()->rect().center());
    const int node = canvas->nodeAt(canvas->nodePos(1), 1.0) == 1 ? 1 : 2;
    canvas->moveNode(node, centre);
    expectFresh("moved person");

    canvas->setFilter(0.0, 1, {});
    expectFresh("filter");
    canvas->setFilter(0.0, 0, {});

    view->setPalette(darkPalette());
    expectFresh("theme");

    canvas->setColourBy(NetworkCanvas::ColourBy::Strength);
    expectFresh("colours");

    canvas->setPath({canvas->contactOf(node)});
    expectFresh("path");

    canvas->setFocus(node);
    expectFresh("focus");

    EXPECT_GT(differing(before, frame()), 0.01); // the picture did change along the way
}

#pragma once

#include <QBrush>
#include <QImage>
#include <QRectF>

#include <functional>

class QPainter;

namespace foothold {

// Paints a frame of the network into an image on one of Qt's global pool threads and copies it to
// the screen in one blit, while the GUI thread waits.
//
// Why a pool thread: on the GUI thread, Qt's raster engine (6.4, qdrawhelper.cpp,
// QT_THREAD_PARALLEL_FILLS) hands every batch of 96 or more spans (an antialiased tie, a disc, a
// dashed line) to QThreadPool::globalInstance() in pieces of 64 and waits for them. A frame of
// 30,000 people and their ties made thousands of such hand-offs: a third of the frame's CPU was
// the kernel waking threads, and on a busy 2-core machine each hand-off waited for a core, so the
// wall time was 1.5 to 3 times the CPU time. Painted from a thread of that pool, Qt fills in
// place; the GUI thread waits once per frame. The pixels are the same (tested): the image starts
// as the view's background and gets the same painting.
//
// When no pool thread is free at once (other work holds them all), the frame is painted on the
// GUI thread as before rather than wait behind that work.
class FrameRenderer {
public:
    // Paints the scene: `sceneRect` in scene coordinates through `painter`, whose world transform
    // already maps the scene to the image.
    using Scene = std::function<void(QPainter &painter, const QRectF &sceneRect)>;

    // Paints `sceneRect` of the scene through `painter` (a raster painter of the view: its world
    // transform maps the scene to the device), over `background`. Returns false (nothing
    // painted) when it cannot: the caller then paints directly.
    bool paint(QPainter *painter, const QRectF &sceneRect, const QBrush &background, const Scene &scene);

    // How many frames went through a pool thread, and how many were painted in place because no
    // pool thread was free (tests and benchmarks read them).
    [[nodiscard]] int pooledFrames() const { return m_pooled; }
    [[nodiscard]] int directFrames() const { return m_direct; }

private:
    QImage m_image; // reused between frames of the same size: no 4 MB allocation per frame
    int m_pooled = 0;
    int m_direct = 0;
};

} // namespace foothold

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
// The last frame is kept for panning: a frame with the same `key` (nothing changed) and the
// same zoom, shifted by whole pixels, is a copy of the part of the kept image it shows. When the
// view leaves the kept image, the next one is painted kMargin pixels wider on the side the view
// moves to (budgets for ties and names grow with its area, so the density in view stays the
// same), so that a drag repaints once every few frames instead of every frame. A first frame,
// or one after any change or zoom, covers exactly the view.
//
// When no pool thread is free at once (other work holds them all), the frame is painted on the
// GUI thread as before rather than wait behind that work.
class FrameRenderer {
public:
    // Paints the scene: `sceneRect` in scene coordinates through `painter`, whose world transform
    // already maps the scene to the image.
    // `area` is how many times the view's area the image covers (1, or more with a margin):
    // the scene scales its per-frame budgets by it.
    using Scene = std::function<void(QPainter &painter, const QRectF &sceneRect, double area)>;
    static constexpr int kMargin = 256; // device pixels added on the side a pan goes to

    // Paints `sceneRect` of the scene through `painter` (a raster painter of the view: its world
    // transform maps the scene to the device), over `background`. `key` names everything else
    // the picture depends on (the scene's state, palette, font): a different key repaints.
    // Returns false (nothing painted) when it cannot: the caller then paints directly.
    bool paint(QPainter *painter, const QRectF &sceneRect, const QBrush &background, quint64 key, const Scene &scene);
    // Forgets the kept frame (the next one is painted afresh).
    void clear() { m_valid = false; }

    // How many frames went through a pool thread, and how many were painted in place because no
    // pool thread was free (tests and benchmarks read them).
    [[nodiscard]] int pooledFrames() const { return m_pooled; }
    [[nodiscard]] int directFrames() const { return m_direct; }
    // Frames that were a copy of the kept image.
    [[nodiscard]] int copiedFrames() const { return m_copied; }

private:
    // Paints `area` (view pixels) and shows its `visible` part; `sceneRect` is the scene's
    // rectangle when `area` is just the view (null: mapped from `area`).
    bool render(QPainter *painter, const QRect &area, const QRect &visible, const QRectF &sceneRect, const QBrush &background,
                const Scene &scene);

    QImage m_image;      // the kept frame; reused between frames of the same size
    QTransform m_world;  // the world transform it was painted with
    QRect m_area;        // what it covers, in the view's (logical) pixels at m_world
    quint64 m_key = 0;
    bool m_valid = false;
    int m_copied = 0;
    int m_pooled = 0;
    int m_direct = 0;
};

} // namespace foothold

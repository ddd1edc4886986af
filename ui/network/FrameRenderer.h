#pragma once

#include <QBrush>
#include <QImage>
#include <QRectF>

#include <functional>
#include <memory>

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
// or one after any change or zoom, covers exactly the view. While a pan is under way and copies
// are about to run out, that wider frame is painted ahead on a pool thread without waiting: the
// view goes on showing copies, and takes the new frame when it is done (or waits for it when the
// view gets there first). Painted ahead, the frame is kAhead pixels wider: it costs more, but
// nobody waits for it, and there are fewer of them. The scene must then not change meanwhile: whoever changes it calls
// settle() first, and so does anyone who paints it some other way.
//
// The frame always gets a pool thread at once (reserveThread, past the pool's maximum if all
// its threads are busy): it never waits behind other work in the pool.
class FrameRenderer {
public:
    // Paints the scene: `sceneRect` in scene coordinates through `painter`, whose world transform
    // already maps the scene to the image.
    // `area` is how many times the view's area the image covers (1, or more with a margin):
    // the scene scales its per-frame budgets by it.
    // It may run after paint() returns (painting ahead): capture by value.
    using Scene = std::function<void(QPainter &painter, const QRectF &sceneRect, double area)>;
    static constexpr int kMargin = 256; // pixels added on the side a pan goes to, painted while the view waits
    static constexpr int kAhead = 512;  // the same for a frame painted ahead (the view does not wait)

    // Paints `sceneRect` of the scene through `painter` (a raster painter of the view: its world
    // transform maps the scene to the device), over `background`. `key` names everything else
    // the picture depends on (the scene's state, palette, font): a different key repaints.
    // Returns false (nothing painted) when it cannot: the caller then paints directly.
    bool paint(QPainter *painter, const QRectF &sceneRect, const QBrush &background, quint64 key, const Scene &scene);
    // Forgets the kept frame (the next one is painted afresh).
    void clear()
    {
        settle();
        m_valid = false;
    }
    // Waits for a frame being painted ahead and drops it: the scene may change after this.
    void settle();

    FrameRenderer() = default;
    FrameRenderer(const FrameRenderer &) = delete;
    FrameRenderer &operator=(const FrameRenderer &) = delete;
    ~FrameRenderer() { settle(); }

    // How many frames were painted on a pool thread while the view waited (tests and benchmarks
    // read them).
    [[nodiscard]] int pooledFrames() const { return m_pooled; }
    // Frames that were a copy of the kept image, and frames painted ahead.
    [[nodiscard]] int copiedFrames() const { return m_copied; }
    [[nodiscard]] int aheadFrames() const { return m_aheadCount; }

    struct Job; // one frame to paint into an image, with everything it needs by value

private:
    // A Job for `area` (view pixels) of the scene as `painter` shows it; `sceneRect` is the
    // scene's rectangle when `area` is just the view (null: mapped from `area`).
    [[nodiscard]] std::shared_ptr<Job> makeJob(QPainter *painter, const QRect &area, const QRect &visible, const QRectF &sceneRect,
                                               const QBrush &background, quint64 key, const Scene &scene, bool reuseKept);
    // Takes the frame painted ahead as the kept one; with `wait`, waits for it first.
    void adopt(bool wait);
    void show(QPainter *painter, const QRect &visible, const QRect &covered);

    QImage m_image;      // the kept frame; reused between frames of the same size
    QTransform m_world;  // the world transform it was painted with
    QRect m_area;        // what it covers, in the view's (logical) pixels at m_world
    quint64 m_key = 0;
    bool m_valid = false;
    int m_copied = 0;
    int m_aheadCount = 0;
    std::shared_ptr<Job> m_ahead; // being painted ahead, or null
    QImage m_spare;               // the image a frame painted ahead replaced, for the next one
    QPointF m_lastOrigin;         // the last frame's world translation
    int m_pooled = 0;
};

} // namespace foothold

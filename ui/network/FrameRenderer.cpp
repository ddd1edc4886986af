#include "ui/network/FrameRenderer.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QSemaphore>
#include <QThreadPool>

#include <cmath>

namespace foothold {

namespace {

// Runs `work` on a thread of Qt's global pool now, even when the pool's threads are all busy
// (reserveThread goes past the maximum): a frame never waits behind other work, and a pool thread
// just done with the last frame may not be counted free yet.
void startOnPoolThread(std::function<void()> work)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    pool->reserveThread();
    pool->startOnReservedThread(std::move(work));
}

} // namespace

struct FrameRenderer::Job {
    QImage image;
    QTransform world;     // the view's transform it is painted for
    QTransform toImage;
    QRect area;           // view pixels it covers
    QRectF sceneArea;
    double ratio = 1.0;
    QFont font;
    QPainter::RenderHints hints;
    QColor fill;
    quint64 key = 0;
    Scene scene;
    QSemaphore done;

    void run()
    {
        image.fill(fill);
        QPainter p(&image);
        p.setRenderHints(hints);
        p.setFont(font);
        p.setTransform(toImage);
        scene(p, sceneArea, ratio);
        p.end();
        done.release();
    }
};

bool FrameRenderer::paint(QPainter *painter, const QRectF &sceneRect, const QBrush &background, quint64 key, const Scene &scene)
{
    QPaintDevice *device = painter->device();
    QPaintEngine *engine = painter->paintEngine();
    if (!device || !engine || engine->type() != QPaintEngine::Raster || background.style() != Qt::SolidPattern ||
        !background.isOpaque()) {
        settle(); // the caller paints the scene itself
        return false;
    }
    const QTransform world = painter->worldTransform();
    // Scale and shift only (the view never rotates): the image then covers exactly the view.
    if (world.type() > QTransform::TxScale) {
        settle();
        return false;
    }
    const double dpr = device->devicePixelRatio();
    // A widget measures itself in logical pixels; an image or pixmap in device pixels.
    const double perLogical = device->devType() == QInternal::Widget ? 1.0 : dpr;
    const QRect deviceRect(0, 0, int(std::ceil(device->width() / perLogical)), int(std::ceil(device->height() / perLogical)));
    // The whole view: names reach past the item's bounding rect (and so past `sceneRect`), and
    // are drawn there when painting directly.
    const QRect visible = deviceRect;
    if (visible.isEmpty() || sceneRect.isEmpty())
        return true; // nothing of the scene shows

    // This frame's step from the last one, whatever the kept frame: which way a pan goes.
    const QPoint step(int(std::lround(world.dx() - m_lastOrigin.x())), int(std::lround(world.dy() - m_lastOrigin.y())));
    m_lastOrigin = QPointF(world.dx(), world.dy());

    adopt(false);
    QRect area = visible;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_valid || key != m_key || world.m11() != m_world.m11() || world.m22() != m_world.m22())
            break;
        const QPointF shift(world.dx() - m_world.dx(), world.dy() - m_world.dy());
        const QPoint whole(int(std::lround(shift.x())), int(std::lround(shift.y())));
        if (std::abs(shift.x() - whole.x()) >= 1e-6 || std::abs(shift.y() - whole.y()) >= 1e-6)
            break;
        const QRect covered = m_area.translated(whole);
        if (covered.contains(visible)) {
            show(painter, visible, covered);
            ++m_copied;
            // When four more such steps would leave the kept frame, paint the next one ahead,
            // kAhead pixels wider, while the view goes on with copies.
            const bool nearEdge = (step.x() < 0 && covered.right() - visible.right() < -4 * step.x()) ||
                                  (step.x() > 0 && visible.left() - covered.left() < 4 * step.x()) ||
                                  (step.y() < 0 && covered.bottom() - visible.bottom() < -4 * step.y()) ||
                                  (step.y() > 0 && visible.top() - covered.top() < 4 * step.y());
            if (nearEdge && !m_ahead) {
                const QRect ahead = visible.adjusted(step.x() > 0 ? -kAhead : 0, step.y() > 0 ? -kAhead : 0,
                                                     step.x() < 0 ? kAhead : 0, step.y() < 0 ? kAhead : 0);
                auto job = makeJob(painter, ahead, visible, QRectF(), background, key, scene, false);
                startOnPoolThread([job] { job->run(); });
                m_ahead = job;
                ++m_aheadCount;
            }
            return true;
        }
        // Not covered. A frame painted ahead may be on its way: wait for it and look again.
        if (attempt == 0 && m_ahead) {
            adopt(true);
            continue;
        }
        // Panning: the content moved by `whole`; the view goes the other way. Paint ahead.
        area.adjust(whole.x() > 0 ? -kMargin : 0, whole.y() > 0 ? -kMargin : 0, whole.x() < 0 ? kMargin : 0,
                    whole.y() < 0 ? kMargin : 0);
        break;
    }
    settle(); // a frame being painted ahead for something else: the scene is painted now
    m_valid = false;
    auto job = makeJob(painter, area, visible, area == visible ? sceneRect : QRectF(), background, key, scene, true);
    startOnPoolThread([&job] { job->run(); });
    job->done.acquire();
    ++m_pooled;
    m_image = job->image;
    m_world = job->world;
    m_area = job->area;
    m_key = key;
    m_valid = true;
    show(painter, visible, m_area);
    return true;
}

std::shared_ptr<FrameRenderer::Job> FrameRenderer::makeJob(QPainter *painter, const QRect &area, const QRect &visible,
                                                           const QRectF &sceneRect, const QBrush &background, quint64 key,
                                                           const Scene &scene, bool reuseKept)
{
    QPaintDevice *device = painter->device();
    const double dpr = device->devicePixelRatio();
    auto job = std::make_shared<Job>();
    const QSize pixels(int(std::ceil(area.width() * dpr)), int(std::ceil(area.height() * dpr)));
    // Images are reused (no 4 MB allocation per frame): the kept one when it is being replaced,
    // else the one the last frame painted ahead replaced.
    if (reuseKept && m_image.size() == pixels) {
        job->image = std::move(m_image);
        m_image = QImage();
        m_valid = false;
    } else if (m_spare.size() == pixels) {
        job->image = std::move(m_spare);
        m_spare = QImage();
    } else {
        job->image = QImage(pixels, QImage::Format_RGB32);
    }
    job->image.setDevicePixelRatio(dpr);
    // Text in points must come out the size it would on the device itself.
    job->image.setDotsPerMeterX(int(std::lround(device->logicalDpiX() / 0.0254)));
    job->image.setDotsPerMeterY(int(std::lround(device->logicalDpiY() / 0.0254)));
    job->world = painter->worldTransform();
    job->toImage = job->world * QTransform::fromTranslate(-area.left(), -area.top());
    job->area = area;
    // Exactly the view: the caller's own rectangle, so the frame is the one a direct paint makes.
    job->sceneArea = sceneRect.isNull() ? job->world.inverted().mapRect(QRectF(area)) : sceneRect;
    job->ratio = double(area.width()) * area.height() / (double(visible.width()) * visible.height());
    job->font = painter->font();
    job->hints = painter->renderHints();
    job->fill = background.color();
    job->key = key;
    job->scene = scene;
    return job;
}

void FrameRenderer::adopt(bool wait)
{
    if (!m_ahead)
        return;
    if (wait)
        m_ahead->done.acquire();
    else if (!m_ahead->done.tryAcquire())
        return;
    m_spare = std::move(m_image);
    m_image = std::move(m_ahead->image);
    m_world = m_ahead->world;
    m_area = m_ahead->area;
    m_key = m_ahead->key;
    m_valid = true;
    m_ahead.reset();
}

void FrameRenderer::settle()
{
    if (!m_ahead)
        return;
    m_ahead->done.acquire();
    m_ahead.reset();
}

void FrameRenderer::show(QPainter *painter, const QRect &visible, const QRect &covered)
{
    const double dpr = m_image.devicePixelRatio();
    const QRectF source(QPointF(visible.topLeft() - covered.topLeft()) * dpr, QSizeF(visible.size()) * dpr);
    painter->save();
    painter->resetTransform();
    painter->drawImage(QRectF(visible), m_image, source);
    painter->restore();
}

} // namespace foothold

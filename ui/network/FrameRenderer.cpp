#include "ui/network/FrameRenderer.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QSemaphore>
#include <QThreadPool>

#include <cmath>

namespace foothold {

bool FrameRenderer::paint(QPainter *painter, const QRectF &sceneRect, const QBrush &background, quint64 key, const Scene &scene)
{
    QPaintDevice *device = painter->device();
    QPaintEngine *engine = painter->paintEngine();
    if (!device || !engine || engine->type() != QPaintEngine::Raster || background.style() != Qt::SolidPattern ||
        !background.isOpaque())
        return false;
    const QTransform world = painter->worldTransform();
    // Scale and shift only (the view never rotates): the image then covers exactly the view.
    if (world.type() > QTransform::TxScale)
        return false;
    const double dpr = device->devicePixelRatio();
    // A widget measures itself in logical pixels; an image or pixmap in device pixels.
    const double perLogical = device->devType() == QInternal::Widget ? 1.0 : dpr;
    const QRect deviceRect(0, 0, int(std::ceil(device->width() / perLogical)), int(std::ceil(device->height() / perLogical)));
    // The whole view: names reach past the item's bounding rect (and so past `sceneRect`), and
    // are drawn there when painting directly.
    const QRect visible = deviceRect;
    if (visible.isEmpty() || sceneRect.isEmpty())
        return true; // nothing of the scene shows

    QRect area = visible;
    if (m_valid && key == m_key && world.m11() == m_world.m11() && world.m22() == m_world.m22()) {
        const QPointF shift(world.dx() - m_world.dx(), world.dy() - m_world.dy());
        const QPoint whole(int(std::lround(shift.x())), int(std::lround(shift.y())));
        if (std::abs(shift.x() - whole.x()) < 1e-6 && std::abs(shift.y() - whole.y()) < 1e-6) {
            const QRect covered = m_area.translated(whole);
            if (covered.contains(visible)) {
                const QRectF source(QPointF(visible.topLeft() - covered.topLeft()) * dpr, QSizeF(visible.size()) * dpr);
                painter->save();
                painter->resetTransform();
                painter->drawImage(QRectF(visible), m_image, source);
                painter->restore();
                ++m_copied;
                return true;
            }
            // Panning: the content moved by `whole`; the view goes the other way. Paint ahead.
            area.adjust(whole.x() > 0 ? -kMargin : 0, whole.y() > 0 ? -kMargin : 0, whole.x() < 0 ? kMargin : 0,
                        whole.y() < 0 ? kMargin : 0);
        }
    }
    m_valid = false;
    if (!render(painter, area, visible, area == visible ? sceneRect : QRectF(), background, scene))
        return false;
    m_world = world;
    m_area = area;
    m_key = key;
    m_valid = true;
    return true;
}

bool FrameRenderer::render(QPainter *painter, const QRect &area, const QRect &visible, const QRectF &sceneRect, const QBrush &background,
                           const Scene &scene)
{
    QPaintDevice *device = painter->device();
    const double dpr = device->devicePixelRatio();
    const QSize pixels(int(std::ceil(area.width() * dpr)), int(std::ceil(area.height() * dpr)));
    if (m_image.size() != pixels)
        m_image = QImage(pixels, QImage::Format_RGB32);
    m_image.setDevicePixelRatio(dpr);
    // Text in points must come out the size it would on the device itself.
    m_image.setDotsPerMeterX(int(std::lround(device->logicalDpiX() / 0.0254)));
    m_image.setDotsPerMeterY(int(std::lround(device->logicalDpiY() / 0.0254)));

    const QTransform world = painter->worldTransform();
    const QTransform toImage = world * QTransform::fromTranslate(-area.left(), -area.top());
    // Exactly the view: the caller's own rectangle, so the frame is the one a direct paint makes.
    const QRectF sceneArea = sceneRect.isNull() ? world.inverted().mapRect(QRectF(area)) : sceneRect;
    const double ratio = double(area.width()) * area.height() / (double(visible.width()) * visible.height());
    const QFont font = painter->font();
    const QPainter::RenderHints hints = painter->renderHints();
    const QColor fill = background.color();
    QSemaphore done;
    const bool started = QThreadPool::globalInstance()->tryStart([&] {
        m_image.fill(fill);
        QPainter p(&m_image);
        p.setRenderHints(hints);
        p.setFont(font);
        p.setTransform(toImage);
        scene(p, sceneArea, ratio);
        p.end();
        done.release();
    });
    if (!started) {
        ++m_direct;
        return false;
    }
    done.acquire();
    ++m_pooled;
    const QRectF source(QPointF(visible.topLeft() - area.topLeft()) * dpr, QSizeF(visible.size()) * dpr);
    painter->save();
    painter->resetTransform();
    painter->drawImage(QRectF(visible), m_image, source);
    painter->restore();
    return true;
}

} // namespace foothold

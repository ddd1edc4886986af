#include "ui/network/FrameRenderer.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QSemaphore>
#include <QThreadPool>

#include <cmath>

namespace foothold {

bool FrameRenderer::paint(QPainter *painter, const QRectF &sceneRect, const QBrush &background, const Scene &scene)
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
    QRect area = world.mapRect(sceneRect).toAlignedRect();
    const double dpr = device->devicePixelRatio();
    // A widget measures itself in logical pixels; an image or pixmap in device pixels.
    const double perLogical = device->devType() == QInternal::Widget ? 1.0 : dpr;
    const QRect deviceRect(0, 0, int(std::ceil(device->width() / perLogical)), int(std::ceil(device->height() / perLogical)));
    area = area.intersected(painter->hasClipping() ? world.mapRect(painter->clipBoundingRect()).toAlignedRect().intersected(deviceRect)
                                                   : deviceRect);
    if (area.isEmpty())
        return true; // nothing of the scene shows

    const QSize pixels(int(std::ceil(area.width() * dpr)), int(std::ceil(area.height() * dpr)));
    if (m_image.size() != pixels)
        m_image = QImage(pixels, QImage::Format_RGB32);
    m_image.setDevicePixelRatio(dpr);
    // Text in points must come out the size it would on the device itself.
    m_image.setDotsPerMeterX(int(std::lround(device->logicalDpiX() / 0.0254)));
    m_image.setDotsPerMeterY(int(std::lround(device->logicalDpiY() / 0.0254)));

    const QTransform toImage = world * QTransform::fromTranslate(-area.left(), -area.top());
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
        scene(p, sceneRect);
        p.end();
        done.release();
    });
    if (!started) {
        ++m_direct;
        return false;
    }
    done.acquire();
    ++m_pooled;
    painter->save();
    painter->resetTransform();
    painter->drawImage(area.topLeft(), m_image);
    painter->restore();
    return true;
}

} // namespace foothold

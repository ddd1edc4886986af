// NetworkCanvas's painting: a frame of the network by level of detail (see NetworkCanvas.h).
#include "ui/network/NetworkCanvas.h"

#include "ui/widgets/Palette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QMap>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>
#include <array>
#include <cmath>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NetworkCanvas", text);
}

// Cuts `line` to `rect` (Liang–Barsky); false when nothing of it is inside. Zoomed in, a tie
// between two far-apart people is a line thousands of pixels long, and Qt's raster engine
// strokes (and dashes) all of it before clipping: cut first, and every tie costs what shows.
bool clipLine(QLineF &line, const QRectF &rect)
{
    const double dx = line.dx(), dy = line.dy();
    double t0 = 0.0, t1 = 1.0;
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(), rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = line.p1();
    line = QLineF(start + QPointF(dx, dy) * t0, start + QPointF(dx, dy) * t1);
    return true;
}

// The image under `painter` when its pixels can be written directly with the same result as an
// aliased fill in device pixels: a 32-bit image at scale 1 with no clip (FrameRenderer's frame).
QImage *writableImage(QPainter *painter)
{
    QPaintDevice *device = painter->device();
    if (!device || device->devType() != QInternal::Image || painter->hasClipping())
        return nullptr;
    auto *image = static_cast<QImage *>(device);
    const bool plain = image->format() == QImage::Format_RGB32 || image->format() == QImage::Format_ARGB32_Premultiplied;
    return plain && image->devicePixelRatio() == 1.0 ? image : nullptr;
}

// Opaque squares written straight into the image: what drawRects does for aliased opaque
// rectangles, without its per-rectangle cost (30,000 people far out spent a quarter of the frame
// there).
void fillSquares(QImage &image, const QList<QRect> &squares, QRgb colour)
{
    const QRect bounds = image.rect();
    for (const QRect &square : squares) {
        const QRect r = square.intersected(bounds);
        for (int y = r.top(); y <= r.bottom(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            std::fill(line + r.left(), line + r.right() + 1, colour);
        }
    }
}

} // namespace

void NetworkCanvas::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : m_palette;
    // On screen, through an image painted on a pool thread (see FrameRenderer: the same pixels,
    // without Qt's per-span hand-offs); exports and other painters are drawn directly. The image
    // starts as the viewport's own background, so only when nothing else is under the canvas.
    const bool plainBackground = widget && widget->autoFillBackground() && scene() &&
                                 scene()->backgroundBrush().style() == Qt::NoBrush;
    if (plainBackground && m_offThread) {
        const QBrush background = widget->palette().brush(widget->backgroundRole());
        // By value: a frame painted ahead runs after this returns (the renderer settles it
        // before anything here changes or goes).
        const auto draw = [this, palette](QPainter &p, const QRectF &rect, double area) { paintScene(&p, rect, palette, area); };
        // Everything else the picture depends on: a change anywhere paints afresh.
        const quint64 key = qHashMulti(0, m_version, palette.cacheKey(), background.color().rgba(), painter->font().key(),
                                       int(painter->renderHints()));
        if (m_frames.paint(painter, option->exposedRect, background, key, draw))
            return;
    }
    m_frames.settle(); // painted here: nothing may paint ahead meanwhile
    paintScene(painter, option->exposedRect, palette);
}

void NetworkCanvas::paintScene(QPainter *painter, const QRectF &exposed, const QPalette &palette, double area) const
{
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    // How much detail to draw goes by how large people are on screen (1 at 5 pixels' radius),
    // not by the zoom alone: layouts of large networks pack people closer.
    const double detail = lod * m_r0 / 5.0;
    const QRectF rect = exposed.adjusted(-4 * m_r0, -4 * m_r0, 4 * m_r0, 4 * m_r0);
    drawEdges(painter, rect, lod, detail, area, palette);
    drawNodes(painter, rect, lod, palette);
    drawLabels(painter, rect, lod, detail, area, palette);
}

void NetworkCanvas::drawEdges(QPainter *painter, const QRectF &rect, double lod, double detail, double area, const QPalette &palette) const
{
    const NetworkGraph &g = m_snapshot->graph;
    const bool close = detail >= 0.5;
    // Four strengths × entered/inferred, each drawn in one call.
    std::array<QList<QLineF>, 8> buckets;
    // What a frame costs is the ink: pixels of line times pen width, antialiased lines several
    // times dearer. Ties are drawn until the frame's ink budget is spent: first those that
    // touch someone in view, strongest first, then those only passing through. Far out, every
    // tie is a hair anyway; close up, the long ones crossing the view would drown the near ones.
    const double budget = (close ? 200000.0 : 450000.0) * area;
    const double maxEdges = kEdgeBudget * area;
    double ink = 0.0;
    const QRectF inner = rect.adjusted(4 * m_r0, 4 * m_r0, -4 * m_r0, -4 * m_r0);
    int drawn = 0;
    for (int pass = 0; pass < 2 && ink < budget; ++pass)
        for (const int t : m_edgeOrder) {
            if (ink >= budget || drawn >= maxEdges)
                break;
            const auto &tie = g.ties()[size_t(t)];
            const int a = tie.a + 1, b = tie.b + 1;
            if (!m_shown[size_t(a)] || !m_shown[size_t(b)])
                continue;
            const bool touches = inner.contains(m_pos[size_t(a)]) || inner.contains(m_pos[size_t(b)]);
            if (touches != (pass == 0))
                continue;
            QLineF line(m_pos[size_t(a)], m_pos[size_t(b)]);
            if (!clipLine(line, rect))
                continue;
            const bool inferred = tie.source == LinkSource::InferredCompany || tie.source == LinkSource::InferredEvent;
            const int level = std::clamp(int(tie.strength * 4.0), 0, 3);
            ink += line.length() * lod * (close ? 0.8 + 0.6 * level : 1.0);
            buckets[size_t(level + (inferred ? 4 : 0))].append(line);
            ++drawn;
        }
    const QColor base = mutedTextColor(palette);
    // Far out, hairlines without antialiasing: ten times cheaper, and no one can tell.
    painter->setRenderHint(QPainter::Antialiasing, close);
    for (size_t i = 0; i < buckets.size(); ++i) {
        if (buckets[i].isEmpty())
            continue;
        const int level = int(i % 4);
        QColor colour = base;
        colour.setAlpha(close ? 90 + 40 * level : 40 + 25 * level);
        QPen pen(colour, close ? 0.8 + 0.6 * level : 0.0);
        pen.setCosmetic(true);
        if (i >= 4 && close && buckets[i].size() < 3000)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLines(buckets[i]);
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
}

void NetworkCanvas::drawNodes(QPainter *painter, const QRectF &rect, double lod, const QPalette &palette) const
{
    std::vector<int> inView;
    const double cells = (rect.width() / m_cell + 1) * (rect.height() / m_cell + 1);
    if (cells > double(m_pos.size())) {
        for (size_t i = 1; i < m_pos.size(); ++i)
            if (m_shown[i] && rect.contains(m_pos[i]))
                inView.push_back(int(i));
    } else {
        for (double x = std::floor(rect.left() / m_cell) * m_cell; x <= rect.right(); x += m_cell)
            for (double y = std::floor(rect.top() / m_cell) * m_cell; y <= rect.bottom(); y += m_cell) {
                const auto found = m_grid.constFind(cellKey(QPointF(x + m_cell / 2, y + m_cell / 2)));
                if (found == m_grid.constEnd())
                    continue;
                for (const int node : *found)
                    if (node > 0 && m_shown[size_t(node)])
                        inView.push_back(node);
            }
    }
    // Small people are square dots, one drawRects call per colour in device pixels without
    // antialiasing (the raster engine fills those rectangles directly; points with a square pen
    // went through its stroker one by one, a third of the frame far out); larger ones are
    // antialiased discs drawn once per colour and size into a sprite and then copied (thousands
    // of drawEllipse calls, or round-capped points, cost ten times more). The batches go in a
    // fixed order (by colour), so that where dots overlap the same one is on top at every launch:
    // a QHash's order follows its seed, which Qt picks afresh in every process.
    QMap<QRgb, QList<QPointF>> dots;
    QList<QPair<QPointF, QImage>> discs; // images by value: the cache may rehash meanwhile
    const QTransform toDevice = painter->worldTransform();
    int dotSize = 2;
    const std::vector<QRgb> &colour = colours(palette);
    for (const int node : inView) {
        const int diameter = std::max(2, int(std::lround(2.0 * m_radius[size_t(node)] * lod)));
        if (diameter <= 3) {
            dots[colour[size_t(node)]].append(toDevice.map(m_pos[size_t(node)]));
            dotSize = std::max(dotSize, diameter);
        } else {
            discs.append({toDevice.map(m_pos[size_t(node)]), sprite(QColor::fromRgba(colour[size_t(node)]), std::min(diameter, 64), palette)});
        }
    }
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    QList<QRect> squares;
    const double half = dotSize / 2.0;
    QImage *image = writableImage(painter);
    for (auto it = dots.constBegin(); it != dots.constEnd(); ++it) {
        squares.resize(0);
        squares.reserve(it.value().size());
        for (const QPointF &at : it.value())
            squares.append(QRect(int(std::lround(at.x() - half)), int(std::lround(at.y() - half)), dotSize, dotSize));
        if (image && qAlpha(it.key()) == 255) {
            fillSquares(*image, squares, it.key());
            continue;
        }
        painter->setBrush(QColor::fromRgba(it.key()));
        painter->drawRects(squares.constData(), int(squares.size()));
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const auto &[at, pixmap] : std::as_const(discs))
        painter->drawImage(QPointF(at.x() - pixmap.width() / 2.0, at.y() - pixmap.height() / 2.0), pixmap);
    painter->restore();
    const QColor outline = palette.color(QPalette::Base);
    // The chosen path over everyone, then me, its people and the focused person ringed on top.
    if (m_path.size() > 1) {
        QPen pen(palette.color(QPalette::Highlight), 4.0);
        pen.setCosmetic(true);
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        for (size_t i = 1; i < m_path.size(); ++i)
            painter->drawLine(m_pos[size_t(m_path[i - 1])], m_pos[size_t(m_path[i])]);
    }

    QPen ring(palette.color(QPalette::Text), 2.0);
    ring.setCosmetic(true);
    painter->setPen(ring);
    auto emphasise = [&](int node) {
        if (node < 0 || node >= nodeCount())
            return;
        painter->setBrush(colourOf(node, palette));
        const double r = std::max(double(m_radius[size_t(node)]), 6.0 / std::max(lod, 0.01));
        painter->drawEllipse(m_pos[size_t(node)], r, r);
    };
    for (const int node : m_path)
        emphasise(node);
    emphasise(m_focus);
    painter->setPen(QPen(outline, 0));
    emphasise(0);
}

QImage NetworkCanvas::sprite(const QColor &colour, int diameter, const QPalette &palette) const
{
    const QColor outline = palette.color(QPalette::Base);
    if (outline.rgba() != m_spriteOutline) {
        m_sprites.clear();
        m_spriteOutline = outline.rgba();
    }
    const quint64 key = (quint64(colour.rgba()) << 16) | quint64(diameter);
    auto found = m_sprites.find(key);
    if (found != m_sprites.end())
        return *found;
    // An image, not a pixmap: frames are painted on a pool thread (FrameRenderer).
    QImage pixmap(diameter + 2, diameter + 2, QImage::Format_ARGB32_Premultiplied);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(diameter >= 6 ? QPen(outline, 1.0) : Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, diameter, diameter));
    p.end();
    m_sprites.insert(key, pixmap);
    return pixmap;
}

void NetworkCanvas::drawLabels(QPainter *painter, const QRectF &rect, double lod, double detail, double area, const QPalette &palette) const
{
    const NetworkGraph &g = m_snapshot->graph;
    const QTransform toDevice = painter->worldTransform();
    painter->save();
    painter->resetTransform();
    const QFont font = painter->font();
    QFont bold = font;
    bold.setBold(true);
    const QColor text = palette.color(QPalette::Text);
    QColor halo = palette.color(QPalette::Base);
    halo.setAlpha(170); // names stay readable over the ties behind them
    // Names never overlap: each takes the first free place beside its person (right, left, below,
    // above) that no earlier (more important) name holds; a forced one takes the right side anyway.
    QList<QRectF> placed;
    auto free = [&](const QRectF &box) {
        for (const QRectF &other : std::as_const(placed))
            if (other.intersects(box))
                return false;
        return true;
    };
    auto draw = [&](const QRectF &box, const QString &name, bool strong) {
        placed << box.adjusted(-3, -1, 3, 1);
        const QPointF at(box.left(), box.top() + QFontMetricsF(painter->font()).ascent());
        painter->fillRect(box.adjusted(-1, 0, 1, 0), halo);
        painter->setPen(strong ? text : mutedTextColor(palette));
        painter->drawText(at, name);
    };
    // A name's width, measured once per font: shaping it anew every frame cost a tenth of it.
    QHash<QString, double> *widths = nullptr;
    QFont widthsFont;
    auto widthOf = [&](const QFontMetricsF &metrics, const QString &name) {
        if (!widths || painter->font() != widthsFont) {
            widthsFont = painter->font();
            widths = &m_widths[widthsFont.key()];
        }
        auto found = widths->constFind(name);
        if (found == widths->constEnd())
            found = widths->insert(name, metrics.horizontalAdvance(name));
        return *found;
    };
    auto labelAt = [&](QPointF device, const QString &name, bool strong) {
        const QFontMetricsF metrics(painter->font());
        QRectF box(0, 0, widthOf(metrics, name), metrics.height());
        box.moveCenter(device);
        if (free(box))
            draw(box, name, strong);
    };
    auto label = [&](int node, const QString &name, bool strong, bool force) {
        const QFontMetricsF metrics(painter->font());
        const QPointF centre = toDevice.map(m_pos[size_t(node)]);
        const double r = m_radius[size_t(node)] * lod + 3;
        const double w = widthOf(metrics, name), h = metrics.height();
        const QRectF options[] = {QRectF(centre.x() + r, centre.y() - h / 2, w, h), QRectF(centre.x() - r - w, centre.y() - h / 2, w, h),
                                  QRectF(centre.x() - w / 2, centre.y() + r, w, h), QRectF(centre.x() - w / 2, centre.y() - r - h, w, h)};
        for (const QRectF &box : options)
            if (free(box)) {
                draw(box, name, strong);
                return;
            }
        if (force)
            draw(options[0], name, strong);
    };

    painter->setFont(bold);
    label(0, tr("You"), true, true);
    painter->setFont(font);
    for (const int node : m_path)
        if (node > 0)
            label(node, g.person(node - 1).name, true, true);
    if (m_focus > 0)
        label(m_focus, g.person(m_focus - 1).name, true, true);

    // Companies as clusters: their names at their people's centre, when people are too small to name.
    if (detail < 0.45) {
        painter->setFont(bold);
        for (const CompanyId company : m_bigCompanies) {
            QPointF sum;
            int count = 0;
            for (const int i : g.peopleAt(company))
                if (m_shown[size_t(i) + 1]) {
                    sum += m_pos[size_t(i) + 1];
                    ++count;
                }
            if (count >= 3 && rect.contains(sum / count))
                labelAt(toDevice.map(sum / count), g.companyName(company), false);
        }
        painter->setFont(font);
    }

    // The best-linked people first; fewer the further out the view.
    const size_t budget = size_t(std::lround((detail < 0.15 ? 0 : detail < 0.45 ? 25 : detail < 0.9 ? 120 : kLabelBudget) * area));
    size_t tried = 0;
    for (const int node : m_byDegree) {
        if (tried >= budget)
            break;
        if (!m_shown[size_t(node)] || !rect.contains(m_pos[size_t(node)]))
            continue;
        ++tried;
        label(node, g.person(node - 1).name, false, false);
    }
    painter->restore();
}

} // namespace foothold

#include "ui/network/NetworkCanvas.h"

#include "ui/widgets/Palette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPixmap>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace foothold {
namespace {

// Companies take categoryColor 1..6 (0, blue, is too near the selection colour); 7 (grey) is
// every other company.
constexpr int kCompanyColours = 6;
constexpr int kOtherCompanies = 7;

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

int strengthColourIndex(TieLevel level)
{
    switch (level) {
    case TieLevel::Strong: return 2;
    case TieLevel::Medium: return 1;
    case TieLevel::Weak: return 4;
    case TieLevel::None: break;
    }
    return 7;
}

} // namespace

NetworkCanvas::NetworkCanvas(std::shared_ptr<const NetworkSnapshot> snapshot) : m_snapshot(std::move(snapshot))
{
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    const NetworkGraph &g = m_snapshot->graph;
    const int n = g.personCount() + 1;
    m_pos.assign(size_t(n), QPointF());
    m_radius.assign(size_t(n), 5.0f);
    m_shown.assign(size_t(n), 1);

    m_edgeOrder.resize(g.ties().size());
    for (size_t i = 0; i < m_edgeOrder.size(); ++i)
        m_edgeOrder[i] = int(i);
    std::stable_sort(m_edgeOrder.begin(), m_edgeOrder.end(),
                     [&](int a, int b) { return g.ties()[size_t(a)].strength > g.ties()[size_t(b)].strength; });
    m_byDegree.resize(size_t(g.personCount()));
    for (int i = 0; i < g.personCount(); ++i)
        m_byDegree[size_t(i)] = i + 1;
    std::stable_sort(m_byDegree.begin(), m_byDegree.end(), [&](int a, int b) { return g.degree(a - 1) > g.degree(b - 1); });

    // The largest companies get their own colour and their name on the zoomed-out canvas.
    QList<QPair<int, qint64>> sizes;
    for (const NetworkCompany &c : g.companies())
        if (const auto people = g.peopleAt(c.id).size(); people >= 3)
            sizes.append({int(people), c.id.value});
    std::stable_sort(sizes.begin(), sizes.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; i < sizes.size() && i < 16; ++i) {
        if (i < kCompanyColours)
            m_companyColour.insert(sizes.at(i).second, int(i) + 1);
        m_bigCompanies << CompanyId{sizes.at(i).second};
    }
    setPositions(m_snapshot->positions);
}

int NetworkCanvas::nodeOf(ContactId id) const
{
    const int index = m_snapshot->graph.indexOf(id);
    return index < 0 ? -1 : index + 1;
}

ContactId NetworkCanvas::contactOf(int node) const
{
    return node <= 0 ? ContactId{} : m_snapshot->graph.person(node - 1).id;
}

void NetworkCanvas::setPositions(const QHash<qint64, NodePosition> &positions)
{
    const NetworkGraph &g = m_snapshot->graph;
    const double spread = std::sqrt(double(g.personCount())) / 2.0;
    const double golden = std::numbers::pi * (3.0 - std::sqrt(5.0));
    for (int i = 0; i < g.personCount(); ++i) {
        const auto found = positions.constFind(g.person(i).id.value);
        if (found != positions.constEnd()) {
            m_pos[size_t(i) + 1] = found->at * kScale;
            continue;
        }
        // Not laid out yet: on the layout's own starting spiral, nearer the stronger my tie.
        const double radius = spread * (1.0 - 0.75 * g.person(i).tie.value) * std::sqrt((i + 1.0) / (g.personCount() + 1.0)) + 1.0;
        m_pos[size_t(i) + 1] = QPointF(std::cos(i * golden), std::sin(i * golden)) * radius * kScale;
    }
    m_pos[0] = QPointF();
    // People's size follows how closely the layout packs them: a fifth of the typical spacing
    // (at most 5 units), larger the more links they have, so that zooming in always separates them.
    const QRectF core = coreRect();
    const double spacing = std::sqrt(core.width() * core.height() / double(m_pos.size()));
    m_r0 = std::clamp(0.3 * spacing, 0.01, 5.0);
    m_cell = 16.0 * m_r0;
    m_radius[0] = float(2.8 * m_r0);
    for (int i = 0; i < g.personCount(); ++i)
        m_radius[size_t(i) + 1] = float(m_r0 * std::min(3.2, 0.8 + 0.4 * std::sqrt(double(g.degree(i)))));
    rebuildIndex();
    updateBounds();
    update();
}

qint64 NetworkCanvas::cellKey(QPointF p) const
{
    const qint64 x = qint64(std::floor(p.x() / m_cell));
    const qint64 y = qint64(std::floor(p.y() / m_cell));
    return (x << 32) ^ (y & 0xffffffff);
}

void NetworkCanvas::rebuildIndex()
{
    m_grid.clear();
    for (size_t i = 0; i < m_pos.size(); ++i)
        m_grid[cellKey(m_pos[i])].push_back(int(i));
}

void NetworkCanvas::updateBounds()
{
    QRectF bounds(-20, -20, 40, 40);
    double left = 0, right = 0, top = 0, bottom = 0;
    for (const QPointF &p : m_pos) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    // Room for the largest disc and a name beside it.
    bounds = bounds.united(QRectF(QPointF(left, top), QPointF(right, bottom))).adjusted(-40, -40, 40, 40);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
}

QRectF NetworkCanvas::boundingRect() const
{
    return m_bounds;
}

QRectF NetworkCanvas::coreRect() const
{
    std::vector<double> xs, ys;
    xs.reserve(m_pos.size());
    ys.reserve(m_pos.size());
    for (size_t i = 0; i < m_pos.size(); ++i)
        if (m_shown[i]) {
            xs.push_back(m_pos[i].x());
            ys.push_back(m_pos[i].y());
        }
    auto quantile = [](std::vector<double> &v, double q) {
        const size_t k = std::min(v.size() - 1, size_t(q * double(v.size() - 1)));
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(k), v.end());
        return v[k];
    };
    const double tail = xs.size() > 2000 ? 0.01 : 0.0; // a small network shows everyone
    const QRectF core(QPointF(quantile(xs, tail), quantile(ys, tail)), QPointF(quantile(xs, 1.0 - tail), quantile(ys, 1.0 - tail)));
    const QRectF withMe = core.united(QRectF(-20, -20, 40, 40));
    return withMe.adjusted(-withMe.width() * 0.05 - 30, -withMe.height() * 0.05 - 30, withMe.width() * 0.05 + 30,
                           withMe.height() * 0.05 + 30);
}

int NetworkCanvas::nodeAt(QPointF scenePos, double slack) const
{
    int best = -1;
    double bestDistance = 0;
    const QPointF cell(m_cell, m_cell);
    for (int dx = -1; dx <= 1; ++dx)
        for (int dy = -1; dy <= 1; ++dy) {
            const auto found = m_grid.constFind(cellKey(scenePos + QPointF(dx * m_cell, dy * m_cell)));
            if (found == m_grid.constEnd())
                continue;
            for (const int node : *found) {
                if (!m_shown[size_t(node)])
                    continue;
                const QPointF d = m_pos[size_t(node)] - scenePos;
                const double distance = std::hypot(d.x(), d.y());
                if (distance <= m_radius[size_t(node)] + slack && (best < 0 || distance < bestDistance)) {
                    best = node;
                    bestDistance = distance;
                }
            }
        }
    Q_UNUSED(cell);
    return best;
}

void NetworkCanvas::moveNode(int node, QPointF scenePos)
{
    if (node <= 0 || node >= nodeCount())
        return;
    auto &old = m_grid[cellKey(m_pos[size_t(node)])];
    old.erase(std::remove(old.begin(), old.end(), node), old.end());
    m_pos[size_t(node)] = scenePos;
    m_grid[cellKey(scenePos)].push_back(node);
    updateBounds();
    update();
}

void NetworkCanvas::setColourBy(ColourBy mode)
{
    m_colourBy = mode;
    update();
}

void NetworkCanvas::setFilter(double minStrength, int maxDegree, CompanyId company, int tag)
{
    const NetworkGraph &g = m_snapshot->graph;
    for (int i = 0; i < g.personCount(); ++i) {
        const auto &p = g.person(i);
        bool shown = true;
        if (maxDegree > 0) {
            const int d = m_snapshot->degreeOf[size_t(i)];
            shown = d > 0 && d <= maxDegree;
        }
        if (shown && minStrength > 0) {
            shown = p.connection && p.tie.value >= minStrength;
            for (auto *n = g.neighboursBegin(i); !shown && n != g.neighboursEnd(i); ++n)
                shown = g.ties()[size_t(n->tie)].strength >= minStrength;
        }
        if (shown && company.isValid())
            shown = p.company == company;
        if (shown && tag >= 0)
            shown = m_snapshot->details.tagsOf.value(p.id.value).contains(tag);
        m_shown[size_t(i) + 1] = shown ? 1 : 0;
    }
    m_shown[0] = 1;
    update();
}

int NetworkCanvas::shownCount() const
{
    return int(std::count(m_shown.begin() + 1, m_shown.end(), 1));
}

void NetworkCanvas::setPath(const QList<ContactId> &hops)
{
    m_path.clear();
    if (!hops.isEmpty()) {
        m_path.push_back(0);
        for (const ContactId id : hops)
            if (const int node = nodeOf(id); node > 0)
                m_path.push_back(node);
    }
    update();
}

void NetworkCanvas::setFocus(int node)
{
    m_focus = node;
    update();
}

QColor NetworkCanvas::colourOf(int node, const QPalette &palette) const
{
    if (node == 0)
        return palette.color(QPalette::Text); // me: apart from every category colour, in both themes
    const auto &p = m_snapshot->graph.person(node - 1);
    switch (m_colourBy) {
    case ColourBy::Company:
        return categoryColor(m_companyColour.value(p.company.value, kOtherCompanies), palette);
    case ColourBy::Strength:
        return categoryColor(strengthColourIndex(p.tie.level), palette);
    case ColourBy::Channel:
        return categoryColor(int(m_snapshot->details.channelOf.value(p.id.value, Channel::Other)), palette);
    }
    return mutedTextColor(palette);
}

const std::vector<QRgb> &NetworkCanvas::colours(const QPalette &palette) const
{
    const QRgb text = palette.color(QPalette::Text).rgba();
    const QRgb base = palette.color(QPalette::Base).rgba();
    if (m_colours.size() != size_t(nodeCount()) || m_coloursText != text || m_coloursBase != base || m_coloursBy != m_colourBy) {
        m_colours.resize(size_t(nodeCount()));
        for (int node = 0; node < nodeCount(); ++node)
            m_colours[size_t(node)] = colourOf(node, palette).rgba();
        m_coloursText = text;
        m_coloursBase = base;
        m_coloursBy = m_colourBy;
    }
    return m_colours;
}

QList<QPair<QString, QColor>> NetworkCanvas::legend(const QPalette &palette) const
{
    QList<QPair<QString, QColor>> out;
    out.append({tr("You"), palette.color(QPalette::Text)});
    switch (m_colourBy) {
    case ColourBy::Company:
        for (auto it = m_companyColour.constBegin(); it != m_companyColour.constEnd(); ++it)
            out.append({m_snapshot->graph.companyName(CompanyId{it.key()}), categoryColor(it.value(), palette)});
        std::sort(out.begin() + 1, out.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
        out.append({tr("Other companies"), categoryColor(kOtherCompanies, palette)});
        break;
    case ColourBy::Strength:
        for (const TieLevel level : {TieLevel::Strong, TieLevel::Medium, TieLevel::Weak, TieLevel::None})
            out.append({tieLevelName(level), categoryColor(strengthColourIndex(level), palette)});
        break;
    case ColourBy::Channel:
        for (int c = 0; c <= int(Channel::Other); ++c)
            out.append({label(Channel(c)), categoryColor(c, palette)});
        break;
    }
    return out;
}

void NetworkCanvas::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : m_palette;
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    // How much detail to draw goes by how large people are on screen (1 at 5 pixels' radius),
    // not by the zoom alone: layouts of large networks pack people closer.
    const double detail = lod * m_r0 / 5.0;
    const QRectF rect = option->exposedRect.adjusted(-4 * m_r0, -4 * m_r0, 4 * m_r0, 4 * m_r0);
    drawEdges(painter, rect, lod, detail, palette);
    drawNodes(painter, rect, lod, palette);
    drawLabels(painter, rect, lod, detail, palette);
}

void NetworkCanvas::drawEdges(QPainter *painter, const QRectF &rect, double lod, double detail, const QPalette &palette) const
{
    const NetworkGraph &g = m_snapshot->graph;
    const bool close = detail >= 0.5;
    // Four strengths × entered/inferred, each drawn in one call.
    std::array<QList<QLineF>, 8> buckets;
    // What a frame costs is the ink: pixels of line times pen width, antialiased lines several
    // times dearer. Ties are drawn until the frame's ink budget is spent: first those that
    // touch someone in view, strongest first, then those only passing through. Far out, every
    // tie is a hair anyway; close up, the long ones crossing the view would drown the near ones.
    const double budget = close ? 200000.0 : 450000.0;
    double ink = 0.0;
    const QRectF inner = rect.adjusted(4 * m_r0, 4 * m_r0, -4 * m_r0, -4 * m_r0);
    int drawn = 0;
    for (int pass = 0; pass < 2 && ink < budget; ++pass)
        for (const int t : m_edgeOrder) {
            if (ink >= budget || drawn >= kEdgeBudget)
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
    // Small people are square dots, one drawPoints call per colour without antialiasing; larger
    // ones are antialiased discs drawn once per colour and size into a sprite and then copied
    // (thousands of drawEllipse calls, or round-capped points, cost ten times more).
    QHash<QRgb, QList<QPointF>> dots;
    QList<QPair<QPointF, QPixmap>> discs; // pixmaps by value: the cache may rehash meanwhile
    const QTransform toDevice = painter->worldTransform();
    int dotSize = 2;
    const std::vector<QRgb> &colour = colours(palette);
    for (const int node : inView) {
        const int diameter = std::max(2, int(std::lround(2.0 * m_radius[size_t(node)] * lod)));
        if (diameter <= 3) {
            dots[colour[size_t(node)]].append(m_pos[size_t(node)]);
            dotSize = std::max(dotSize, diameter);
        } else {
            discs.append({toDevice.map(m_pos[size_t(node)]), sprite(QColor::fromRgba(colour[size_t(node)]), std::min(diameter, 64), palette)});
        }
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (auto it = dots.constBegin(); it != dots.constEnd(); ++it) {
        QPen pen(QColor::fromRgba(it.key()), dotSize, Qt::SolidLine, Qt::SquareCap);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawPoints(it.value().constData(), int(it.value().size()));
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (!discs.isEmpty()) {
        painter->save();
        painter->resetTransform();
        for (const auto &[at, pixmap] : std::as_const(discs))
            painter->drawPixmap(QPointF(at.x() - pixmap.width() / 2.0, at.y() - pixmap.height() / 2.0), pixmap);
        painter->restore();
    }
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

QPixmap NetworkCanvas::sprite(const QColor &colour, int diameter, const QPalette &palette) const
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
    QPixmap pixmap(diameter + 2, diameter + 2);
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

void NetworkCanvas::drawLabels(QPainter *painter, const QRectF &rect, double lod, double detail, const QPalette &palette) const
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
    auto labelAt = [&](QPointF device, const QString &name, bool strong) {
        const QFontMetricsF metrics(painter->font());
        QRectF box(0, 0, metrics.horizontalAdvance(name), metrics.height());
        box.moveCenter(device);
        if (free(box))
            draw(box, name, strong);
    };
    auto label = [&](int node, const QString &name, bool strong, bool force) {
        const QFontMetricsF metrics(painter->font());
        const QPointF centre = toDevice.map(m_pos[size_t(node)]);
        const double r = m_radius[size_t(node)] * lod + 3;
        const double w = metrics.horizontalAdvance(name), h = metrics.height();
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
    const size_t budget = detail < 0.15 ? 0 : detail < 0.45 ? 25 : detail < 0.9 ? 120 : size_t(kLabelBudget);
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

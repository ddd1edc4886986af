#include "ui/network/NetworkCanvas.h"

#include "ui/widgets/Palette.h"

#include <QCoreApplication>

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
    m_frames.settle(); // a frame painted ahead reads what changes here
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
    changed();
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
    m_frames.settle(); // a frame painted ahead reads what changes here
    if (node <= 0 || node >= nodeCount())
        return;
    auto &old = m_grid[cellKey(m_pos[size_t(node)])];
    old.erase(std::remove(old.begin(), old.end(), node), old.end());
    m_pos[size_t(node)] = scenePos;
    m_grid[cellKey(scenePos)].push_back(node);
    updateBounds();
    changed();
}

void NetworkCanvas::setColourBy(ColourBy mode)
{
    m_frames.settle(); // a frame painted ahead reads what changes here
    m_colourBy = mode;
    changed();
}

void NetworkCanvas::setFilter(double minStrength, int maxDegree, CompanyId company, int tag)
{
    m_frames.settle(); // a frame painted ahead reads what changes here
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
    changed();
}

int NetworkCanvas::shownCount() const
{
    return int(std::count(m_shown.begin() + 1, m_shown.end(), 1));
}

void NetworkCanvas::setPath(const QList<ContactId> &hops)
{
    m_frames.settle(); // a frame painted ahead reads what changes here
    m_path.clear();
    if (!hops.isEmpty()) {
        m_path.push_back(0);
        for (const ContactId id : hops)
            if (const int node = nodeOf(id); node > 0)
                m_path.push_back(node);
    }
    changed();
}

void NetworkCanvas::setFocus(int node)
{
    m_frames.settle(); // a frame painted ahead reads what changes here
    m_focus = node;
    changed();
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

} // namespace foothold

#pragma once

#include "ui/network/FrameRenderer.h"
#include "ui/network/NetworkSnapshot.h"

#include <QGraphicsItem>
#include <QHash>
#include <QPalette>
#include <QImage>

#include <memory>
#include <vector>

namespace foothold {

// The whole network drawn as ONE graphics item: a QGraphicsItem per person and per tie would be
// 180,000 items for 30,000 people and 150,000 links, too slow to index and to paint. This item
// keeps flat arrays and draws by level of detail:
//  - ties cut to the exposed rect, those touching someone in view first, strongest first, until
//    the frame's ink budget (pixels × pen width) is spent;
//    inferred ties dashed once the view is close enough to read the dashes;
//  - small people as square dots batched by colour, larger ones as cached antialiased sprites;
//  - names only when few people are in view, or for the best-linked people, me, the chosen path
//    and the focused person; company names at the centres of the largest companies when zoomed out.
// Node 0 is me (at the origin); node i + 1 is graph.person(i). Scene units are layout units
// times kScale.
class NetworkCanvas final : public QGraphicsItem {
public:
    enum class ColourBy { Company, Strength, Channel };
    static constexpr double kScale = 40.0;
    static constexpr int kEdgeBudget = 25000;
    static constexpr int kLabelBudget = 250;

    explicit NetworkCanvas(std::shared_ptr<const NetworkSnapshot> snapshot);

    [[nodiscard]] QRectF boundingRect() const override;
    // Where almost everyone is: the 1st to 99th percentile of positions on each axis (all of them
    // under 2,000 people), and me. A
    // few people flung far out by the layout would otherwise shrink the whole graph to a dot.
    [[nodiscard]] QRectF coreRect() const;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    [[nodiscard]] const NetworkSnapshot &snapshot() const { return *m_snapshot; }
    // A person's base radius in scene units (it follows the layout's spacing).
    [[nodiscard]] double baseRadius() const { return m_r0; }
    [[nodiscard]] int nodeCount() const { return int(m_pos.size()); }
    [[nodiscard]] QPointF nodePos(int node) const { return m_pos[size_t(node)]; }
    // The person's node, or -1.
    [[nodiscard]] int nodeOf(ContactId id) const;
    [[nodiscard]] ContactId contactOf(int node) const;
    // The visible node under `scenePos` (within its radius plus `slack`), or -1.
    [[nodiscard]] int nodeAt(QPointF scenePos, double slack = 2.0) const;
    void moveNode(int node, QPointF scenePos);

    // Layout positions (layout units) by contact id: people without one start on a spiral.
    void setPositions(const QHash<qint64, NodePosition> &positions);
    void setColourBy(ColourBy mode);
    // The palette used when painting without a widget (export to PNG or SVG).
    void setPalette(const QPalette &palette)
    {
        m_frames.settle();
        m_palette = palette;
        changed();
    }
    [[nodiscard]] ColourBy colourBy() const { return m_colourBy; }
    // People shown: at least `minStrength` tie to me (connections) or linked with one that strong,
    // within `maxDegree` of me (0: any), at `company` when valid, and tagged with
    // snapshot().details.tags[tag] when tag >= 0.
    void setFilter(double minStrength, int maxDegree, CompanyId company, int tag = -1);
    [[nodiscard]] bool isShown(int node) const { return m_shown[size_t(node)] != 0; }
    [[nodiscard]] int shownCount() const;
    // A chosen warm path: me → hops. Empty clears it.
    void setPath(const QList<ContactId> &hops);
    [[nodiscard]] const std::vector<int> &pathNodes() const { return m_path; }
    void setFocus(int node);
    [[nodiscard]] int focusNode() const { return m_focus; }

    // Colour legend for the current mode: (name, colour) pairs.
    [[nodiscard]] QList<QPair<QString, QColor>> legend(const QPalette &palette) const;
    [[nodiscard]] QColor colourOf(int node, const QPalette &palette) const;

    // On screen, frames are painted on a pool thread (FrameRenderer); false paints them on the
    // GUI thread (tests compare the two; the picture is the same).
    void setPaintOffThread(bool on)
    {
        m_frames.settle();
        m_offThread = on;
        changed();
    }
    [[nodiscard]] const FrameRenderer &frames() const { return m_frames; }
    // The next frame is painted in full rather than copied from the kept one (the benchmark's
    // frames at a fixed zoom measure painting, as after a zoom step).
    void forgetFrame() { m_frames.clear(); }

private:
    // The frame itself, through whichever painter (the view's, an image's on a pool thread, an
    // export's): `exposed` in scene coordinates.
    // `area`: how many times the view's area `exposed` is (FrameRenderer paints ahead of a pan);
    // the budgets for ties and names grow with it.
    void paintScene(QPainter *painter, const QRectF &exposed, const QPalette &palette, double area = 1.0) const;
    void rebuildIndex();
    // An antialiased disc of `colour` and `diameter` pixels, outlined in the base colour; cached.
    [[nodiscard]] QImage sprite(const QColor &colour, int diameter, const QPalette &palette) const;
    void updateBounds();
    [[nodiscard]] qint64 cellKey(QPointF p) const;
    void drawEdges(QPainter *painter, const QRectF &rect, double lod, double detail, double area, const QPalette &palette) const;
    void drawNodes(QPainter *painter, const QRectF &rect, double lod, const QPalette &palette) const;
    void drawLabels(QPainter *painter, const QRectF &rect, double lod, double detail, double area, const QPalette &palette) const;

    std::shared_ptr<const NetworkSnapshot> m_snapshot;
    std::vector<QPointF> m_pos;           // scene positions per node
    std::vector<float> m_radius;          // scene radius per node
    std::vector<char> m_shown;
    std::vector<int> m_edgeOrder;         // tie indices, strongest first
    std::vector<int> m_byDegree;          // nodes, best linked first (label priority)
    QHash<qint64, int> m_companyColour;   // company id -> colour index for the largest companies
    QList<CompanyId> m_bigCompanies;      // companies named on the canvas when zoomed out
    QHash<qint64, std::vector<int>> m_grid; // cell -> nodes, for hit tests and visible nodes
    std::vector<int> m_path;
    int m_focus = -1;
    ColourBy m_colourBy = ColourBy::Company;
    QRectF m_bounds;
    double m_r0 = 5.0;      // a person's base radius (scene units), from the layout's spacing
    double m_cell = 80.0;   // grid cell size (scene units)
    QPalette m_palette;
    mutable QHash<quint64, QImage> m_sprites;
    mutable QRgb m_spriteOutline = 0;
    // Every node's colour for the current mode and palette, made once: far out a frame shows all
    // 30,000 people, and working a colour out per person per frame cost a sixth of the frame.
    mutable std::vector<QRgb> m_colours;
    mutable QRgb m_coloursText = 0;
    mutable QRgb m_coloursBase = 0;
    mutable ColourBy m_coloursBy = ColourBy::Company;
    [[nodiscard]] const std::vector<QRgb> &colours(const QPalette &palette) const;
    // Names' widths by font key, then name (drawLabels).
    mutable QHash<QString, QHash<QString, double>> m_widths;
    FrameRenderer m_frames;
    bool m_offThread = true;
    // Bumped by every change to what is drawn: the kept frame (FrameRenderer) is then stale.
    quint64 m_version = 0;
    void changed() { ++m_version; update(); }
};

} // namespace foothold

#pragma once

#include "core/domain/Ids.h"

#include <QGraphicsView>

#include <vector>

namespace foothold {

class NetworkCanvas;

// Shows a NetworkCanvas: wheel or +/- to zoom, drag the background or the arrow keys to pan,
// 0 to fit (almost) everyone, Home to centre on me. Dragging a person moves them (nodeMoved, when let
// go); a click without a drag opens them (nodeActivated); hovering shows who they are.
class NetworkView final : public QGraphicsView {
    Q_OBJECT
public:
    explicit NetworkView(QWidget *parent = nullptr);

    // Takes the canvas (nullptr: nothing to show).
    void setCanvas(NetworkCanvas *canvas);
    [[nodiscard]] NetworkCanvas *canvas() const { return m_canvas; }
    void zoomBy(double factor);
    void fitAll();
    void centreOnNode(int node);
    // Brings these nodes into view (zooming out only when they do not fit).
    void showNodes(const std::vector<int> &nodes);
    [[nodiscard]] double zoom() const;

signals:
    // A person dragged to `layoutPos` (layout units) and let go there.
    void nodeMoved(foothold::ContactId id, QPointF layoutPos);
    void nodeActivated(foothold::ContactId id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    [[nodiscard]] QString describe(int node) const;

    NetworkCanvas *m_canvas = nullptr;
    int m_dragged = -1;
    QPoint m_pressAt;
    bool m_moved = false;
};

} // namespace foothold

#include "ui/network/NetworkView.h"

#include "ui/network/NetworkCanvas.h"

#include <QGraphicsScene>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace foothold {

NetworkView::NetworkView(QWidget *parent) : QGraphicsView(parent)
{
    auto *scene = new QGraphicsScene(this);
    // One item: an index would only cost time.
    scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    setScene(scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    // Panning is by dragging and the arrow keys; scroll bars over a graph only take room.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    setAccessibleName(tr("Network graph"));
    setToolTip(QString());
}

void NetworkView::setCanvas(NetworkCanvas *canvas)
{
    scene()->clear();
    m_canvas = canvas;
    m_dragged = -1;
    if (canvas)
        scene()->addItem(canvas);
}

double NetworkView::zoom() const
{
    return transform().m11();
}

void NetworkView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    const double unit = m_canvas ? m_canvas->baseRadius() : 5.0; // people 0.1 to 100 pixels wide
    if (factor < 1 && next * unit < 0.02)
        return;
    if (factor > 1 && next * unit > 100)
        return;
    scale(factor, factor);
}

void NetworkView::fitAll()
{
    if (!m_canvas)
        return;
    const QRectF bounds = m_canvas->boundingRect();
    scene()->setSceneRect(bounds.adjusted(-bounds.width(), -bounds.height(), bounds.width(), bounds.height()));
    fitInView(m_canvas->coreRect(), Qt::KeepAspectRatio);
}

void NetworkView::centreOnNode(int node)
{
    if (!m_canvas || node < 0 || node >= m_canvas->nodeCount())
        return;
    // Close enough to read: people about 5 pixels across or more.
    const double readable = 5.0 / m_canvas->baseRadius();
    if (zoom() < readable)
        setTransform(QTransform::fromScale(readable, readable));
    centerOn(m_canvas->nodePos(node));
}

void NetworkView::showNodes(const std::vector<int> &nodes)
{
    if (!m_canvas || nodes.empty())
        return;
    QRectF wanted;
    for (const int node : nodes)
        if (node >= 0 && node < m_canvas->nodeCount())
            wanted = wanted.united(QRectF(m_canvas->nodePos(node), QSizeF(1e-6, 1e-6)));
    const double margin = 20.0 / std::max(zoom(), 1e-6);
    wanted.adjust(-margin, -margin, margin, margin);
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (visible.contains(wanted))
        return;
    if (wanted.width() <= visible.width() && wanted.height() <= visible.height())
        centerOn(wanted.center());
    else
        fitInView(wanted, Qt::KeepAspectRatio);
}

void NetworkView::keyPressEvent(QKeyEvent *event)
{
    const int step = 60;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Home:
        centreOnNode(0);
        return;
    case Qt::Key_Left:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step);
        return;
    case Qt::Key_Right:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + step);
        return;
    case Qt::Key_Up:
        verticalScrollBar()->setValue(verticalScrollBar()->value() - step);
        return;
    case Qt::Key_Down:
        verticalScrollBar()->setValue(verticalScrollBar()->value() + step);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.2, steps));
    event->accept();
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    m_dragged = -1;
    m_moved = false;
    if (m_canvas && event->button() == Qt::LeftButton) {
        const int node = m_canvas->nodeAt(mapToScene(event->position().toPoint()), 3.0 / std::max(zoom(), 0.01));
        if (node > 0) {
            m_dragged = node;
            m_pressAt = event->position().toPoint();
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void NetworkView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragged > 0 && (event->buttons() & Qt::LeftButton)) {
        if ((event->position().toPoint() - m_pressAt).manhattanLength() >= 4)
            m_moved = true;
        if (m_moved)
            m_canvas->moveNode(m_dragged, mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void NetworkView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragged > 0 && event->button() == Qt::LeftButton) {
        const int node = m_dragged;
        m_dragged = -1;
        const ContactId id = m_canvas->contactOf(node);
        if (m_moved)
            emit nodeMoved(id, m_canvas->nodePos(node) / NetworkCanvas::kScale);
        else
            emit nodeActivated(id);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

bool NetworkView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_canvas) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int node = m_canvas->nodeAt(mapToScene(help->pos()), 3.0 / std::max(zoom(), 0.01));
        if (node >= 0)
            QToolTip::showText(help->globalPos(), describe(node), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

QString NetworkView::describe(int node) const
{
    if (node == 0)
        return tr("You");
    const NetworkSnapshot &s = m_canvas->snapshot();
    const auto &p = s.graph.person(node - 1);
    QString text = QStringLiteral("<b>%1</b>").arg(p.name.toHtmlEscaped());
    if (p.company.isValid())
        text += QStringLiteral("<br>%1").arg(s.graph.companyName(p.company).toHtmlEscaped());
    text += QStringLiteral("<br>%1").arg(p.connection ? p.tie.explanation.toHtmlEscaped() : tr("known of, not met yet"));
    text += QStringLiteral("<br>") + tr("%n link(s)", nullptr, s.graph.degree(node - 1));
    return text;
}

} // namespace foothold

#pragma once

#include "ui/network/NetworkSnapshot.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QThread;
class QTimer;

namespace foothold {

class EmptyState;
class NetworkView;
class PathsPanel;
class ReachPanel;
struct UiContext;

// The Network page (docs/NETWORK.md): the graph of me, my contacts and their links, laid out by
// force (computed on a worker thread with progress and a Stop button, stored so it reopens at
// once); colour by company, tie strength or channel; filters by strength, degree and company;
// find a person and focus on them; drag a person to pin them (undoable); warm paths to a company
// highlighted on the graph; reach (1st/2nd/3rd degree, targets, brokers, by month).
//
// Everything heavy runs off the UI thread on its own Database opened on the same file: loading
// the network (again after any change to contacts, links, companies or conversations) and the
// layout, and only while the page is shown: a hidden page notes that it is stale and reads
// again when shown. The page waits for its workers when it is destroyed, after asking the layout to stop.
class NetworkPage final : public QWidget {
    Q_OBJECT
public:
    NetworkPage(UiContext &context, QWidget *parent = nullptr);
    ~NetworkPage() override;

    // Reads the network again (off the UI thread); loaded() follows.
    void reload();
    // Lays the network out again from the stored positions (pinned people stay).
    void startLayout();
    void cancelLayout();
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isLayingOut() const { return m_layingOut; }
    // Focuses the first person whose name contains `text`; false when nobody matches.
    bool focusPerson(const QString &text);
    // Writes the graph as PNG or SVG (by the file's suffix).
    bool exportTo(const QString &path);

    [[nodiscard]] NetworkView *view() const { return m_view; }
    [[nodiscard]] PathsPanel *paths() const { return m_paths; }
    [[nodiscard]] ReachPanel *reach() const { return m_reach; }
    [[nodiscard]] std::shared_ptr<const NetworkSnapshot> snapshot() const { return m_snapshot; }
    [[nodiscard]] QString statusText() const;

signals:
    void loaded();
    void layoutFinished(bool ok);

protected:
    // The network is read when the page is first shown, and again when shown after a change.
    void showEvent(QShowEvent *event) override;

private:
    struct LayoutState {
        std::atomic<int> done{0};
        std::atomic<int> total{0};
        std::atomic<bool> cancel{false};
    };

    QWidget *buildToolbar();
    void onLoaded(Result<NetworkSnapshot> result);
    void onLayoutDone(Result<QHash<qint64, NodePosition>> result);
    void onNodeMoved(ContactId id, QPointF layoutPos);
    void applyFilter();
    void applyColours();
    void fillCompanyFilter();
    void fillTagFilter();
    void exportDialog();
    void setStatus(const QString &text);

    UiContext &m_context;
    std::shared_ptr<const NetworkSnapshot> m_snapshot;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    NetworkView *m_view;
    PathsPanel *m_paths;
    ReachPanel *m_reach;
    QLineEdit *m_search;
    QComboBox *m_colourBy;
    QComboBox *m_strength;
    QComboBox *m_degree;
    QComboBox *m_company;
    QComboBox *m_tag;
    QPushButton *m_layoutButton;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QLabel *m_status;
    QLabel *m_legend;
    QTimer *m_reloadTimer;
    QTimer *m_progressTimer;
    QPointer<QThread> m_loader;
    QPointer<QThread> m_layout;
    std::shared_ptr<LayoutState> m_layoutState;
    bool m_loading = false;
    bool m_layingOut = false;
    bool m_reloadAgain = false;
    // Layouts finished and stored so far, and that count when the snapshot being read was asked
    // for: a snapshot read before a layout was stored has no places, but must not start another.
    int m_layoutsStored = 0;
    int m_layoutsStoredAtRead = 0;
    bool m_fitted = false;
    bool m_stale = true; // the records changed (or were never read) since the last load
};

} // namespace foothold

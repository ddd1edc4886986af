#pragma once

#include "core/services/NetworkService.h"
#include "ui/network/NetworkSnapshot.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace foothold {

struct UiContext;

// "Who could introduce me to someone at company X?": pick a company (targets first), see the
// best warm paths ranked by score with every hop's strength and reason, each person a link to
// their record. "Show" highlights a path on the graph; "Ask" creates the follow-up "ask Ana for
// an introduction to Ben" (undoable). No path: the nearest help instead. Until the user picks,
// it answers for the top target company reached only through someone.
class PathsPanel final : public QWidget {
    Q_OBJECT
public:
    PathsPanel(UiContext &context, QWidget *parent = nullptr);

    void setSnapshot(std::shared_ptr<const NetworkSnapshot> snapshot);
    // Finds the paths to `company` and shows them (the first one highlighted).
    void showPathsTo(CompanyId company);
    [[nodiscard]] const PathsAnswer &answer() const { return m_answer; }
    [[nodiscard]] QString resultText() const;
    // Creates the introduction follow-up for path `index`; false (and says why) when it could not.
    bool ask(int index);
    void choosePath(int index);

signals:
    // The hops of the chosen path (empty: none chosen).
    void pathChosen(const QList<foothold::ContactId> &hops);
    // The user asked to see a path ("Show on the graph"): the graph brings it into view.
    void pathShown(const QList<foothold::ContactId> &hops);

private:
    void fillCompanies();
    [[nodiscard]] CompanyId suggestedTarget() const;
    void find();
    void render();
    void onAnchor(const QUrl &url);

    UiContext &m_context;
    std::shared_ptr<const NetworkSnapshot> m_snapshot;
    QComboBox *m_company;
    QPushButton *m_find;
    QTextBrowser *m_results;
    QLabel *m_status;
    PathsAnswer m_answer;
    CompanyId m_target;
    int m_chosen = -1;
};

} // namespace foothold

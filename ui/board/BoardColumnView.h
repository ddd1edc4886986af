#pragma once

#include <QListView>

namespace foothold {

class StageColumnModel;

// The cards of one stage. Cards drag to other columns (a drop on this column moves them to its
// stage, through the model's dropMimeData); a drop from the column itself does nothing. While
// cards are dragged over it, the column is outlined; when it is empty it says so.
class BoardColumnView final : public QListView {
    Q_OBJECT
public:
    explicit BoardColumnView(StageColumnModel *model, QWidget *parent = nullptr);

    [[nodiscard]] StageColumnModel *columnModel() const { return m_model; }
    [[nodiscard]] QList<qint64> selectedIds() const;
    [[nodiscard]] qint64 currentId() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    bool accepts(const QDropEvent *event) const;
    void setDropHighlight(bool on);

    StageColumnModel *m_model;
    bool m_dropHighlight = false;
};

} // namespace foothold

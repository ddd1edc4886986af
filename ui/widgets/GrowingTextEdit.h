#pragma once

#include <QTextEdit>

namespace foothold {

// Plain text that wraps and grows with what it holds (from `minimumLines` up), so that a long
// question or answer reads in full inside a scrolling form instead of in a box of its own.
class GrowingTextEdit final : public QTextEdit {
    Q_OBJECT
public:
    explicit GrowingTextEdit(int minimumLines = 1, QWidget *parent = nullptr);

    [[nodiscard]] QString text() const { return toPlainText(); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    [[nodiscard]] int heightFor(int lines) const;

    int m_minimumLines;
};

} // namespace foothold

#pragma once

#include "ui/charts/ChartFrame.h"

#include <QList>
#include <QWidget>

namespace foothold {

// The line of legend entries under a chart ("● LinkedIn  ■ Event …"), wrapped to the width and
// centred, each entry kept whole. Painted with plain text metrics: a rich-text QLabel did the same
// through a QTextDocument, laid out again at every height-for-width question of the page's layout,
// which was a quarter of opening the Insights page (docs/PERFORMANCE.md, "Insights page").
class LegendView final : public QWidget {
    Q_OBJECT
public:
    explicit LegendView(QWidget *parent = nullptr);

    void setEntries(const QList<LegendEntry> &entries);
    [[nodiscard]] const QList<LegendEntry> &entries() const { return m_entries; }
    // The entries as one line of text ("LinkedIn, Event, …"), also the accessible description.
    [[nodiscard]] QString text() const;

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Placed {
        qsizetype entry;
        int x;
        int row;
    };
    // Where each entry goes at `width`: rows filled left to right, then each row centred.
    [[nodiscard]] QList<Placed> place(int width, int *rows) const;
    [[nodiscard]] int entryWidth(qsizetype i) const;
    void measure();

    QList<LegendEntry> m_entries;
    QList<int> m_markWidths;
    QList<int> m_nameWidths;
    int m_lineHeight = 0;
};

} // namespace foothold

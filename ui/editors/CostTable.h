#pragma once

#include "core/domain/Event.h"
#include "core/util/Result.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace foothold {

// The costs of attending an event as a small table: category, amount, currency, rate (home
// currency per unit). One row of inputs per cost, so Tab walks through them. The currency may be
// left empty for the home currency; a rate is required for any other. Amounts are typed as
// "450" or "450.50" (or with the locale's decimal comma) and kept in minor units.
class CostTable final : public QWidget {
    Q_OBJECT
public:
    explicit CostTable(QWidget *parent = nullptr);
    ~CostTable() override; // the rows' bookkeeping; their widgets are children

    // The currency totals are converted into; rows in it need no rate.
    void setHomeCurrency(const QString &currency);
    void setCosts(const QList<EventCost> &costs);
    // The costs as typed, or every problem found (each naming its row); rows in error are marked.
    [[nodiscard]] Result<QList<EventCost>> costs(QList<Error> &errors) const;
    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }
    // The inputs in the order Tab should visit them, row by row, then "Add cost".
    [[nodiscard]] QList<QWidget *> tabWidgets() const;

    // Parses an amount as people type it; errors name `field`.
    [[nodiscard]] static Result<qint64> parseAmount(const QString &text, const QString &field);

public slots:
    void addRow();

signals:
    void changed();

private:
    struct Row;
    void appendRow(const EventCost &cost);
    void removeRow(Row *row);
    void relayout();
    void updateTotal();
    void markRow(const Row &row, bool bad) const;

    QString m_home;
    QGridLayout *m_grid;
    QLabel *m_total;
    QPushButton *m_add;
    QList<Row *> m_rows;
    QList<QWidget *> m_headers;
};

} // namespace foothold

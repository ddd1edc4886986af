#include "ui/editors/CostTable.h"

#include "ui/models/EventsModel.h"
#include "ui/widgets/Palette.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace foothold {
namespace {

// A number typed the C way ("450.50") or the user's way ("450,50" in German).
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        value = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString rateText(double rate)
{
    return QString::number(rate, 'g', 10);
}

} // namespace

struct CostTable::Row {
    QComboBox *category = nullptr;
    QLineEdit *amount = nullptr;
    QLineEdit *currency = nullptr;
    QLineEdit *rate = nullptr;
    QToolButton *remove = nullptr;
    QString note; // kept as it was: notes come from imports and the command line
};

CostTable::CostTable(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout), m_total(new QLabel(this)), m_add(new QPushButton(tr("Add cost"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(4);
    m_grid->setVerticalSpacing(2);
    layout->addLayout(m_grid);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_add);
    bottom->addStretch();
    bottom->addWidget(m_total);
    layout->addLayout(bottom);
    m_add->setAutoDefault(false);
    m_add->setToolTip(tr("Add a ticket, travel, stay or other cost"));
    for (const QString &title : {tr("Category"), tr("Amount"), tr("Currency"), tr("Rate")}) {
        auto *header = new QLabel(title, this);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        m_headers << header;
    }
    m_headers.at(3)->setToolTip(tr("Home-currency units per unit of the cost's currency"));
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(3, 1);
    connect(m_add, &QPushButton::clicked, this, &CostTable::addRow);
    relayout();
}

void CostTable::setHomeCurrency(const QString &currency)
{
    m_home = currency;
    for (Row *row : std::as_const(m_rows))
        row->currency->setPlaceholderText(m_home);
    updateTotal();
}

void CostTable::setCosts(const QList<EventCost> &costs)
{
    for (Row *row : std::as_const(m_rows)) {
        for (QWidget *w : std::initializer_list<QWidget *>{row->category, row->amount, row->currency, row->rate, row->remove})
            w->deleteLater();
        delete row;
    }
    m_rows.clear();
    for (const EventCost &cost : costs)
        appendRow(cost);
    relayout();
    updateTotal();
}

CostTable::~CostTable()
{
    qDeleteAll(m_rows);
}

void CostTable::addRow()
{
    EventCost cost;
    cost.currency = m_home;
    cost.category = m_rows.isEmpty() ? CostCategory::Ticket : CostCategory::Travel;
    appendRow(cost);
    relayout();
    m_rows.constLast()->amount->clear();
    m_rows.constLast()->amount->setFocus();
    updateTotal();
    emit changed();
}

void CostTable::appendRow(const EventCost &cost)
{
    auto *row = new Row;
    row->note = cost.note;
    row->category = new QComboBox(this);
    for (const auto category : allValues<CostCategory>())
        row->category->addItem(label(category), int(category));
    row->category->setCurrentIndex(qMax(0, row->category->findData(int(cost.category))));
    QLocale plain; // no group separators in an input: "1234.50" reads back without doubt
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    row->amount = new QLineEdit(plain.toString(double(cost.amountMinor) / 100.0, 'f', 2), this);
    row->amount->setAlignment(Qt::AlignRight);
    row->amount->setPlaceholderText(tr("0.00"));
    row->amount->setAccessibleName(tr("Amount"));
    // Always written out: a cost keeps its currency when the home currency changes later.
    row->currency = new QLineEdit(cost.currency, this);
    row->currency->setPlaceholderText(m_home);
    row->currency->setMaxLength(3);
    row->currency->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), row->currency));
    row->currency->setToolTip(tr("ISO code such as EUR or USD; empty for your home currency"));
    row->currency->setAccessibleName(tr("Currency"));
    row->currency->setMaximumWidth(row->currency->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 16);
    const bool home = cost.currency.isEmpty() || cost.currency == m_home;
    row->rate = new QLineEdit(home && cost.rate == 1.0 ? QString() : rateText(cost.rate), this);
    row->rate->setPlaceholderText(tr("1"));
    row->rate->setToolTip(tr("How many %1 one unit of this currency is worth").arg(m_home));
    row->rate->setAccessibleName(tr("Rate"));
    row->remove = new QToolButton(this);
    row->remove->setText(QStringLiteral("✕"));
    row->remove->setToolTip(tr("Remove this cost"));
    row->remove->setAccessibleName(tr("Remove this cost"));
    if (!row->note.isEmpty())
        row->amount->setToolTip(row->note);
    row->category->setObjectName(QStringLiteral("costCategory"));
    row->amount->setObjectName(QStringLiteral("costAmount"));
    row->currency->setObjectName(QStringLiteral("costCurrency"));
    row->rate->setObjectName(QStringLiteral("costRate"));
    m_rows << row;

    auto edited = [this] {
        updateTotal();
        emit changed();
    };
    connect(row->category, &QComboBox::currentIndexChanged, this, edited);
    connect(row->amount, &QLineEdit::textEdited, this, edited);
    connect(row->rate, &QLineEdit::textEdited, this, edited);
    connect(row->currency, &QLineEdit::textEdited, this, [this, row, edited](const QString &text) {
        if (text != text.toUpper()) {
            const int at = row->currency->cursorPosition();
            row->currency->setText(text.toUpper());
            row->currency->setCursorPosition(at);
        }
        edited();
    });
    connect(row->remove, &QToolButton::clicked, this, [this, row] { removeRow(row); });
}

void CostTable::removeRow(Row *row)
{
    const qsizetype at = m_rows.indexOf(row);
    if (at < 0)
        return;
    m_rows.removeAt(at);
    for (QWidget *w : std::initializer_list<QWidget *>{row->category, row->amount, row->currency, row->rate, row->remove})
        w->deleteLater();
    delete row;
    relayout();
    updateTotal();
    // Focus stays in the table: on the next row's remove button, or on "Add cost".
    if (!m_rows.isEmpty())
        m_rows.at(qMin(at, m_rows.size() - 1))->remove->setFocus();
    else
        m_add->setFocus();
    emit changed();
}

void CostTable::relayout()
{
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    for (int column = 0; column < m_headers.size(); ++column) {
        m_grid->addWidget(m_headers.at(column), 0, column);
        m_headers.at(column)->setVisible(!m_rows.isEmpty());
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row *row = m_rows.at(i);
        const QList<QWidget *> cells{row->category, row->amount, row->currency, row->rate, row->remove};
        for (int column = 0; column < cells.size(); ++column)
            m_grid->addWidget(cells.at(column), i + 1, column);
    }
}

QList<QWidget *> CostTable::tabWidgets() const
{
    QList<QWidget *> out;
    for (const Row *row : m_rows)
        out << row->category << row->amount << row->currency << row->rate << row->remove;
    out << m_add;
    return out;
}

Result<qint64> CostTable::parseAmount(const QString &text, const QString &field)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(field, tr("the amount is missing"));
    const auto value = parseNumber(trimmed);
    if (!value)
        return Error::invalid(field, tr("“%1” is not an amount (e.g. 450 or 450.50)").arg(trimmed));
    if (*value < 0)
        return Error::invalid(field, tr("the amount must not be negative"));
    if (*value > 1e12)
        return Error::invalid(field, tr("%1 is too large for an amount").arg(trimmed));
    const double cents = *value * 100.0;
    const qint64 minor = qRound64(cents);
    if (std::abs(cents - double(minor)) > 1e-6)
        return Error::invalid(field, tr("“%1” has more than two decimals").arg(trimmed));
    return minor;
}

Result<QList<EventCost>> CostTable::costs(QList<Error> &errors) const
{
    const QString field = QStringLiteral("costs");
    QList<EventCost> out;
    const qsizetype before = errors.size();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = *m_rows.at(i);
        EventCost cost;
        cost.category = static_cast<CostCategory>(row.category->currentData().toInt());
        cost.note = row.note;
        const QString where = tr("%1 (row %2): ").arg(label(cost.category)).arg(i + 1);
        QStringList problems;
        auto amount = parseAmount(row.amount->text(), field);
        if (amount)
            cost.amountMinor = *amount;
        else
            problems << amount.error().message;
        const QString currency = row.currency->text().trimmed().toUpper();
        cost.currency = currency.isEmpty() ? m_home : currency;
        if (cost.currency.size() != 3)
            problems << tr("“%1” is not a currency code like EUR").arg(currency);
        const QString rate = row.rate->text().trimmed();
        if (rate.isEmpty()) {
            cost.rate = 1.0;
            if (cost.currency != m_home && cost.currency.size() == 3)
                problems << tr("%1 is not your home currency: give the rate (how many %2 one %1 is worth)").arg(cost.currency, m_home);
        } else {
            const auto parsed = parseNumber(rate);
            if (!parsed || !(*parsed > 0))
                problems << tr("the rate must be a positive number, not “%1”").arg(rate);
            else
                cost.rate = *parsed;
        }
        markRow(row, !problems.isEmpty());
        for (const QString &problem : std::as_const(problems))
            errors << Error::invalid(field, where + problem);
        out << cost;
    }
    if (errors.size() > before)
        return errors.at(before);
    return out;
}

void CostTable::markRow(const Row &row, bool bad) const
{
    const QString style = bad ? QStringLiteral("QLineEdit { border: 1px solid %1; }").arg(errorColor(palette()).name()) : QString();
    for (QLineEdit *edit : {row.amount, row.currency, row.rate})
        edit->setStyleSheet(style);
}

void CostTable::updateTotal()
{
    double total = 0;
    bool complete = true;
    for (const Row *row : std::as_const(m_rows)) {
        const auto amount = parseAmount(row->amount->text(), {});
        const QString currency = row->currency->text().trimmed().toUpper();
        const bool home = currency.isEmpty() || currency == m_home;
        // A rate of 0 stands for "none": GCC's -O3 flow analysis warned on a std::optional here.
        double rate = 0;
        if (row->rate->text().trimmed().isEmpty())
            rate = home ? 1.0 : 0.0;
        else if (const auto parsed = parseNumber(row->rate->text().trimmed()))
            rate = *parsed;
        if (!amount || !(rate > 0)) {
            complete = false;
            continue;
        }
        total += double(*amount) / 100.0 * rate;
    }
    m_total->setVisible(!m_rows.isEmpty());
    m_total->setText(complete ? tr("Total: %1").arg(EventsModel::moneyText(total, m_home))
                              : tr("Total so far: %1 (rows with problems left out)").arg(EventsModel::moneyText(total, m_home)));
}

} // namespace foothold

#include "ui/pages/TodaySection.h"

#include "ui/widgets/Palette.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace foothold {

TodaySection::TodaySection(const QString &heading, QWidget *parent)
    : QFrame(parent), m_heading(new QLabel(this)), m_empty(new QLabel(this)), m_more(new QLabel(this)), m_body(new QWidget(this)),
      m_grid(new QGridLayout(m_body))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    m_heading->setFont(font);
    setHeading(heading);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_more->setForegroundRole(QPalette::PlaceholderText);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(10);
    m_grid->setColumnStretch(1, 1);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addWidget(m_empty);
    layout->addWidget(m_more);
    layout->addStretch(1);
    m_more->hide();
}

void TodaySection::setHeading(const QString &heading)
{
    m_heading->setText(heading);
    m_heading->setAccessibleName(heading);
}

void TodaySection::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void TodaySection::setColumns(int columns)
{
    m_columns = qMax(1, columns);
    for (int c = 0; c < m_columns; ++c)
        m_grid->setColumnStretch(2 * c + 1, 1);
}

void TodaySection::clear()
{
    // Deleted at once (not later): refreshes run from a timer, never from a row's own signal.
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows = 0;
    setMore({});
}

void TodaySection::addRow(QWidget *lead, QWidget *text)
{
    const int row = m_rows / m_columns;
    const int column = 2 * (m_rows % m_columns);
    if (lead) {
        lead->setParent(m_body);
        m_grid->addWidget(lead, row, column, Qt::AlignTop | Qt::AlignLeft);
    }
    text->setParent(m_body);
    m_grid->addWidget(text, row, lead ? column + 1 : column, 1, lead ? 1 : 2, Qt::AlignTop);
    // Shown now rather than on the layout's queued show, so that focus can be given back to a
    // rebuilt row at once.
    if (lead)
        lead->show();
    text->show();
    ++m_rows;
}

void TodaySection::setMore(const QString &text)
{
    m_more->setText(text);
    m_more->setVisible(!text.isEmpty());
}

void TodaySection::finish()
{
    m_empty->setVisible(m_rows == 0);
    m_body->setVisible(m_rows > 0);
}

} // namespace foothold

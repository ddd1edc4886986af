#include "ui/widgets/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace foothold {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_hint(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);
    // A long title wraps rather than set the width of whatever holds it (a chart, a list).
    m_title->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setMaximumWidth(560);
    layout->addWidget(m_title);
    // Centred by stretches, not by an alignment flag: an aligned widget gets its size hint's height,
    // which clips a hint that wraps onto a third line; in a row it gets its height for its width.
    // No minimum width: the row gives the hint up to its maximum, and a narrow window may still
    // show the list beside an editor.
    auto *hintRow = new QHBoxLayout;
    hintRow->addStretch();
    hintRow->addWidget(m_hint, 1);
    hintRow->addStretch();
    layout->addLayout(hintRow);
    m_buttons->addStretch();
    m_buttons->addStretch();
    layout->addSpacing(12);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setHidden(hint.isEmpty());
}

QPushButton *EmptyState::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

void EmptyState::clearButtons()
{
    for (int i = m_buttons->count() - 1; i >= 0; --i) {
        if (QWidget *widget = m_buttons->itemAt(i)->widget()) {
            m_buttons->removeWidget(widget);
            widget->deleteLater();
        }
    }
}

} // namespace foothold

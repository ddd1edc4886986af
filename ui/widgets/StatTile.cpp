#include "ui/widgets/StatTile.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace foothold {

StatTile::StatTile(const QString &caption, const QString &hint, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(QStringLiteral("–"), this)), m_caption(new QLabel(caption, this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setToolTip(hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(2);
    QFont font = m_value->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    m_value->setFont(font);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    setAccessibleName(caption);
}

void StatTile::setValue(qint64 value)
{
    m_value->setText(QLocale().toString(value));
    setAccessibleDescription(m_value->text());
}

QString StatTile::valueText() const
{
    return m_value->text();
}

} // namespace foothold

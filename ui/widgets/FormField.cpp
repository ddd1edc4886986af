#include "ui/widgets/FormField.h"

#include "ui/widgets/Palette.h"

#include <QVBoxLayout>

namespace foothold {

FormField::FormField(QWidget *input, QWidget *parent) : QWidget(parent), m_input(input), m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(m_error);
    m_error->setWordWrap(true);
    m_error->setHidden(true);
    m_error->setAccessibleName(tr("Error"));
    setFocusProxy(input);
}

void FormField::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setHidden(message.isEmpty());
    // The error colour is chosen against the current palette, so it reads in dark mode too.
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(palette()).name()));
    m_input->setProperty("invalid", !message.isEmpty());
    m_input->setAccessibleDescription(message);
}

} // namespace foothold

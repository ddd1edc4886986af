#include "ui/widgets/NotesField.h"

namespace foothold {

NotesField::NotesField(int lines, QWidget *parent) : QPlainTextEdit(parent), m_lines(lines)
{
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize NotesField::sizeHint() const
{
    const int height = fontMetrics().lineSpacing() * m_lines + 2 * (frameWidth() + int(document()->documentMargin())) + 2;
    return {QPlainTextEdit::sizeHint().width(), height};
}

} // namespace foothold

#include "ui/widgets/GrowingTextEdit.h"

#include <QAbstractTextDocumentLayout>
#include <QResizeEvent>
#include <QTextDocument>

#include <cmath>

namespace foothold {

GrowingTextEdit::GrowingTextEdit(int minimumLines, QWidget *parent)
    : QTextEdit(parent), m_minimumLines(qMax(1, minimumLines))
{
    setAcceptRichText(false);
    setTabChangesFocus(true);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(3);
    connect(document(), &QTextDocument::contentsChanged, this, &GrowingTextEdit::fitHeight);
    fitHeight();
}

int GrowingTextEdit::heightFor(int lines) const
{
    return lines * fontMetrics().lineSpacing() + 2 * int(document()->documentMargin()) + 2 * frameWidth() + 2;
}

QSize GrowingTextEdit::sizeHint() const
{
    return { QTextEdit::sizeHint().width(), height() };
}

QSize GrowingTextEdit::minimumSizeHint() const
{
    return { fontMetrics().averageCharWidth() * 12, heightFor(m_minimumLines) };
}

void GrowingTextEdit::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight();
}

void GrowingTextEdit::fitHeight()
{
    // The document is laid out at the viewport's width; its height is what the text needs.
    document()->setTextWidth(viewport()->width());
    const int content = int(std::ceil(document()->size().height())) + 2 * frameWidth() + 2;
    const int wanted = qMax(heightFor(m_minimumLines), content);
    if (wanted != height())
        setFixedHeight(wanted);
}

} // namespace foothold

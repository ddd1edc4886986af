#pragma once

#include <QPlainTextEdit>

namespace foothold {

// Free text of a few lines (notes, goals, culture) that does not swallow the form: it asks for
// `lines` lines of height and scrolls beyond them. Tab moves on to the next field.
class NotesField final : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit NotesField(int lines = 4, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

private:
    int m_lines;
};

} // namespace foothold

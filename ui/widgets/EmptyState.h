#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace foothold {

// What a page says when it has nothing to show, and what to do about it.
class EmptyState final : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setHint(const QString &hint);
    // Adds a button; returns it so the caller can connect it.
    QPushButton *addButton(const QString &text);
    void clearButtons();

private:
    QLabel *m_title;
    QLabel *m_hint;
    QHBoxLayout *m_buttons;
};

} // namespace foothold

#pragma once

#include <QLabel>
#include <QWidget>

namespace foothold {

// An input with its error line under it: validation is shown at the field, with the reason, and
// the input keeps what the user typed.
class FormField final : public QWidget {
    Q_OBJECT
public:
    FormField(QWidget *input, QWidget *parent = nullptr);

    [[nodiscard]] QWidget *input() const { return m_input; }
    void setError(const QString &message); // empty: no error
    [[nodiscard]] bool hasError() const { return !m_error->isHidden(); }
    [[nodiscard]] QString error() const { return m_error->text(); }

private:
    QWidget *m_input;
    QLabel *m_error;
};

} // namespace foothold

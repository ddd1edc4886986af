#pragma once

#include <QFrame>

class QLabel;

namespace foothold {

// A number with its caption ("1,204 / Contacts"), for counters at the top of a page.
class StatTile final : public QFrame {
    Q_OBJECT
public:
    StatTile(const QString &caption, const QString &hint, QWidget *parent = nullptr);
    void setValue(qint64 value);
    [[nodiscard]] QString valueText() const;

private:
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace foothold

#pragma once

#include <QWidget>

class QPushButton;

namespace foothold {

// The first-run state of an empty database: what Foothold is for, and two ways to begin —
// importing LinkedIn connections (enabled once the import wizard exists) or exploring sample data.
class WelcomePanel final : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    [[nodiscard]] QPushButton *importButton() const { return m_import; }
    [[nodiscard]] QPushButton *sampleButton() const { return m_sample; }

signals:
    void sampleDataRequested();
    void importRequested();

private:
    QPushButton *m_import;
    QPushButton *m_sample;
};

} // namespace foothold

#pragma once

#include "core/domain/Enums.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QPushButton;

namespace foothold {

// The lifecycle of an informational interview (to request → requested → scheduled → done →
// thank-you sent): the stage, which can be set to any value, and a clear button for the next step
// ("Mark as requested"). The button only asks; the editor moves the stage and fills its date.
class InterviewStageBar final : public QWidget {
    Q_OBJECT
public:
    explicit InterviewStageBar(QWidget *parent = nullptr);

    void setStage(InterviewStage stage);
    [[nodiscard]] InterviewStage stage() const;
    [[nodiscard]] QComboBox *combo() const { return m_stage; }
    [[nodiscard]] QPushButton *nextButton() const { return m_next; }

    // The stage after `stage`; none after the last.
    [[nodiscard]] static std::optional<InterviewStage> nextStage(InterviewStage stage);

signals:
    void nextRequested();

private:
    void updateButton();

    QComboBox *m_stage;
    QPushButton *m_next;
};

} // namespace foothold

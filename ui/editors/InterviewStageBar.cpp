#include "ui/editors/InterviewStageBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>

namespace foothold {

InterviewStageBar::InterviewStageBar(QWidget *parent) : QWidget(parent), m_stage(new QComboBox(this)), m_next(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto stage : allValues<InterviewStage>())
        m_stage->addItem(label(stage), int(stage));
    m_stage->setAccessibleName(tr("Stage"));
    m_next->setDefault(false);
    m_next->setAutoDefault(false);
    layout->addWidget(m_stage);
    layout->addWidget(m_next);
    layout->addStretch();
    setFocusProxy(m_stage);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &InterviewStageBar::updateButton);
    connect(m_next, &QPushButton::clicked, this, &InterviewStageBar::nextRequested);
    updateButton();
}

std::optional<InterviewStage> InterviewStageBar::nextStage(InterviewStage stage)
{
    const auto stages = allValues<InterviewStage>();
    for (size_t i = 0; i + 1 < stages.size(); ++i)
        if (stages[i] == stage)
            return stages[i + 1];
    return std::nullopt;
}

void InterviewStageBar::setStage(InterviewStage stage)
{
    m_stage->setCurrentIndex(m_stage->findData(int(stage)));
}

InterviewStage InterviewStageBar::stage() const
{
    return static_cast<InterviewStage>(m_stage->currentData().toInt());
}

void InterviewStageBar::updateButton()
{
    const auto next = nextStage(stage());
    m_next->setVisible(next.has_value());
    if (!next)
        return;
    // Alt+N presses it from anywhere in the editor.
    switch (*next) {
    case InterviewStage::Requested:
        m_next->setText(tr("&Next: mark as requested →"));
        m_next->setToolTip(tr("I asked for the interview today (Alt+N)"));
        break;
    case InterviewStage::Scheduled:
        m_next->setText(tr("&Next: mark as scheduled →"));
        m_next->setToolTip(tr("We agreed on a time; set it in “Scheduled at” (Alt+N)"));
        break;
    case InterviewStage::Done:
        m_next->setText(tr("&Next: mark as done →"));
        m_next->setToolTip(tr("The interview took place today (Alt+N)"));
        break;
    default:
        m_next->setText(tr("&Next: thank-you sent →"));
        m_next->setToolTip(tr("I sent my thank-you today (Alt+N)"));
        break;
    }
}

} // namespace foothold

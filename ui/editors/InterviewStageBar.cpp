#include "ui/editors/InterviewStageBar.h"

#include <QComboBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace foothold {

InterviewStageBar::InterviewStageBar(QWidget *parent)
    : QWidget(parent), m_stage(new QComboBox(this)), m_next(new QPushButton(this))
{
    // The button under the stage: it stands out as the thing to do next, and the pair fits a narrow editor.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (const auto stage : allValues<InterviewStage>())
        m_stage->addItem(label(stage), int(stage));
    m_stage->setAccessibleName(tr("Stage"));
    m_next->setDefault(false);
    m_next->setAutoDefault(false);
    layout->addWidget(m_stage, 0, Qt::AlignLeft);
    layout->addWidget(m_next, 0, Qt::AlignLeft);
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
    // Alt+M (the mnemonic) presses it from anywhere in the editor.
    switch (*next) {
    case InterviewStage::Requested:
        m_next->setText(tr("&Mark as requested →"));
        m_next->setToolTip(tr("I asked for the interview today (Alt+M)"));
        break;
    case InterviewStage::Scheduled:
        m_next->setText(tr("&Mark as scheduled →"));
        m_next->setToolTip(tr("We agreed on a time; set it in “Scheduled at” (Alt+M)"));
        break;
    case InterviewStage::Done:
        m_next->setText(tr("&Mark as done →"));
        m_next->setToolTip(tr("The interview took place today (Alt+M)"));
        break;
    default:
        m_next->setText(tr("&Mark thank-you sent →"));
        m_next->setToolTip(tr("I sent my thank-you today (Alt+M)"));
        break;
    }
}

} // namespace foothold

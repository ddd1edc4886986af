#include "ui/widgets/TalkBalanceField.h"

#include "ui/widgets/Palette.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSlider>

#include <cmath>

namespace foothold {
namespace {

QString minutesSeconds(double seconds)
{
    const int total = int(std::lround(seconds));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

bool isMeasured(TalkSource source)
{
    return source == TalkSource::Timer || source == TalkSource::Transcript;
}

} // namespace

TalkBalanceField::TalkBalanceField(QWidget *parent)
    : QWidget(parent)
    , m_source(new QComboBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_value(new QLabel(this))
    , m_details(new QLabel(this))
    , m_target(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(4);
    m_source->setAccessibleName(tr("Talk share source"));
    m_slider->setRange(0, 100);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(10);
    m_slider->setAccessibleName(tr("My share of the talk, in percent"));
    m_slider->setToolTip(tr("How much of the time I spoke (arrow keys: 1%, Page Up/Down: 10%)"));
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 4);
    m_value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Wrapped to the width the form gives; a long sentence must not widen the editor pane.
    for (QLabel *text : { m_details, m_target }) {
        text->setWordWrap(true);
        text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    layout->addWidget(m_source, 0, 0, 1, 2);
    layout->addWidget(m_slider, 1, 0);
    layout->addWidget(m_value, 1, 1);
    layout->addWidget(m_details, 2, 0, 1, 2);
    layout->addWidget(m_target, 3, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    setFocusProxy(m_source);
    fillSources(TalkSource::None);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        if (isMeasured(currentSource())) {
            m_filling = true;
            m_slider->setValue(int(std::lround(m_original.myShare.value_or(0) * 100)));
            m_filling = false;
        }
        updateLabels();
        emit changed();
    });
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        if (m_filling)
            return;
        if (currentSource() != TalkSource::Estimate) {
            // Moving the slider is making an estimate.
            m_filling = true;
            m_source->setCurrentIndex(m_source->findData(int(TalkSource::Estimate)));
            m_filling = false;
        }
        updateLabels();
        emit changed();
    });
}

void TalkBalanceField::fillSources(TalkSource measured)
{
    m_source->clear();
    m_source->addItem(label(TalkSource::None), int(TalkSource::None));
    m_source->addItem(tr("My estimate"), int(TalkSource::Estimate));
    // Measured values can be kept or replaced, not made up: a measured source is offered only when
    // the conversation has one.
    if (isMeasured(measured))
        m_source->addItem(tr("Measured: %1").arg(label(measured)), int(measured));
}

void TalkBalanceField::setTargets(const TalkTargets &targets)
{
    m_targets = targets;
    updateLabels();
}

void TalkBalanceField::setBalance(const TalkBalance &talk, ConversationKind kind)
{
    m_filling = true;
    m_original = talk;
    m_kind = kind;
    fillSources(talk.source);
    m_source->setCurrentIndex(qMax(0, m_source->findData(int(talk.source))));
    m_slider->setValue(
        talk.myShare ? int(std::lround(*talk.myShare * 100)) : int(std::lround(m_targets.targetFor(kind) * 100)));
    m_filling = false;
    updateLabels();
}

void TalkBalanceField::setKind(ConversationKind kind)
{
    m_kind = kind;
    updateLabels();
}

void TalkBalanceField::setEstimate(int percent)
{
    m_source->setCurrentIndex(m_source->findData(int(TalkSource::Estimate)));
    m_slider->setValue(percent);
}

TalkSource TalkBalanceField::currentSource() const
{
    return static_cast<TalkSource>(m_source->currentData().toInt());
}

TalkBalance TalkBalanceField::balance() const
{
    const TalkSource source = currentSource();
    if (source == m_original.source && isMeasured(source))
        return m_original; // measured: exactly as measured
    TalkBalance talk;
    talk.source = source;
    talk.questionsMe = m_original.questionsMe;
    talk.questionsThem = m_original.questionsThem;
    if (source == TalkSource::Estimate)
        talk.myShare = m_slider->value() / 100.0;
    return talk;
}

void TalkBalanceField::updateLabels()
{
    const TalkSource source = currentSource();
    const bool measured = isMeasured(source);
    m_slider->setEnabled(!measured);
    const TalkBalance talk = balance();
    m_value->setText(talk.myShare ? tr("%1%").arg(std::lround(*talk.myShare * 100)) : tr("—"));
    if (measured) {
        m_details->setText(tr("Me %1, them %2 (min:s); longest monologue %3; %4 speaker switches a minute.")
                               .arg(minutesSeconds(talk.mySeconds), minutesSeconds(talk.theirSeconds),
                                   minutesSeconds(talk.longestMonologueSeconds))
                               .arg(talk.switchesPerMinute, 0, 'f', 1));
        m_details->show();
    } else {
        m_details->hide();
    }
    const TargetStatus status = m_targets.status(m_kind, talk.myShare);
    QString text = targetText(m_targets, m_kind);
    QColor colour = mutedTextColor(palette());
    if (status == TargetStatus::NotMeasured) {
        text += QLatin1Char(' ') + tr("Move the slider to estimate my share.");
    } else {
        text += QLatin1Char(' ') + targetStatusText(status) + QLatin1Char('.');
        colour = status == TargetStatus::On ? okColor(palette())
            : status == TargetStatus::Over  ? warningColor(palette())
                                            : colour;
    }
    m_target->setText(text);
    m_target->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
}

} // namespace foothold

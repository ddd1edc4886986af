#include "ui/talk/TalkGauge.h"

#include "ui/widgets/Palette.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace foothold {
namespace {

QString percent(double share)
{
    return QStringLiteral("%1%").arg(std::lround(share * 100));
}

constexpr int kTrackHeight = 22;

} // namespace

TalkGauge::TalkGauge(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("My share of the speaking time"));
}

void TalkGauge::setBand(const TalkTargetBand &band)
{
    m_band = band;
    setAccessibleDescription(text());
    update();
}

void TalkGauge::setShare(std::optional<double> share)
{
    m_share = share;
    setAccessibleDescription(text());
    update();
}

QString TalkGauge::text() const
{
    const QString band = tr("target %1, %2–%3").arg(percent(m_band.target), percent(m_band.low), percent(m_band.high));
    if (!m_share)
        return tr("No share yet: nobody has spoken (%1)").arg(band);
    switch (verdict()) {
    case TalkVerdict::Within: return tr("%1 — on target (%2)").arg(percent(*m_share), band);
    case TalkVerdict::Above: return tr("%1 — you talk more than the target (%2)").arg(percent(*m_share), band);
    case TalkVerdict::Below: return tr("%1 — you talk less than the target (%2)").arg(percent(*m_share), band);
    case TalkVerdict::Unknown: break;
    }
    return {};
}

QSize TalkGauge::sizeHint() const
{
    return {420, kTrackHeight + fontMetrics().height() * 2 + 16};
}

QSize TalkGauge::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void TalkGauge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette p = palette();
    const QFontMetrics fm = fontMetrics();
    const QRectF track(1, fm.height() + 4, width() - 2, kTrackHeight);
    auto xOf = [&](double share) { return track.left() + share * track.width(); };

    // Track, then the band, then my share, then the target mark on top.
    QPainterPath rounded;
    rounded.addRoundedRect(track, 4, 4);
    painter.fillPath(rounded, p.color(QPalette::Base));
    painter.save();
    painter.setClipPath(rounded);
    QColor band = okColor(p);
    band.setAlpha(isDark(p) ? 70 : 55);
    painter.fillRect(QRectF(QPointF(xOf(m_band.low), track.top()), QPointF(xOf(m_band.high), track.bottom())), band);
    if (m_share) {
        QColor fill = verdict() == TalkVerdict::Within ? okColor(p) : warningColor(p);
        fill.setAlpha(220);
        const QRectF bar(track.left(), track.top() + 5, xOf(*m_share) - track.left(), track.height() - 10);
        painter.fillRect(bar, fill);
    }
    painter.restore();
    painter.setPen(QPen(mutedTextColor(p), 1));
    painter.drawPath(rounded);
    painter.setPen(QPen(p.color(QPalette::Text), 2));
    painter.drawLine(QPointF(xOf(m_band.target), track.top() - 3), QPointF(xOf(m_band.target), track.bottom() + 3));

    // Scale labels above (0, target, 100) and the sentence below.
    painter.setPen(mutedTextColor(p));
    const qreal top = 0;
    painter.drawText(QRectF(track.left(), top, 60, fm.height()), Qt::AlignLeft, QStringLiteral("0%"));
    painter.drawText(QRectF(track.right() - 60, top, 60, fm.height()), Qt::AlignRight, QStringLiteral("100%"));
    const QString target = tr("target %1").arg(percent(m_band.target));
    const qreal tw = fm.horizontalAdvance(target);
    painter.drawText(QRectF(qBound(track.left() + 40, xOf(m_band.target) - tw / 2, track.right() - 40 - tw), top, tw + 2, fm.height()),
                     Qt::AlignLeft, target);
    painter.setPen(p.color(QPalette::Text));
    painter.drawText(QRectF(track.left(), track.bottom() + 6, track.width(), fm.height() + 2), Qt::AlignLeft, text());
}

} // namespace foothold

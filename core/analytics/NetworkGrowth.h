#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace foothold {

struct GrowthPoint {
    QDate month;        // first day of the month
    qint64 added = 0;   // contacts connected in that month
    qint64 total = 0;   // contacts connected up to the end of that month

    bool operator==(const GrowthPoint &) const = default;
};

// Cumulative network growth from contacts connected per month (in any order, months given by any
// day in them). Every month from the first to the last appears, with 0 added where nobody was
// connected, so a chart's x axis has no holes. Pure.
[[nodiscard]] QList<GrowthPoint> networkGrowth(const QList<QPair<QDate, qint64>> &addedPerMonth);

struct ChannelGrowth {
    Channel channel = Channel::Other;
    QList<GrowthPoint> points; // cumulative and new contacts of this channel, month by month

    bool operator==(const ChannelGrowth &) const = default;
};

// Network growth split by the channel contacts came through. Every series covers the same months
// (the first to the last month of any channel), so stacked or overlaid series line up on one axis.
// Channels without a contact are left out; the others come in the order of the Channel enum. Pure.
[[nodiscard]] QList<ChannelGrowth> networkGrowthByChannel(const QMap<Channel, QList<QPair<QDate, qint64>>> &addedPerMonth);

} // namespace foothold

#pragma once

#include "core/analytics/Funnel.h"
#include "core/analytics/TalkTrend.h"
#include "core/domain/Enums.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>

namespace foothold {

// The aggregates behind the Insights page and the talk and funnel parts of `stats`, computed in SQL
// where that keeps them fast on a large database. Plain values out; the analytics functions
// (NetworkGrowth, Funnel, Activity) turn them into chart series. Read-only.
class InsightsStore {
public:
    explicit InsightsStore(Database &db) : m_db(db) {}

    struct KindShare {
        double average = 0;        // mean of my share over the conversations that have one
        qint64 conversations = 0;  // how many have one
    };
    // Kinds with no measured conversation are left out.
    Result<QMap<ConversationKind, KindShare>> talkShareByKind();

    // Each application's source and the furthest pipeline stage it reached, from its current stage and
    // its stage history (as JobApplication::furthestStage()).
    Result<QList<QPair<ApplicationSource, ApplicationStage>>> applicationSourcesAndFurthestStages();

    // Contacts by the month they were connected (first day of the month), per channel; contacts without
    // a date are left out.
    Result<QMap<Channel, QList<QPair<QDate, qint64>>>> contactsConnectedPerMonthByChannel();

    // Conversations per day (in local time) and contacts connected per day, oldest first.
    Result<QList<QPair<QDate, qint64>>> conversationsPerDay();
    Result<QList<QPair<QDate, qint64>>> contactsConnectedPerDay();

    // What the Insights page reads, each in one scan (the page loads them all on every change, so
    // they are shaped to be cheap on 100k contacts and 20k conversations).

    // Contacts connected per day, per channel, oldest day first; contacts without a date left out.
    // Months (network growth) and weeks (activity) are both summed from this.
    Result<QMap<Channel, QList<QPair<QDate, qint64>>>> contactsConnectedPerDayByChannel();
    struct ConversationAggregates {
        // Conversations per day (in local time), per kind, oldest day first.
        QMap<ConversationKind, QList<QPair<QDate, qint64>>> perDayByKind;
        // Every conversation with a share: when, my share, kind and id; oldest first (ties by id).
        QList<TalkSharePoint> shares;
    };
    // Both from one scan of the conversations.
    Result<ConversationAggregates> conversationAggregates();

    // Each application's source, furthest pipeline stage (as applicationSourcesAndFurthestStages) and
    // the first date of its stage history (else the day it was created).
    Result<QList<DatedApplication>> funnelApplications();

private:
    Result<QList<QPair<QDate, qint64>>> countsPerDay(const QString &statement);

    Database &m_db;
};

} // namespace foothold

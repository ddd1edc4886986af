#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QDate>
#include <QString>

namespace foothold {

// A relationship between two contacts: an edge of the network graph. "Knows" and "works with" are
// symmetric; "introduced" (from introduced to) and "mentor" (from mentors to) are directed.
struct Link {
    LinkId id;
    ContactId from;
    ContactId to;
    LinkKind kind = LinkKind::Knows;
    double strength = 0.5;   // 0..1
    LinkSource source = LinkSource::Manual;
    QDate since;             // null: unknown
    bool dismissed = false;  // an inferred link the user rejected; kept so it stays rejected
    QString note;
    bool sample = false;
};

} // namespace foothold

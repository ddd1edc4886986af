#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QDateTime>
#include <QStringList>

namespace foothold {

struct Company {
    CompanyId id;
    QString name;           // display name as first written ("Lumen, Inc.")
    QStringList aliases;    // other spellings seen ("Lumen Inc", "LUMEN INC.")
    QString website;
    QString industry;
    QString size;           // free text: "11-50", "5,000+"
    QString location;
    QStringList techStack;
    QString culture;        // core values and culture notes
    CompanyPriority priority = CompanyPriority::None;
    QString notes;
    bool sample = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace foothold

#pragma once

#include "core/domain/Ids.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QHash>

namespace foothold {

// Company names to ids during an import, through CompanyStore::findOrCreate (so "Lumen, Inc."
// and "LUMEN INC" are one company) with a cache, so that each spelling costs SQL once. Call
// inside the import's transaction.
class CompanyResolver {
public:
    CompanyResolver(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The company called `name`, created when new; invalid for an empty name or one with no
    // letter or digit.
    Result<CompanyId> resolve(const QString &name);
    // An existing company only (for earlier positions): invalid when there is none.
    CompanyId find(const QString &name);
    // The display name of a company id (for history entries).
    QString nameOf(CompanyId id);

private:
    Database &m_db;
    const Clock &m_clock;
    QHash<QString, CompanyId> m_bySpelling;
    QHash<qint64, QString> m_names;
    bool m_namesLoaded = false;
};

} // namespace foothold

#pragma once

#include "core/domain/Company.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QList>
#include <optional>

namespace foothold {

struct CompanyQuery {
    QString search{};              // substring of name, aliases, industry, location, stack
    bool targetsOnly = false;    // priority > 0
    bool includeSample = true;
};

// Companies and their aliases. Names are matched through normalizeCompanyName(), so "Lumen, Inc."
// and "LUMEN INC." are one company; the first spelling stays the display name and later ones are
// remembered as aliases. Errors come back as Status/Result; nothing is written on failure.
class CompanyStore {
public:
    explicit CompanyStore(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db), m_clock(clock) {}

    // Inserts a new company (with its id when `company.id` is set: undo of a delete). Refuses a
    // name that matches an existing company with a Conflict error.
    Result<CompanyId> insert(Company company);
    Status update(const Company &company);
    // Refused while applications point at the company (they would be orphaned).
    Status remove(CompanyId id);

    Result<Company> get(CompanyId id);
    QList<Company> list(const CompanyQuery &query = {});
    Result<qint64> count();

    // The company this name means, if any: by normalized name, then by alias.
    Result<std::optional<CompanyId>> find(const QString &name);
    // find(), or a new company with this display name. Remembers a new spelling as an alias.
    Result<CompanyId> findOrCreate(const QString &name, bool sample = false);

    Status setPriority(CompanyId id, CompanyPriority priority);

    // id -> display name of every company, in one query.
    QHash<qint64, QString> allNames();

private:
    Status writeAliases(CompanyId id, const QString &displayName, const QStringList &aliases);
    QStringList aliasesOf(CompanyId id);
    QString takenMessage(const QString &name, CompanyId holder, bool another);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold

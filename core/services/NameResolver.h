#pragma once

#include "core/domain/Ids.h"
#include "core/storage/Database.h"

namespace foothold {

// Turns what a person types ("Ana Lima", "12") into a record id. A number is an id; anything else
// is a name matched ignoring case. No match is NotFound; several are Ambiguous, and the message
// lists the candidates with their ids so the user can pick one. Errors name `field`.
class NameResolver {
public:
    explicit NameResolver(Database &db) : m_db(db) {}

    Result<ContactId> contact(const QString &nameOrId, const QString &field = QStringLiteral("contact"));
    Result<EventId> event(const QString &nameOrId, const QString &field = QStringLiteral("event"));
    // An existing company by id, name or alias.
    Result<CompanyId> company(const QString &nameOrId, const QString &field = QStringLiteral("company"));
    Result<ApplicationId> application(const QString &id, const QString &field = QStringLiteral("application"));

private:
    Database &m_db;
};

} // namespace foothold

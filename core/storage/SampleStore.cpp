#include "core/storage/SampleStore.h"

#include "core/storage/SqlSupport.h"

namespace foothold {

Result<bool> SampleStore::hasAny()
{
    auto value = sql::scalar(m_db.connection(),
                             QStringLiteral("SELECT EXISTS (SELECT 1 FROM contacts WHERE sample = 1) "
                                            "OR EXISTS (SELECT 1 FROM companies WHERE sample = 1) "
                                            "OR EXISTS (SELECT 1 FROM events WHERE sample = 1)"));
    if (!value)
        return value.error();
    return value->toBool();
}

Status SampleStore::removeAll()
{
    return m_db.transaction([&]() -> Status {
        auto &db = m_db.connection();
        // Dependents first; the rest follows by ON DELETE CASCADE / SET NULL.
        static const char *const statements[] = {
            "DELETE FROM follow_ups WHERE sample = 1",
            "DELETE FROM informational_interviews WHERE sample = 1",
            "DELETE FROM conversations WHERE sample = 1",
            "DELETE FROM applications WHERE sample = 1",
            "DELETE FROM links WHERE sample = 1",
            "DELETE FROM contacts WHERE sample = 1",
            // Keep what the user's own records use: unmark instead of delete.
            "UPDATE companies SET sample = 0 WHERE sample = 1 AND (id IN (SELECT company_id FROM applications) "
            "OR id IN (SELECT company_id FROM contacts WHERE company_id IS NOT NULL))",
            "DELETE FROM companies WHERE sample = 1",
            "UPDATE events SET sample = 0 WHERE sample = 1 AND (id IN (SELECT met_at_event_id FROM contacts WHERE "
            "met_at_event_id IS NOT NULL) OR id IN (SELECT event_id FROM conversations WHERE event_id IS NOT NULL))",
            "DELETE FROM events WHERE sample = 1",
            "DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM contact_tags) AND id NOT IN (SELECT tag_id FROM event_tags)",
        };
        for (const char *statement : statements)
            if (auto s = sql::run(db, QString::fromLatin1(statement)); !s)
                return s;
        m_db.recordReset();
        return {};
    });
}

} // namespace foothold

#pragma once

#include "core/domain/Company.h"
#include "core/domain/Contact.h"
#include "core/domain/Conversation.h"
#include "core/domain/Event.h"
#include "core/domain/FollowUp.h"
#include "core/domain/InformationalInterview.h"
#include "core/domain/JobApplication.h"
#include "core/domain/Link.h"

#include <QJsonObject>

namespace foothold::json {

// Records as JSON objects with snake_case keys: `id`, the record's fields, related records as
// `<name>_id` (null when none), enumerations by their stable key, dates as "YYYY-MM-DD", instants
// as UTC ISO 8601 ending in "Z", and null for a value that is not set. Used by `list --json` and
// the backup. A contact's photo is left out (it is bytes, and lists do not need it).
[[nodiscard]] QJsonObject toJson(const Contact &contact);
[[nodiscard]] QJsonObject toJson(const Company &company);
[[nodiscard]] QJsonObject toJson(const Link &link);
[[nodiscard]] QJsonObject toJson(const Event &event);
[[nodiscard]] QJsonObject toJson(const Conversation &conversation);
[[nodiscard]] QJsonObject toJson(const InformationalInterview &interview);
[[nodiscard]] QJsonObject toJson(const JobApplication &application);
[[nodiscard]] QJsonObject toJson(const FollowUp &followUp);

[[nodiscard]] QJsonValue dateValue(const QDate &date);
[[nodiscard]] QJsonValue instantValue(const QDateTime &when);
[[nodiscard]] QJsonValue idValue(qint64 id);

} // namespace foothold::json

#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace foothold {

struct Contact;
struct Company;
struct Link;
struct Event;
struct Conversation;
struct InformationalInterview;
struct JobApplication;
struct FollowUp;

// Every problem found, each naming its field ("email", "start"); empty when the record is valid.
using ValidationErrors = QList<Error>;

[[nodiscard]] bool isValidEmail(const QString &email);
// http(s) URLs with a host; the only kind of web address a record may hold.
[[nodiscard]] bool isValidWebUrl(const QString &url);
// Parses YYYY-MM-DD strictly: "2024-02-30" is refused.
[[nodiscard]] Result<QDate> parseIsoDate(const QString &text, const QString &field);

[[nodiscard]] ValidationErrors validate(const Contact &contact);
[[nodiscard]] ValidationErrors validate(const Company &company);
[[nodiscard]] ValidationErrors validate(const Link &link);
[[nodiscard]] ValidationErrors validate(const Event &event);
[[nodiscard]] ValidationErrors validate(const Conversation &conversation);
[[nodiscard]] ValidationErrors validate(const InformationalInterview &interview);
[[nodiscard]] ValidationErrors validate(const JobApplication &application);
[[nodiscard]] ValidationErrors validate(const FollowUp &followUp);

// The first error as a Status, for callers that stop at one.
[[nodiscard]] Status firstError(const ValidationErrors &errors);

} // namespace foothold

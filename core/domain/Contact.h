#pragma once

#include "core/domain/Common.h"
#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace foothold {

// A past (or, with an open end, present) job of a contact. Imports append here when a person's
// company or position changes, so reach over time can be reconstructed.
struct Position {
    CompanyId company;   // may be invalid when only a name is known
    QString companyName; // as it was written at the time
    QString title;
    QDate from;          // may be null: unknown
    QDate to;            // null: still there

    bool operator==(const Position &) const = default;
};

// A person in the network. Value type: holds ids of related records, never pointers.
struct Contact {
    ContactId id;
    QString name;            // required
    QString headline;        // title or position
    CompanyId company;       // current employer, optional
    TypedValues emails;
    TypedValues phones;
    TypedValues urls;        // profile links; type "linkedin", "github", "website", …
    TypedValues addresses;   // postal addresses as one line each
    QString location;        // city / region, free text
    Channel channel = Channel::Other;
    EventId metAt;           // where we met, optional
    ContactId introducedBy;  // who introduced us, optional
    QStringList tags;
    ContactRole role = ContactRole::None;
    QDate connectedOn;       // null: unknown
    int cadenceDays = 0;     // keep-in-touch cadence; 0: none set (the settings' default applies)
    std::optional<double> strengthOverride; // 0..1, my tie to them when I say so
    bool prospect = false;   // someone I know of but have not met
    QDate birthday;
    QByteArray photo;        // image bytes as imported
    QString photoType;       // MIME type, e.g. image/jpeg
    QString notes;
    QList<Position> history; // earlier positions, oldest first
    bool sample = false;     // generated sample data, removable in one step
    QDateTime createdAt;     // UTC, set by the store
    QDateTime updatedAt;     // UTC, set by the store

    // The LinkedIn profile URL when there is one.
    [[nodiscard]] QString linkedInUrl() const;
    [[nodiscard]] QString primaryEmail() const { return emails.isEmpty() ? QString() : emails.first().value; }
};

} // namespace foothold

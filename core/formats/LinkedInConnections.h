#pragma once

#include "core/formats/Diagnostic.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace foothold {

// One row of LinkedIn's Connections.csv, as written (trimmed). `errors` lists what makes the row
// unusable (a bad date, a wrong number of fields, an invalid URL or e-mail); `skipReason` is set
// for a row that carries nothing to import (LinkedIn blanks the name of some members): it is
// skipped, not an error.
struct LinkedInConnection {
    int line = 0;
    QString firstName;
    QString lastName;
    QString url;          // made absolute (https://) when LinkedIn left the scheme out
    QString email;
    QString company;
    QString position;
    QDate connectedOn;    // null when the cell is empty
    Diagnostics errors;
    QString skipReason;

    [[nodiscard]] QString name() const { return (firstName + QLatin1Char(' ') + lastName).simplified(); }
};

struct LinkedInConnectionsFile {
    QList<LinkedInConnection> rows;
    Diagnostics errors;    // the file as a whole cannot be read: no rows are given
    Diagnostics warnings;  // read, but worth saying (e.g. a URL given without https://)
    int headerLine = 0;
    QString encoding;
};

// Reads the Connections.csv of LinkedIn's "Get a copy of your data" export: finds the header row
// (First Name, Last Name, … in any order, extra columns ignored) after whatever preamble precedes
// it ("Notes:" and a quoted or unquoted paragraph, blank lines, a UTF-8 BOM), then reads RFC 4180
// rows. Pure: bytes in, rows and diagnostics out.
[[nodiscard]] LinkedInConnectionsFile parseLinkedInConnections(const QByteArray &bytes);

// "12 Mar 2024" (LinkedIn's form, English month names whatever the locale; full names and
// "Sept" too) or "2024-03-12". nullopt when it is neither.
[[nodiscard]] std::optional<QDate> parseLinkedInDate(QStringView text);

// The key two profile URLs share when they name the same profile: scheme, "www." and a trailing
// slash dropped, host lower-cased, query and fragment dropped. Empty for an empty URL.
[[nodiscard]] QString profileUrlKey(const QString &url);

} // namespace foothold

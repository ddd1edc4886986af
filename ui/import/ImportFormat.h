#pragma once

#include <QByteArray>
#include <QString>

namespace foothold {

// The kinds of file the import wizard knows. Only the first three are imported by the wizard
// itself; a transcript or a backup is recognised so that the wizard can point to the right command.
enum class ImportFormat { Unknown, LinkedIn, VCard, Calendar, Transcript, Backup };

// What a file is, from its first bytes (the content decides; the extension only when the content
// says nothing): "BEGIN:VCARD", "BEGIN:VCALENDAR"/"BEGIN:VEVENT", LinkedIn's header names,
// "WEBVTT" or SubRip's "-->", a Foothold backup's "foothold-backup". Byte-order marks (UTF-8,
// UTF-16) are looked through.
[[nodiscard]] ImportFormat detectImportFormat(const QString &fileName, const QByteArray &bytes);

// "LinkedIn connections (CSV)", "vCard contacts", … for the wizard.
[[nodiscard]] QString importFormatLabel(ImportFormat format);
// What an import of this format brings in: "contacts and companies", "events".
[[nodiscard]] QString importFormatContents(ImportFormat format);

} // namespace foothold

#pragma once

#include "core/services/TodayAgenda.h"

#include <QPalette>
#include <QString>

namespace foothold {

class NameDirectory;

// The words and links of the Today page's items, as rich text for QLabel: every record is a
// foothold:// link (opened through the Navigator), every name from the database is escaped, and
// colours come from the palette so that the dark theme reads right.
namespace today {

// Names for the page: contacts from the agenda (read for the few it shows), companies and events
// from the name directory.
struct Names {
    const QHash<qint64, QString> &contacts;
    const NameDirectory &directory;
    [[nodiscard]] QString contact(qint64 id) const;
    [[nodiscard]] QString company(qint64 id) const;
    [[nodiscard]] QString event(qint64 id) const;
};

// "today", "yesterday", "3 days ago", "5 weeks ago", "4 months ago", "2 years ago".
[[nodiscard]] QString ago(int days);
// A follow-up: its title (struck through when done) linking to it, and what it is about.
[[nodiscard]] QString followUpHtml(const AgendaFollowUp &followUp, const Names &names, const QPalette &palette);
// When it is due: "due today", "3 days overdue" (in the warning colour), "done".
[[nodiscard]] QString dueHtml(const AgendaFollowUp &followUp, QDate today, const QPalette &palette);
// The day and time of something coming up: "Tue 1 Dec", "16:00" (local time; none when all day).
[[nodiscard]] QString whenText(const UpcomingItem &item, QDate today);
// An event, an interview round or an informational interview, linking to its record.
[[nodiscard]] QString upcomingHtml(const UpcomingItem &item, const Names &names, const QPalette &palette);
// A contact whose keep-in-touch cadence has lapsed: the name (a link) and since when.
[[nodiscard]] QString lapsedHtml(const LapsedContact &lapsed, const Names &names, const QPalette &palette);

} // namespace today
} // namespace foothold

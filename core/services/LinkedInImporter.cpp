#include "core/services/LinkedInImporter.h"

#include "core/formats/LinkedInConnections.h"
#include "core/services/ContactImport.h"

#include <QCoreApplication>

#include <algorithm>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

bool hasUrl(const Contact &c, const QString &url)
{
    const QString key = profileUrlKey(url);
    for (const TypedValue &v : c.urls)
        if (profileUrlKey(v.value) == key)
            return true;
    return false;
}

bool hasEmail(const Contact &c, const QString &email)
{
    for (const TypedValue &v : c.emails)
        if (v.value.compare(email, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

ImportResult LinkedInImporter::import(const QByteArray &bytes, const ImportOptions &options)
{
    ImportResult result;
    ImportRun run(m_db, options, result);
    const LinkedInConnectionsFile file = parseLinkedInConnections(bytes);
    result.warnings = file.warnings;
    if (!file.errors.isEmpty()) {
        run.fail(file.errors, file.errors.first().message);
        return result;
    }
    QList<const LinkedInConnection *> rows;
    for (const LinkedInConnection &row : file.rows) {
        if (!row.errors.isEmpty()) {
            (void)run.refuseOrSkip(row.errors, row.name()); // refused or skipped: either way not imported
            continue;
        }
        if (!row.skipReason.isEmpty()) {
            run.skip(row.line, row.url.isEmpty() ? tr("(no name)") : row.url, row.skipReason);
            continue;
        }
        rows << &row;
    }

    run.run([&]() -> Status {
        ContactImport people(m_db, m_clock, run, result, options);
        people.loadExisting();
        const QDate today = m_clock.nowUtc().date();
        for (const LinkedInConnection *row : std::as_const(rows)) {
            auto company = people.companies().resolve(row->company);
            if (!company)
                return company.error();
            const QString name = row->name();
            const QStringList urls = row->url.isEmpty() ? QStringList() : QStringList{row->url};
            const QStringList emails = row->email.isEmpty() ? QStringList() : QStringList{row->email};
            const ContactIndex::Ref ref = people.index().match(urls, emails, name, *company);
            if (ref == 0) {
                Contact c;
                c.name = name;
                c.channel = Channel::LinkedIn;
                if (!row->url.isEmpty())
                    c.urls.append({row->url, QStringLiteral("linkedin")});
                if (!row->email.isEmpty())
                    c.emails.append({row->email, QString()});
                c.company = *company;
                c.headline = row->position;
                c.connectedOn = row->connectedOn;
                people.add(std::move(c), row->line, name);
            } else {
                auto current = people.current(ref);
                if (!current)
                    return current.error();
                Contact after = *current;
                after.name = name;
                if (!row->url.isEmpty() && !hasUrl(after, row->url))
                    after.urls.append({row->url, QStringLiteral("linkedin")});
                if (!row->email.isEmpty() && !hasEmail(after, row->email))
                    after.emails.append({row->email, QString()});
                const bool newCompany = company->isValid() && *company != after.company;
                const bool newPosition = !row->position.isEmpty() && row->position != after.headline;
                if (newCompany || newPosition) {
                    // The old job is history now; it ended (as far as we know) today.
                    if (after.company.isValid() || !after.headline.isEmpty()) {
                        Position old{after.company, people.companies().nameOf(after.company), after.headline, {}, today};
                        if (!after.history.isEmpty() && after.history.last().to.isValid() && after.history.last().to <= today)
                            old.from = after.history.last().to;
                        after.history.append(old);
                    }
                    if (newCompany)
                        after.company = *company;
                    if (newPosition)
                        after.headline = row->position;
                }
                if (row->connectedOn.isValid())
                    after.connectedOn = row->connectedOn;
                if (auto s = people.update(ref, *current, after, row->line, name); !s)
                    return s;
            }
            if (auto s = run.step(); !s)
                return s;
        }
        return people.flush();
    }, rows.size());
    std::stable_sort(result.records.begin(), result.records.end(), [](const ImportRecord &a, const ImportRecord &b) { return a.line < b.line; });
    return result;
}

} // namespace foothold

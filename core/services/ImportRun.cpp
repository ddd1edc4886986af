#include "core/services/ImportRun.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

// What a dry run returns from the transaction to have it rolled back.
const QString kDryRunMarker = QStringLiteral("foothold:dry-run");

} // namespace

ImportRun::ImportRun(Database &db, const ImportOptions &options, ImportResult &result)
    : m_db(db), m_options(options), m_result(result)
{
}

bool ImportRun::refuseOrSkip(const Diagnostics &errors, const QString &label)
{
    m_result.errors << errors;
    if (!m_options.skipInvalid)
        return true;
    const int line = errors.isEmpty() ? 0 : errors.first().line;
    QStringList reasons;
    for (const Diagnostic &d : errors)
        reasons << d.message;
    ++m_result.skipped;
    m_result.records.append({line, ImportAction::Skipped, label, reasons.join(QStringLiteral("; ")), 0});
    return false;
}

void ImportRun::skip(int line, const QString &label, const QString &reason)
{
    ++m_result.skipped;
    m_result.records.append({line, ImportAction::Skipped, label, reason, 0});
}

void ImportRun::fail(const Diagnostics &errors, const QString &what)
{
    m_result.errors << errors;
    m_result.failure = Error::parse(m_options.sourceName, what);
}

void ImportRun::record(int line, ImportAction action, const QString &label, qint64 id, const QString &reason)
{
    switch (action) {
    case ImportAction::Added:
        ++m_result.added;
        break;
    case ImportAction::Updated:
        ++m_result.updated;
        break;
    case ImportAction::Unchanged:
        ++m_result.unchanged;
        break;
    case ImportAction::Skipped:
        ++m_result.skipped;
        break;
    }
    if (m_options.listRecords || action == ImportAction::Updated || action == ImportAction::Skipped)
        m_result.records.append({line, action, label, reason, m_options.dryRun && action == ImportAction::Added ? 0 : id});
}

Status ImportRun::step()
{
    ++m_done;
    if (m_options.progress && (m_done % 256 == 0 || m_done == m_total))
        m_options.progress(m_done, m_total);
    if (m_options.cancel && m_options.cancel->load())
        return Error{Error::Code::Cancelled, tr("the import was cancelled; nothing was changed"), {}, {}};
    return {};
}

void ImportRun::run(const std::function<Status()> &work, qint64 total)
{
    if (failed())
        return;
    if (!m_result.errors.isEmpty() && !m_options.skipInvalid) {
        m_result.failure = Error::parse(m_options.sourceName,
                                        QCoreApplication::translate("Import", "%n error(s); nothing was imported (--skip-invalid imports "
                                                                              "the records without errors)",
                                                                    nullptr, int(m_result.errors.size())));
        return;
    }
    m_total = total;
    m_done = 0;
    if (m_options.progress)
        m_options.progress(0, total);
    const Status status = m_db.transaction([&]() -> Status {
        if (auto s = work(); !s)
            return s;
        // Thousands of rows: listeners had better reload than apply them one by one.
        if (m_result.added + m_result.updated > 1000)
            m_db.recordReset();
        if (m_options.dryRun)
            return Error{Error::Code::Cancelled, kDryRunMarker, {}, {}};
        return {};
    });
    if (status) {
        m_result.committed = true;
        return;
    }
    if (m_options.dryRun && status.error().message == kDryRunMarker)
        return; // rolled back on purpose: the counts are the preview
    m_result.failure = status.error();
}

} // namespace foothold

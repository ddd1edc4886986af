#include "ui/insights/InsightsLoader.h"

#include "core/storage/Database.h"
#include "core/storage/EventPlannerStore.h"
#include "core/storage/InsightsStore.h"

#include <QMetaObject>
#include <QThread>

#include <memory>

Q_DECLARE_METATYPE(foothold::Result<foothold::InsightsInput>)

namespace foothold {

// Lives in one of the loader's threads; opens its own connection on first use and keeps it.
class InsightsWorker final : public QObject {
    Q_OBJECT
public:
    InsightsWorker(QString path, InsightsLoader::Part part) : m_path(std::move(path)), m_part(part) {}

public slots:
    void load()
    {
        if (!m_db) {
            Database::Options options;
            options.create = false;
            options.migrate = false; // the UI's connection migrated it already
            options.backupBeforeMigration = false;
            auto opened = Database::open(m_path, options);
            if (!opened) {
                emit done(m_part, Result<InsightsInput>(opened.error()));
                return;
            }
            m_db = std::move(*opened);
        }
        emit done(m_part, InsightsLoader::load(*m_db, m_part));
    }

signals:
    void done(foothold::InsightsLoader::Part part, const foothold::Result<foothold::InsightsInput> &result);

private:
    QString m_path;
    InsightsLoader::Part m_part;
    std::unique_ptr<Database> m_db;
};

InsightsLoader::InsightsLoader(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    qRegisterMetaType<InsightsInput>();
    qRegisterMetaType<Result<InsightsInput>>();
    qRegisterMetaType<InsightsLoader::Part>();
}

InsightsLoader::~InsightsLoader()
{
    for (QThread *thread : m_threads) {
        if (thread) {
            thread->quit();
            thread->wait();
        }
    }
}

Result<InsightsInput> InsightsLoader::load(Database &db, Part part)
{
    InsightsInput input;
    if (part == Part::Events) {
        auto events = EventPlannerStore(db).returnFacts();
        if (!events)
            return events.error();
        input.events = std::move(*events);
        return input;
    }
    InsightsStore store(db);
    auto contacts = store.contactsConnectedPerDayByChannel();
    if (!contacts)
        return contacts.error();
    input.contactsPerDayByChannel = std::move(*contacts);
    auto conversations = store.conversationAggregates();
    if (!conversations)
        return conversations.error();
    input.conversationsPerDayByKind = std::move(conversations->perDayByKind);
    input.shares = std::move(conversations->shares);
    auto applications = store.funnelApplications();
    if (!applications)
        return applications.error();
    input.applications = std::move(*applications);
    return input;
}

Result<InsightsInput> InsightsLoader::load(Database &db)
{
    auto input = load(db, Part::Aggregates);
    if (!input)
        return input;
    auto events = load(db, Part::Events);
    if (!events)
        return events;
    input->events = std::move(events->events);
    return input;
}

void InsightsLoader::request()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    start();
}

void InsightsLoader::start()
{
    m_busy = true;
    m_again = false;
    m_pending = 2;
    m_partial = InsightsInput{};
    m_partError.clear();
    for (const Part part : {Part::Aggregates, Part::Events}) {
        const int i = part == Part::Aggregates ? 0 : 1;
        if (!m_threads[i]) {
            m_threads[i] = new QThread(this);
            m_threads[i]->setObjectName(i == 0 ? QStringLiteral("insights") : QStringLiteral("insights-events"));
            m_workers[i] = new InsightsWorker(m_db.path(), part);
            m_workers[i]->moveToThread(m_threads[i]);
            connect(m_threads[i], &QThread::finished, m_workers[i], &QObject::deleteLater);
            connect(m_workers[i], &InsightsWorker::done, this, &InsightsLoader::onPartLoaded, Qt::QueuedConnection);
            m_threads[i]->start(QThread::LowPriority);
        }
        QMetaObject::invokeMethod(m_workers[i], &InsightsWorker::load, Qt::QueuedConnection);
    }
}

void InsightsLoader::onPartLoaded(Part part, const Result<InsightsInput> &result)
{
    // A second connection could not be opened (or read): read on this thread rather than show nothing.
    const Result<InsightsInput> got = result ? result : load(m_db, part);
    if (!got) {
        if (m_partError.isEmpty())
            m_partError = got.error().toString();
    } else {
        if (part == Part::Events) {
            m_partial.events = got->events;
        } else {
            QList<EventReturnFacts> events = std::move(m_partial.events); // the other half may be in already
            m_partial = *got;
            m_partial.events = std::move(events);
        }
        emit partLoaded(part, *got);
    }
    if (--m_pending > 0)
        return;
    m_busy = false;
    const InsightsInput input = std::move(m_partial);
    const QString error = m_partError;
    if (m_again)
        start(); // the data changed during the load: the result below is already old, but shows sooner
    if (error.isEmpty())
        emit loaded(input);
    else
        emit failed(error);
}

} // namespace foothold

#include "InsightsLoader.moc"

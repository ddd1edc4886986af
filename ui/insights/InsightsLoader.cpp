#include "ui/insights/InsightsLoader.h"

#include "core/storage/Database.h"
#include "core/storage/EventPlannerStore.h"
#include "core/storage/InsightsStore.h"

#include <QMetaObject>
#include <QThread>

#include <memory>

Q_DECLARE_METATYPE(foothold::Result<foothold::InsightsInput>)

namespace foothold {

// Lives in the loader's thread; opens its own connection on first use and keeps it.
class InsightsWorker final : public QObject {
    Q_OBJECT
public:
    explicit InsightsWorker(QString path) : m_path(std::move(path)) {}

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
                emit done(Result<InsightsInput>(opened.error()));
                return;
            }
            m_db = std::move(*opened);
        }
        emit done(InsightsLoader::load(*m_db));
    }

signals:
    void done(const foothold::Result<foothold::InsightsInput> &result);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

InsightsLoader::InsightsLoader(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    qRegisterMetaType<InsightsInput>();
    qRegisterMetaType<Result<InsightsInput>>();
}

InsightsLoader::~InsightsLoader()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

Result<InsightsInput> InsightsLoader::load(Database &db)
{
    InsightsStore store(db);
    InsightsInput input;
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
    auto events = EventPlannerStore(db).returnFacts();
    if (!events)
        return events.error();
    input.events = std::move(*events);
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
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("insights"));
        m_worker = new InsightsWorker(m_db.path());
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &InsightsWorker::done, this, &InsightsLoader::onLoaded, Qt::QueuedConnection);
        m_thread->start(QThread::LowPriority);
    }
    QMetaObject::invokeMethod(m_worker, &InsightsWorker::load, Qt::QueuedConnection);
}

void InsightsLoader::onLoaded(const Result<InsightsInput> &result)
{
    m_busy = false;
    if (m_again)
        start(); // the data changed during the load: the result below is already old, but shows sooner
    if (result) {
        emit loaded(*result);
        return;
    }
    // A second connection could not be opened (or read): read on this thread rather than show nothing.
    auto direct = load(m_db);
    if (direct)
        emit loaded(*direct);
    else
        emit failed(direct.error().toString());
}

} // namespace foothold

#include "InsightsLoader.moc"

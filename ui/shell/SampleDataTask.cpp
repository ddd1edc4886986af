#include "ui/shell/SampleDataTask.h"

#include "core/storage/Database.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"

#include <QAction>
#include <QEventLoop>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace foothold {

SampleDataTask::SampleDataTask(UiContext &context, QWidget *parent)
    : QObject(parent), m_context(context), m_parent(parent), m_cancel(std::make_shared<std::atomic_bool>(false))
{
}

SampleDataTask::~SampleDataTask() = default;

void SampleDataTask::cancel()
{
    m_cancel->store(true);
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

Status SampleDataTask::generate(const SampleOptions &options)
{
    const Clock &clock = m_context.clock;
    return run(tr("Generating sample data…"), true,
               [options, &clock](Database &db, const std::function<void(double)> &progress, const std::atomic_bool *cancel) -> Status {
                   auto summary = generateSampleData(db, options, clock, progress, cancel);
                   if (!summary)
                       return summary.error();
                   return {};
               });
}

Status SampleDataTask::remove()
{
    return run(tr("Removing sample data…"), false,
               [](Database &db, const std::function<void(double)> &, const std::atomic_bool *) { return removeSampleData(db); });
}

Status SampleDataTask::run(const QString &label, bool cancellable, const Work &work)
{
    // What the worker and this thread share: written by the worker, read here after it ended.
    struct Shared {
        std::atomic<int> permille{0};
        Status result;
    };
    auto shared = std::make_shared<Shared>();
    auto cancelFlag = m_cancel;
    cancelFlag->store(false);
    const QString path = m_context.db.path();
    std::unique_ptr<QThread> thread(QThread::create([shared, cancelFlag, path, work] {
        Database::Options options;
        options.create = false;
        options.backupBeforeMigration = false; // the UI's connection has already brought it up to date
        auto db = Database::open(path, options);
        if (!db) {
            shared->result = db.error();
            return;
        }
        shared->result = work(**db, [shared](double done) { shared->permille.store(int(done * 1000)); }, cancelFlag.get());
    }));

    QProgressDialog dialog(label, cancellable ? tr("Cancel") : QString(), 0, cancellable ? 1000 : 0, m_parent);
    dialog.setWindowTitle(tr("Sample data"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    if (!cancellable)
        dialog.setCancelButton(nullptr);
    m_dialog = &dialog;
    connect(&dialog, &QProgressDialog::canceled, this, &SampleDataTask::cancel);

    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, &dialog, [&dialog, shared, cancellable] {
        if (cancellable)
            dialog.setValue(shared->permille.load());
    });
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    poll.start();
    dialog.show();
    emit started();
    if (!thread->isFinished())
        loop.exec();
    thread->wait();
    poll.stop();
    dialog.hide();
    m_dialog = nullptr;

    const Status result = shared->result;
    if (result) {
        m_context.writer.stack()->clear();
        m_context.db.announceReset();
    } else if (result.error().code != Error::Code::Cancelled) {
        QMessageBox::warning(m_parent, tr("Sample data"), tr("That did not work: %1").arg(result.error().toString()));
    }
    return result;
}

void addRemoveSampleDataAction(QMenu *menu, UiContext &context, QWidget *parent)
{
    QAction *action = menu->addAction(QObject::tr("Remove sample data…"));
    action->setObjectName(QStringLiteral("removeSampleData"));
    action->setStatusTip(QObject::tr("Delete every record made by “Explore with sample data”, in one step"));
    auto update = [action, &context] {
        auto any = hasSampleData(context.db);
        action->setEnabled(any.ok() && *any);
    };
    QObject::connect(menu, &QMenu::aboutToShow, action, update);
    QObject::connect(context.db.notifier(), &ChangeNotifier::changed, action, [update](const ChangeSet &changes) {
        if (changes.reset) // sample data comes and goes with a reset
            update();
    });
    update();
    QObject::connect(action, &QAction::triggered, parent, [&context, parent] {
        const auto answer = QMessageBox::question(
            parent, QObject::tr("Remove sample data"),
            QObject::tr("Remove every sample record (contacts, companies, events, conversations, interviews, "
                        "applications and follow-ups)? Your own records stay. This cannot be undone."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        SampleDataTask task(context, parent);
        (void)task.remove();
    });
}

} // namespace foothold

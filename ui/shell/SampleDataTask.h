#pragma once

#include "core/services/sample/SampleData.h"
#include "core/util/Result.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <functional>
#include <memory>

class QMenu;
class QWidget;

namespace foothold {

struct UiContext;

// Generates or removes sample data without freezing the window: the work runs on a worker thread
// with its own Database connection on the same file (Qt Sql connections belong to one thread),
// behind a window-modal progress dialog (with Cancel while generating: nothing is kept). When the
// work has committed, the UI's own connection announces a reset, so every model reloads, and the
// undo history is cleared (it may refer to rows that are gone; this work is not undoable).
class SampleDataTask final : public QObject {
    Q_OBJECT
public:
    SampleDataTask(UiContext &context, QWidget *parent);
    ~SampleDataTask() override;

    // Each returns when the work is over: ok, Cancelled, or the error (also shown to the user
    // unless cancelled).
    Status generate(const SampleOptions &options = {});
    Status remove();

    // As the dialog's Cancel button (generation only).
    void cancel();
    [[nodiscard]] QProgressDialog *dialog() const { return m_dialog; }

signals:
    void started(); // the worker runs and the dialog is up

private:
    using Work = std::function<Status(Database &, const std::function<void(double)> &, const std::atomic_bool *)>;
    Status run(const QString &label, bool cancellable, const Work &work);

    UiContext &m_context;
    QWidget *m_parent;
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

// Adds File › Remove sample data… (enabled while there is any): asks, then removes it all.
void addRemoveSampleDataAction(QMenu *menu, UiContext &context, QWidget *parent);

} // namespace foothold

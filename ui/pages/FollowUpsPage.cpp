#include "ui/pages/FollowUpsPage.h"

#include "core/storage/FollowUpStore.h"
#include "core/util/Clock.h"
#include "ui/editors/FollowUpEditor.h"
#include "ui/models/FollowUpsModel.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>

namespace foothold {
namespace {

ListPage::Texts followUpTexts()
{
    return {QStringLiteral("followups"),
            FollowUpsPage::tr("Search follow-ups"),
            FollowUpsPage::tr("New follow-up"),
            FollowUpsPage::tr("No follow-ups yet"),
            FollowUpsPage::tr("A follow-up is a promise with a date: send the article you mentioned, thank an interviewer "
                              "within a day, check in with a mentor. Add one, and tick it off when it is done."),
            FollowUpsPage::tr("No follow-ups match"),
            [](int n) { return n == 1 ? FollowUpsPage::tr("1 follow-up") : FollowUpsPage::tr("%L1 follow-ups").arg(n); }};
}

enum Shown { ShowOpen, ShowDone, ShowAll };
enum DueRange { AnyTime, Overdue, Today, ThisWeek, Later };

} // namespace

FollowUpsPage::FollowUpsPage(UiContext &context, FollowUpsModel *model, QWidget *parent)
    : ListPage(model, followUpTexts(), parent), m_context(context), m_model(model), m_status(new QComboBox(this)),
      m_due(new QComboBox(this)), m_origin(new QComboBox(this))
{
    m_status->setToolTip(tr("Open, done or all follow-ups"));
    m_status->addItem(tr("Open"), ShowOpen);
    m_status->addItem(tr("Done"), ShowDone);
    m_status->addItem(tr("Open and done"), ShowAll);
    m_due->setToolTip(tr("When they are due"));
    m_due->addItem(tr("Due any time"), AnyTime);
    m_due->addItem(tr("Overdue"), Overdue);
    m_due->addItem(tr("Due today"), Today);
    m_due->addItem(tr("Due this week"), ThisWeek);
    m_due->addItem(tr("Due later"), Later);
    m_origin->setToolTip(tr("Made by hand or by a rule"));
    m_origin->addItem(tr("Any origin"), -1);
    for (const auto origin : allValues<FollowUpOrigin>())
        m_origin->addItem(label(origin), int(origin));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_origin->setObjectName(QStringLiteral("originFilter"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_due, m_origin})
        addFilterWidget(w);

    // The checkbox column is narrow, unless the user has sized the columns already.
    if (!QSettings().contains(QStringLiteral("pages/followups/header"))) {
        view()->setColumnWidth(FollowUpsModel::Done, 64);
        view()->setColumnWidth(FollowUpsModel::Due, 110);
        view()->setColumnWidth(FollowUpsModel::Title, 300);
        view()->setColumnWidth(FollowUpsModel::About, 260);
    }

    setEditor(new FollowUpEditor(context, model, this));

    auto *toggle = new QAction(tr("Mark done / not done"), this);
    toggle->setShortcut(QKeySequence(Qt::Key_Space));
    toggle->setShortcutContext(Qt::WidgetShortcut);
    view()->addAction(toggle);
    connect(toggle, &QAction::triggered, this, &FollowUpsPage::toggleSelectedDone);
    connect(model, &FollowUpsModel::aboutToSetDone, this, [this](const QList<qint64> &ids, bool done) {
        if (done)
            for (const qint64 id : ids)
                m_keepShown.insert(id);
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &FollowUpsPage::applyFilters);
    connect(m_due, &QComboBox::currentIndexChanged, this, &FollowUpsPage::applyFilters);
    connect(m_origin, &QComboBox::currentIndexChanged, this, &FollowUpsPage::applyFilters);
    if (auto *search = findChild<QLineEdit *>())
        connect(search, &QLineEdit::textChanged, this, [this] {
            if (!m_keepShown.isEmpty()) {
                m_keepShown.clear();
                applyFilters();
            }
        });
    applyFilters();
}

void FollowUpsPage::toggleSelectedDone()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool allDone = true;
    for (const qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && !m_model->rowAt(row).isDone())
            allDone = false;
    }
    if (Status status = m_model->setDone(ids, !allDone); !status)
        QMessageBox::warning(this, tr("Not changed"), status.error().toString());
}

void FollowUpsPage::applyFilters()
{
    m_keepShown.clear();
    auto *proxy = this->proxy();
    const int status = m_status->currentData().toInt();
    if (status == ShowAll)
        proxy->clearPredicate(QStringLiteral("status"));
    else
        proxy->setPredicate(QStringLiteral("status"), [this, status](int row) {
            const FollowUp &f = m_model->rowAt(row);
            return status == ShowDone ? f.isDone() : !f.isDone() || m_keepShown.contains(f.id.value);
        });

    const int range = m_due->currentData().toInt();
    const QDate today = m_context.clock.today();
    const QDate endOfWeek = today.addDays(7 - today.dayOfWeek()); // Sunday
    if (range == AnyTime)
        proxy->clearPredicate(QStringLiteral("due"));
    else
        proxy->setPredicate(QStringLiteral("due"), [this, range, today, endOfWeek](int row) {
            const QDate due = m_model->rowAt(row).due;
            switch (range) {
            case Overdue: return due < today;
            case Today: return due == today;
            case ThisWeek: return due >= today && due <= endOfWeek;
            default: return due > endOfWeek;
            }
        });

    const int origin = m_origin->currentData().toInt();
    if (origin < 0)
        proxy->clearPredicate(QStringLiteral("origin"));
    else
        proxy->setPredicate(QStringLiteral("origin"), [this, origin](int row) { return int(m_model->rowAt(row).origin) == origin; });
    updateState();
}

void FollowUpsPage::clearFilters()
{
    m_status->setCurrentIndex(m_status->findData(ShowAll));
    m_due->setCurrentIndex(0);
    m_origin->setCurrentIndex(0);
}

void FollowUpsPage::deleteRecords(const QList<qint64> &ids)
{
    const QString text = ids.size() == 1 ? tr("Delete “%1”").arg(m_model->rowAt(m_model->rowOf(ids.first())).title)
                                          : tr("Delete %L1 follow-ups").arg(ids.size());
    Status status = m_context.writer.write(text, [&]() -> Status {
        FollowUpStore store(m_context.db, m_context.clock);
        for (const qint64 id : ids)
            if (auto s = store.remove(FollowUpId(id)); !s)
                return s;
        return {};
    });
    if (!status)
        QMessageBox::warning(this, tr("Not deleted"), status.error().toString());
}

} // namespace foothold

#include "ui/pages/InterviewsPage.h"

#include "core/storage/InterviewStore.h"
#include "ui/dialogs/QuestionBankDialog.h"
#include "ui/editors/InterviewEditor.h"
#include "ui/models/ConversationsModel.h"
#include "ui/models/InterviewsModel.h"
#include "ui/models/NameDirectory.h"
#include "ui/pages/EditorWidth.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"

#include <QComboBox>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>

namespace foothold {
namespace {

ListPage::Texts interviewTexts()
{
    return { QStringLiteral("interviews"), InterviewsPage::tr("Search informational interviews"),
        InterviewsPage::tr("New interview"), InterviewsPage::tr("No informational interviews yet"),
        InterviewsPage::tr("Ask people about their work before you apply: a short request, prepared questions "
                           "from your question bank, and a thank-you afterwards."),
        InterviewsPage::tr("No informational interviews match"), [](int n) {
            return n == 1 ? InterviewsPage::tr("1 informational interview")
                          : InterviewsPage::tr("%L1 informational interviews").arg(n);
        } };
}

} // namespace

InterviewsPage::InterviewsPage(UiContext &context, InterviewsModel *model, QWidget *parent)
    : ListPage(model, interviewTexts(), parent)
    , m_context(context)
    , m_model(model)
    , m_stage(new QComboBox(this))
    , m_fit(new QComboBox(this))
    , m_bank(new QToolButton(this))
{
    m_stage->setToolTip(tr("Only interviews at this stage"));
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->addItem(tr("Any stage"), -1);
    for (const auto stage : allValues<InterviewStage>())
        m_stage->addItem(label(stage), int(stage));
    m_fit->setToolTip(tr("Only interviews with this fit decision"));
    m_fit->setAccessibleName(tr("Fit"));
    m_fit->addItem(tr("Any fit"), -1);
    for (const auto fit : allValues<FitDecision>())
        m_fit->addItem(label(fit), int(fit));
    m_bank->setText(tr("Question bank…"));
    m_bank->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bank->setFocusPolicy(Qt::StrongFocus);
    m_bank->setToolTip(tr("Add, edit, remove and reorder the questions you pick from"));
    addFilterWidget(m_stage);
    addFilterWidget(m_fit);
    addFilterWidget(m_bank);

    // Widths that fit what the columns hold, unless the user set their own before.
    if (!QSettings().contains(QStringLiteral("pages/interviews/header"))) {
        const QFontMetrics metrics = view()->fontMetrics();
        const auto fit = [&](int column, const QString &widest) {
            const QString header = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            view()->setColumnWidth(
                column, qMax(metrics.horizontalAdvance(header) + 28, metrics.horizontalAdvance(widest) + 16));
        };
        fit(InterviewsModel::Contact, QStringLiteral("Valentina Lindqvist"));
        fit(InterviewsModel::Company, QStringLiteral("Harbor Robotics"));
        fit(InterviewsModel::Stage, label(InterviewStage::ThankYouSent) + QStringLiteral("      "));
        fit(InterviewsModel::RequestedOn, QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat));
        fit(InterviewsModel::ScheduledAt,
            shortDateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59), QTimeZone::utc())));
    }

    setEditor(new InterviewEditor(context, this));
    connect(m_stage, &QComboBox::currentIndexChanged, this, &InterviewsPage::applyFilters);
    connect(m_fit, &QComboBox::currentIndexChanged, this, &InterviewsPage::applyFilters);
    connect(m_bank, &QToolButton::clicked, this, &InterviewsPage::openQuestionBank);
}

void InterviewsPage::resizeEvent(QResizeEvent *event)
{
    // In a narrow window the filter bar has no room for the long label (900 pixels wide, with the sidebar).
    m_bank->setText(width() < 760 ? tr("Bank…") : tr("Question bank…"));
    ListPage::resizeEvent(event);
}

void InterviewsPage::showEvent(QShowEvent *event)
{
    m_model->ensureLoaded();
    if (!m_laidOut) {
        m_laidOut = true;
        // Queued: the page has its final width once the window's layout has run.
        QMetaObject::invokeMethod(
            this, [this] { giveEditorWidth(this, QStringLiteral("interviews"), 440); }, Qt::QueuedConnection);
    }
    ListPage::showEvent(event);
}

void InterviewsPage::openQuestionBank()
{
    QuestionBankDialog dialog(m_context.db, m_context.writer, this);
    dialog.exec();
}

void InterviewsPage::applyFilters()
{
    auto *proxy = this->proxy();
    const int stage = m_stage->currentData().toInt();
    if (stage < 0)
        proxy->clearPredicate(QStringLiteral("stage"));
    else
        proxy->setPredicate(QStringLiteral("stage"),
            [this, stage](int row) { return int(m_model->rowAt(row).interview.stage) == stage; });
    const int fit = m_fit->currentData().toInt();
    if (fit < 0)
        proxy->clearPredicate(QStringLiteral("fit"));
    else
        proxy->setPredicate(
            QStringLiteral("fit"), [this, fit](int row) { return int(m_model->rowAt(row).interview.fit) == fit; });
    updateState();
}

void InterviewsPage::clearFilters()
{
    m_stage->setCurrentIndex(0);
    m_fit->setCurrentIndex(0);
}

void InterviewsPage::deleteRecords(const QList<qint64> &ids)
{
    const QString text = ids.size() == 1
        ? tr("Delete informational interview with %1")
              .arg(m_context.names.contact(m_model->rowAt(m_model->rowOf(ids.first())).interview.contact.value))
        : tr("Delete %n informational interview(s)", nullptr, int(ids.size()));
    Status status = m_context.writer.write(text, [&]() -> Status {
        InterviewStore store(m_context.db, m_context.clock);
        for (const qint64 id : ids)
            if (auto s = store.remove(InterviewId(id)); !s)
                return s;
        return {};
    });
    if (!status)
        QMessageBox::warning(this, tr("Not deleted"), status.error().toString());
}

} // namespace foothold

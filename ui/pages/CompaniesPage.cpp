#include "ui/pages/CompaniesPage.h"

#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "ui/editors/CompanyEditor.h"
#include "ui/models/CompaniesModel.h"
#include "ui/models/NameDirectory.h"
#include "ui/pages/ColumnDefaults.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTableView>
#include <QMessageBox>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace foothold {
namespace {

ListPage::Texts companyTexts()
{
    return {QStringLiteral("companies"),
            CompaniesPage::tr("Search companies"),
            CompaniesPage::tr("New company"),
            CompaniesPage::tr("No companies yet"),
            CompaniesPage::tr("Add the companies you would like to work for, and mark your targets. Companies also "
                              "appear here when you give a contact or an application one."),
            CompaniesPage::tr("No companies match"),
            [](int n) { return n == 1 ? CompaniesPage::tr("1 company") : CompaniesPage::tr("%L1 companies").arg(n); }};
}

// Priority filter choices: a value of CompanyPriority, or one of these.
constexpr int AnyPriority = -1;
constexpr int AnyTarget = -2;

} // namespace

CompaniesPage::CompaniesPage(UiContext &context, CompaniesModel *model, QWidget *parent)
    : ListPage(model, companyTexts(), parent), m_context(context), m_model(model), m_editor(new CompanyEditor(context, this)),
      m_priority(new QComboBox(this)), m_industry(new QComboBox(this)), m_known(new QCheckBox(tr("People I know"), this))
{
    m_priority->setToolTip(tr("Only companies with this target priority"));
    m_priority->setAccessibleName(tr("Target priority filter"));
    m_priority->addItem(tr("Any priority"), AnyPriority);
    m_priority->addItem(tr("All targets"), AnyTarget);
    for (const auto priority : {CompanyPriority::High, CompanyPriority::Medium, CompanyPriority::Low, CompanyPriority::None})
        m_priority->addItem(label(priority), int(priority));
    m_industry->setToolTip(tr("Only companies in this industry"));
    m_industry->setAccessibleName(tr("Industry filter"));
    m_industry->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_known->setToolTip(tr("Only companies where someone I have met works"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_priority, m_industry, m_known})
        addFilterWidget(w);
    fillIndustries();

    applyColumnDefaults(view(), QStringLiteral("companies"),
                        {{CompaniesModel::Name, 190}, {CompaniesModel::Industry, 110}, {CompaniesModel::Location, 100},
                         {CompaniesModel::Size, 80}, {CompaniesModel::Priority, 90}, {CompaniesModel::People, 60},
                         {CompaniesModel::OpenApplications, 60}});
    setEditor(m_editor);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &CompaniesPage::applyFilters);
    connect(m_industry, &QComboBox::currentIndexChanged, this, &CompaniesPage::applyFilters);
    connect(m_known, &QCheckBox::toggled, this, &CompaniesPage::applyFilters);
    connect(&context.names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Company)
            fillIndustries();
    });
}

void CompaniesPage::fillIndustries()
{
    const QString current = m_industry->currentData().toString();
    QStringList industries;
    QSet<QString> seen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString industry = m_model->rowAt(row).industry.trimmed();
        if (!industry.isEmpty() && !seen.contains(industry.toLower())) {
            seen.insert(industry.toLower());
            industries << industry;
        }
    }
    std::sort(industries.begin(), industries.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    const QSignalBlocker block(m_industry);
    m_industry->clear();
    m_industry->addItem(tr("Any industry"), QString());
    for (const QString &industry : industries)
        m_industry->addItem(industry, industry);
    // A filter on an industry that no company has any more falls back to "any".
    const int index = m_industry->findData(current);
    m_industry->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        applyFilters();
}

void CompaniesPage::applyFilters()
{
    auto *proxy = this->proxy();
    const int priority = m_priority->currentData().toInt();
    if (priority == AnyPriority)
        proxy->clearPredicate(QStringLiteral("priority"));
    else
        proxy->setPredicate(QStringLiteral("priority"), [this, priority](int row) {
            const int value = int(m_model->rowAt(row).priority);
            return priority == AnyTarget ? value != int(CompanyPriority::None) : value == priority;
        });

    const QString industry = m_industry->currentData().toString();
    if (industry.isEmpty())
        proxy->clearPredicate(QStringLiteral("industry"));
    else
        proxy->setPredicate(QStringLiteral("industry"), [this, industry](int row) {
            return m_model->rowAt(row).industry.trimmed().compare(industry, Qt::CaseInsensitive) == 0;
        });

    if (m_known->isChecked()) {
        m_model->countKnownPeople(); // once, on first use: it reads every contact
        proxy->setPredicate(QStringLiteral("known"), [this](int row) { return m_model->knownPeople(row) > 0; });
    }
    else
        proxy->clearPredicate(QStringLiteral("known"));
    updateState();
}

void CompaniesPage::clearFilters()
{
    m_priority->setCurrentIndex(0);
    m_industry->setCurrentIndex(0);
    m_known->setChecked(false);
}

void CompaniesPage::deleteRecords(const QList<qint64> &ids)
{
    // The store refuses a company that applications belong to. Ask first, so that a selection
    // with one such company deletes nothing and the message names every company in the way.
    QList<qint64> refused;
    for (const qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && m_model->rowAt(row).counts.applications > 0)
            refused << id;
    }
    if (!refused.isEmpty()) {
        explainRefusal(refused);
        return;
    }
    const QString text = ids.size() == 1 ? tr("Delete %1").arg(m_context.names.company(ids.first()))
                                          : tr("Delete %n company(s)", nullptr, int(ids.size()));
    Status status = m_context.writer.write(text, [&]() -> Status {
        CompanyStore store(m_context.db, m_context.clock);
        for (const qint64 id : ids)
            if (auto s = store.remove(CompanyId(id)); !s)
                return s;
        return {};
    });
    if (!status) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Not deleted"), status.error().message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void CompaniesPage::explainRefusal(const QList<qint64> &refused)
{
    QStringList lines;
    ApplicationStore applications(m_context.db, m_context.clock);
    for (const qint64 id : refused) {
        QStringList roles;
        for (const auto &application : applications.list({.company = CompanyId(id)}))
            roles << tr("%1 (%2)").arg(application.role, label(application.stage));
        lines << tr("%1 — %2").arg(m_context.names.company(id), roles.join(QStringLiteral(", ")));
    }
    const QString name = m_context.names.company(refused.first());
    const QString why = tr("An application always belongs to a company, so a company with applications cannot be "
                           "deleted. Delete those applications, or move them to another company, first.");
    auto *box = new QMessageBox(QMessageBox::Information,
                                refused.size() == 1 ? tr("“%1” was not deleted").arg(name) : tr("Nothing was deleted"),
                                refused.size() == 1 ? tr("“%1” was not deleted: job applications belong to it.").arg(name)
                                                    : tr("Nothing was deleted: job applications belong to %1 of the selected "
                                                         "companies.")
                                                          .arg(refused.size()),
                                QMessageBox::Ok, this);
    box->setInformativeText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + why);
    box->setObjectName(QStringLiteral("deleteRefused"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    // The editor shows the company with its applications as links, to go and deal with them. After
    // the list has moved its current row (deleteSelected does, once this returns).
    const qint64 first = refused.first();
    const QString notice = tr("Not deleted: job applications belong to %1 (listed under Applications below). Delete them "
                              "or move them to another company first.")
                               .arg(name);
    QTimer::singleShot(0, this, [this, first, notice] {
        showRecord(first);
        if (m_editor->recordId() == first)
            m_editor->showNotice(notice);
    });
}

} // namespace foothold

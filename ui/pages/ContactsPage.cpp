#include "ui/pages/ContactsPage.h"

#include "core/storage/ContactStore.h"
#include "core/storage/TagStore.h"
#include "core/util/Clock.h"
#include "ui/editors/ContactEditor.h"
#include "ui/models/ContactsModel.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>

#include <algorithm>

namespace foothold {
namespace {

ListPage::Texts contactTexts()
{
    return {QStringLiteral("contacts"),
            ContactsPage::tr("Search contacts"),
            ContactsPage::tr("New contact"),
            ContactsPage::tr("No contacts yet"),
            ContactsPage::tr("Add the people you know: whom you met, where, and who introduced you. "
                             "Or import your LinkedIn connections."),
            ContactsPage::tr("No contacts match"),
            [](int n) { return n == 1 ? ContactsPage::tr("1 contact") : ContactsPage::tr("%L1 contacts").arg(n); }};
}

enum ConnectedRange { AnyTime, Last30, Last90, Last365, Older, Unknown };

} // namespace

ContactsPage::ContactsPage(UiContext &context, ContactsModel *model, QWidget *parent)
    : ListPage(model, contactTexts(), parent), m_context(context), m_model(model), m_tag(new QComboBox(this)),
      m_company(new QComboBox(this)), m_channel(new QComboBox(this)), m_connected(new QComboBox(this)),
      m_prospects(new QCheckBox(tr("Prospects"), this))
{
    m_tag->setToolTip(tr("Only contacts with this tag"));
    m_company->setToolTip(tr("Only contacts at this company"));
    m_company->setEditable(true);
    m_company->setInsertPolicy(QComboBox::NoInsert);
    m_company->setMinimumContentsLength(12);
    // Sized by that length rather than by measuring thousands of company names at start.
    m_company->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(10);
    m_channel->setToolTip(tr("Only contacts met this way"));
    m_connected->setToolTip(tr("When you connected"));
    m_prospects->setToolTip(tr("Show people you know of but have not met"));
    m_prospects->setChecked(true);
    m_connected->addItem(tr("Any time"), AnyTime);
    m_connected->addItem(tr("Last 30 days"), Last30);
    m_connected->addItem(tr("Last 90 days"), Last90);
    m_connected->addItem(tr("Last 12 months"), Last365);
    m_connected->addItem(tr("Over a year ago"), Older);
    m_connected->addItem(tr("Date unknown"), Unknown);
    m_channel->addItem(tr("Any channel"), -1);
    for (const auto channel : allValues<Channel>())
        m_channel->addItem(label(channel), int(channel));
    for (QWidget *w : std::initializer_list<QWidget *>{m_tag, m_company, m_channel, m_connected, m_prospects})
        addFilterWidget(w);
    fillFilterChoices();

    setEditor(new ContactEditor(context, this));
    connect(m_tag, &QComboBox::currentIndexChanged, this, &ContactsPage::applyFilters);
    connect(m_company, &QComboBox::currentTextChanged, this, &ContactsPage::applyFilters);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ContactsPage::applyFilters);
    connect(m_connected, &QComboBox::currentIndexChanged, this, &ContactsPage::applyFilters);
    connect(m_prospects, &QCheckBox::toggled, this, &ContactsPage::applyFilters);
    connect(&context.names, &NameDirectory::namesChanged, this, [this](Entity entity) {
        if (entity == Entity::Company || entity == Entity::Contact)
            fillFilterChoices();
    });
}

void ContactsPage::fillFilterChoices()
{
    const QString tag = m_tag->currentData().toString();
    const QSignalBlocker blockTag(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const QString &name : TagStore(m_context.db).allNames())
        m_tag->addItem(name, name);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(tag)));

    const QString company = m_company->currentText();
    const QSignalBlocker blockCompany(m_company);
    QStringList companies = m_context.names.companies().values();
    std::sort(companies.begin(), companies.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    m_company->clear();
    m_company->addItem(QString());
    m_company->addItems(companies);
    m_company->setCurrentText(company);
    m_company->lineEdit()->setPlaceholderText(tr("Any company"));
}

void ContactsPage::applyFilters()
{
    auto *proxy = this->proxy();
    const QString tag = m_tag->currentData().toString();
    if (tag.isEmpty())
        proxy->clearPredicate(QStringLiteral("tag"));
    else
        proxy->setPredicate(QStringLiteral("tag"), [this, tag](int row) {
            return m_model->rowAt(row).tags.contains(tag, Qt::CaseInsensitive);
        });

    const QString company = m_company->currentText().trimmed();
    if (company.isEmpty())
        proxy->clearPredicate(QStringLiteral("company"));
    else
        proxy->setPredicate(QStringLiteral("company"), [this, company](int row) {
            return m_context.names.company(m_model->rowAt(row).company.value).compare(company, Qt::CaseInsensitive) == 0;
        });

    const int channel = m_channel->currentData().toInt();
    if (channel < 0)
        proxy->clearPredicate(QStringLiteral("channel"));
    else
        proxy->setPredicate(QStringLiteral("channel"), [this, channel](int row) { return int(m_model->rowAt(row).channel) == channel; });

    const int range = m_connected->currentData().toInt();
    const QDate today = m_context.clock.today();
    if (range == AnyTime)
        proxy->clearPredicate(QStringLiteral("connected"));
    else
        proxy->setPredicate(QStringLiteral("connected"), [this, range, today](int row) {
            const QDate d = m_model->rowAt(row).connectedOn;
            switch (range) {
            case Last30: return d.isValid() && d >= today.addDays(-30);
            case Last90: return d.isValid() && d >= today.addDays(-90);
            case Last365: return d.isValid() && d >= today.addDays(-365);
            case Older: return d.isValid() && d < today.addDays(-365);
            default: return !d.isValid();
            }
        });

    if (m_prospects->isChecked())
        proxy->clearPredicate(QStringLiteral("prospects"));
    else
        proxy->setPredicate(QStringLiteral("prospects"), [this](int row) { return !m_model->rowAt(row).prospect; });
    updateState();
}

void ContactsPage::clearFilters()
{
    m_tag->setCurrentIndex(0);
    m_company->setCurrentText(QString());
    m_channel->setCurrentIndex(0);
    m_connected->setCurrentIndex(0);
    m_prospects->setChecked(true);
}

void ContactsPage::deleteRecords(const QList<qint64> &ids)
{
    QList<ContactId> contactIds;
    for (const qint64 id : ids)
        contactIds << ContactId(id);
    const QString text = ids.size() == 1 ? tr("Delete %1").arg(m_context.names.contact(ids.first()))
                                          : tr("Delete %n contact(s)", nullptr, int(ids.size()));
    Status status = m_context.writer.write(text, [&] { return ContactStore(m_context.db, m_context.clock).removeMany(contactIds); });
    if (!status)
        QMessageBox::warning(this, tr("Not deleted"), status.error().toString());
}

} // namespace foothold

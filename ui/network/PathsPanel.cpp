#include "ui/network/PathsPanel.h"

#include "core/services/IntroductionRequest.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/ExternalLinks.h"
#include "ui/widgets/Palette.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace foothold {

PathsPanel::PathsPanel(UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Who could introduce me to someone at…</b>"), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *row = new QHBoxLayout;
    m_company = new QComboBox(this);
    m_company->setEditable(true);
    m_company->setInsertPolicy(QComboBox::NoInsert);
    m_company->completer()->setFilterMode(Qt::MatchContains);
    m_company->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_company->setAccessibleName(tr("Target company"));
    m_company->lineEdit()->setPlaceholderText(tr("Company"));
    m_company->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_company->setMinimumContentsLength(14);
    title->setBuddy(m_company);
    m_find = new QPushButton(tr("Find paths"), this);
    row->addWidget(m_company, 1);
    row->addWidget(m_find);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    m_results = new QTextBrowser(this);
    m_results->setOpenLinks(false);
    m_results->setAccessibleName(tr("Warm paths"));
    m_results->setPlaceholderText(tr("Pick a company to see who could introduce you, best path first."));
    layout->addWidget(m_results, 1);

    connect(m_find, &QPushButton::clicked, this, &PathsPanel::find);
    connect(m_company, &QComboBox::activated, this, &PathsPanel::find);
    connect(m_results, &QTextBrowser::anchorClicked, this, &PathsPanel::onAnchor);
}

void PathsPanel::setSnapshot(std::shared_ptr<const NetworkSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    fillCompanies();
    // The graph changed: answer the same question again over it.
    if (m_snapshot && !m_target.isValid())
        m_target = suggestedTarget();
    if (m_target.isValid() && m_snapshot && m_snapshot->graph.company(m_target))
        showPathsTo(m_target);
    else if (m_target.isValid()) {
        m_target = {};
        m_answer = {};
        m_results->clear();
        emit pathChosen({});
    }
}

CompanyId PathsPanel::suggestedTarget() const
{
    // The question the page answers first: the top target I reach only through someone (an
    // introduction to ask for), else the top target I reach at all.
    for (const int wanted : {2, 1})
        for (const TargetReach &t : m_snapshot->reach.targets)
            if (t.degree == wanted)
                return t.id;
    return {};
}

void PathsPanel::fillCompanies()
{
    const QString typed = m_company->currentText();
    m_company->clear();
    if (!m_snapshot)
        return;
    QList<const NetworkCompany *> companies;
    for (const NetworkCompany &c : m_snapshot->graph.companies())
        companies << &c;
    // Targets first (top priority first), then everyone else by name.
    std::stable_sort(companies.begin(), companies.end(), [](const NetworkCompany *a, const NetworkCompany *b) {
        const int pa = a->priority == CompanyPriority::None ? 9 : int(a->priority);
        const int pb = b->priority == CompanyPriority::None ? 9 : int(b->priority);
        if (pa != pb)
            return pa < pb;
        return a->name.localeAwareCompare(b->name) < 0;
    });
    for (const NetworkCompany *c : companies)
        m_company->addItem(c->priority == CompanyPriority::None ? c->name : tr("%1 (target)").arg(c->name), QVariant(c->id.value));
    m_company->setCurrentIndex(-1);
    m_company->setEditText(typed);
}

void PathsPanel::find()
{
    if (!m_snapshot)
        return;
    int index = m_company->currentIndex();
    if (index < 0 || m_company->itemText(index) != m_company->currentText())
        index = m_company->findText(m_company->currentText(), Qt::MatchFixedString);
    if (index < 0)
        index = m_company->findText(m_company->currentText(), Qt::MatchStartsWith);
    if (index < 0) {
        m_status->setText(tr("No company called “%1” in your records.").arg(m_company->currentText()));
        m_status->show();
        return;
    }
    m_company->setCurrentIndex(index);
    showPathsTo(CompanyId{m_company->itemData(index).toLongLong()});
}

void PathsPanel::showPathsTo(CompanyId company)
{
    m_status->hide();
    m_target = company;
    const int index = m_company->findData(QVariant(company.value));
    if (index >= 0 && m_company->currentIndex() != index)
        m_company->setCurrentIndex(index);
    // A name longer than the box shows from its start ("Lumen Labs (tar…"), not its end.
    m_company->lineEdit()->setCursorPosition(0);
    auto answer = NetworkService(m_context.db, m_context.clock).paths(m_snapshot->graph, PathTarget::toCompany(company), 5);
    if (!answer) {
        m_answer = {};
        m_status->setText(answer.error().message);
        m_status->show();
        m_results->clear();
        emit pathChosen({});
        return;
    }
    m_answer = std::move(*answer);
    m_chosen = -1;
    choosePath(m_answer.paths.isEmpty() ? -1 : 0);
}

void PathsPanel::choosePath(int index)
{
    m_chosen = index >= 0 && index < m_answer.paths.size() ? index : -1;
    render();
    QList<ContactId> hops;
    if (m_chosen >= 0)
        for (const PathHop &hop : m_answer.paths.at(m_chosen).hops)
            hops << hop.id;
    emit pathChosen(hops);
}

QString PathsPanel::resultText() const
{
    return m_results->toPlainText();
}

void PathsPanel::render()
{
    const QPalette palette = this->palette();
    const QString muted = mutedTextColor(palette).name();
    auto person = [](ContactId id, const QString &name) {
        return linkHtml(Navigator::urlFor(Entity::Contact, id.value).toString(), name);
    };
    QString html;
    if (m_answer.paths.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(m_answer.peopleThere == 0
                                                          ? tr("No path to %1: nobody in your records works there yet.").arg(m_answer.goal.toHtmlEscaped())
                                                          : tr("No path to %1: nobody you know is linked to anyone there.").arg(m_answer.goal.toHtmlEscaped()));
        const NearestHelp &help = m_answer.help;
        if (!help.stackContacts.isEmpty()) {
            html += QStringLiteral("<p>%1<br>").arg(tr("People you know at companies with the same stack:"));
            for (const StackContact &c : help.stackContacts)
                html += QStringLiteral("%1 (%2; %3)<br>")
                            .arg(person(c.id, c.name), c.companyName.toHtmlEscaped(), c.sharedStack.join(QStringLiteral(", ")).toHtmlEscaped());
            html += QStringLiteral("</p>");
        }
        if (!help.events.isEmpty()) {
            html += QStringLiteral("<p>%1<br>").arg(tr("Events where they are expected:"));
            for (const EventMention &e : help.events)
                html += QStringLiteral("%1 (%2)<br>")
                            .arg(linkHtml(Navigator::urlFor(Entity::Event, e.event.value).toString(), e.name),
                                 QLocale().toString(e.start.toLocalTime().date(), QLocale::ShortFormat));
            html += QStringLiteral("</p>");
        }
        if (help.stackContacts.isEmpty() && help.events.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("Nothing nearby either: add the company's tech stack and the events it goes to, or people who work there."));
        m_results->setHtml(html);
        return;
    }
    html += QStringLiteral("<p>%1</p>").arg(tr("%n path(s) to %1, best first (%2 people there in your records).", nullptr, int(m_answer.paths.size()))
                                                .arg(m_answer.goal.toHtmlEscaped())
                                                .arg(m_answer.peopleThere));
    for (qsizetype i = 0; i < m_answer.paths.size(); ++i) {
        const WarmPath &path = m_answer.paths.at(i);
        QStringList chain;
        for (const PathHop &hop : path.hops)
            chain << person(hop.id, hop.name);
        const bool chosen = i == m_chosen;
        html += QStringLiteral("<p>%1<b>%2. %3</b> %4 → %5<br>")
                    .arg(chosen ? QStringLiteral("▶ ") : QString())
                    .arg(i + 1)
                    .arg(tr("score %1").arg(QString::number(path.score, 'f', 2)))
                    .arg(tr("you"), chain.join(QStringLiteral(" → ")));
        for (qsizetype h = 0; h < path.hops.size(); ++h) {
            const PathHop &hop = path.hops.at(h);
            html += QStringLiteral("<span style=\"color:%1\">&nbsp;&nbsp;%2 · %3</span><br>")
                        .arg(muted, QString::number(hop.strength, 'f', 2), hop.why.toHtmlEscaped());
        }
        html += QStringLiteral("<a href=\"path:%1\">%2</a> · <a href=\"ask:%1\">%3</a></p>")
                    .arg(i)
                    .arg(chosen ? tr("Shown on the graph") : tr("Show on the graph"),
                         path.hops.size() > 1 ? tr("Ask %1 for an introduction").arg(path.hops.first().name.toHtmlEscaped())
                                              : tr("Ask %1 about %2").arg(path.hops.first().name.toHtmlEscaped(), m_answer.goal.toHtmlEscaped()));
    }
    m_results->setHtml(html);
}

bool PathsPanel::ask(int index)
{
    if (index < 0 || index >= m_answer.paths.size())
        return false;
    const WarmPath path = m_answer.paths.at(index);
    const Status status = m_context.writer.write(tr("Ask for an introduction"), [&]() -> Status {
        auto created = createIntroductionFollowUp(m_context.db, m_context.clock, path, m_answer.goal, m_answer.goalIsCompany);
        if (!created)
            return created.error();
        return {};
    });
    m_status->setText(status ? tr("Follow-up created: ask %1, due tomorrow (Follow-ups page).").arg(path.hops.first().name)
                             : status.error().message);
    m_status->show();
    return status.ok();
}

void PathsPanel::onAnchor(const QUrl &url)
{
    if (url.scheme() == QLatin1String("path")) {
        choosePath(url.path().toInt());
        if (m_chosen >= 0) {
            QList<ContactId> hops;
            for (const PathHop &hop : m_answer.paths.at(m_chosen).hops)
                hops << hop.id;
            emit pathShown(hops);
        }
    }
    else if (url.scheme() == QLatin1String("ask"))
        ask(url.path().toInt());
    else
        m_context.navigator.openLink(url);
}

} // namespace foothold

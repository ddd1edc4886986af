#include "cli/CommandLine.h"
#include "cli/commands/EventCommands.h"
#include "core/services/EventBrief.h"
#include "core/services/NameResolver.h"
#include "core/util/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foothold::cli {

int runEventBrief(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("event brief"), QStringLiteral("EVENT [--json]"),
                     QStringLiteral("Before the event: the people to meet (to meet, speakers, expected) and why, with the "
                                    "warm-introduction path when you do not know them, the companies attending (targets "
                                    "first), questions to ask from the question bank, your pitch (or a draft to adapt when you have not "
                                    "written one in the app), and the checklist with your ticks and your own items."));
    line.positional(QStringLiteral("EVENT"), QStringLiteral("The event, by name or id."))
        .option(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (line.positionalArguments().size() != 1)
        return line.usageError(context, QStringLiteral("give one EVENT"));
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    auto event = NameResolver(*db).event(line.positionalArguments().first());
    if (!event)
        return context.fail(event.error());
    auto brief = EventBrief(*db, context.clock()).brief(*event, settingValue(settings::EventInterests));
    if (!brief)
        return context.fail(brief.error());

    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray people, companies, checklist;
        for (const BriefPerson &p : brief->people)
            people.append(QJsonObject{{QStringLiteral("id"), double(p.contact.value)},
                                      {QStringLiteral("name"), p.name},
                                      {QStringLiteral("company"), p.company},
                                      {QStringLiteral("role"), toKey(p.role)},
                                      {QStringLiteral("why"), p.why},
                                      {QStringLiteral("connection"), p.connection},
                                      {QStringLiteral("path"), QJsonArray::fromStringList(p.path)}});
        for (const BriefCompany &c : brief->companies)
            companies.append(QJsonObject{{QStringLiteral("id"), double(c.company.value)},
                                         {QStringLiteral("name"), c.name},
                                         {QStringLiteral("roles"), QJsonArray::fromStringList(c.roles)},
                                         {QStringLiteral("target"), c.target}});
        for (const BriefItem &i : brief->checklist)
        {
            QJsonObject item{{QStringLiteral("item"), i.item}, {QStringLiteral("done"), i.done}, {QStringLiteral("generated"), i.generated()}};
            if (i.generated()) {
                item.insert(QStringLiteral("key"), i.key);
                item.insert(QStringLiteral("ticked"), i.ticked);
            } else {
                item.insert(QStringLiteral("id"), double(i.id));
            }
            checklist.append(item);
        }
        const QJsonObject object{{QStringLiteral("event"), double(brief->event.value)},
                                 {QStringLiteral("name"), brief->name},
                                 {QStringLiteral("people"), people},
                                 {QStringLiteral("companies"), companies},
                                 {QStringLiteral("questions"), QJsonArray::fromStringList(brief->questions)},
                                 {QStringLiteral("pitch"), brief->pitch},
                                 {QStringLiteral("pitch_edited"), brief->pitchEdited},
                                 {QStringLiteral("draft_pitch"), brief->draftPitch},
                                 {QStringLiteral("checklist"), checklist}};
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        context.out().flush();
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << "Before " << brief->name << "\n\nPeople to meet:\n";
    if (brief->people.isEmpty())
        out << "  (none listed: add event --person NAME:to-meet)\n";
    for (const BriefPerson &p : brief->people) {
        out << "  " << p.name << " — " << p.why << "\n";
        if (p.path.size() > 1)
            out << "    path: " << p.path.join(QStringLiteral(" → ")) << "\n";
    }
    out << "\nCompanies attending:\n";
    for (const BriefCompany &c : brief->companies)
        out << "  " << c.name << (c.target ? " (target)" : "") << ": " << c.roles.join(QStringLiteral(", ")) << "\n";
    out << "\nQuestions to ask:\n";
    for (const QString &q : brief->questions)
        out << "  - " << q << "\n";
    out << (brief->pitchEdited ? "\nPitch (yours):\n  " : "\nPitch (a draft to adapt):\n  ")
        << QString(brief->pitch).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) << "\n\nChecklist:\n";
    for (const BriefItem &i : brief->checklist)
        out << "  [" << (i.done ? "x" : " ") << "] " << i.item << (i.generated() ? "" : " (yours)") << "\n";
    out.flush();
    return ExitOk;
}

} // namespace foothold::cli

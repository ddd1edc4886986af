#include "cli/CommandLine.h"
#include "cli/Parsing.h"
#include "cli/commands/AddCommands.h"
#include "core/domain/TimeInput.h"
#include "core/domain/Validation.h"
#include "core/services/EventFollowUps.h"
#include "core/services/NameResolver.h"
#include "core/storage/ConversationStore.h"

namespace foothold::cli {

int runAddConversation(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("add conversation"), QStringLiteral("--contact NAME_OR_ID --date WHEN --kind KIND [options]"),
                     QStringLiteral("Logs a conversation and prints its id."));
    line.option(QStringLiteral("contact"), QStringLiteral("Who you talked with, name or id (repeatable; at least one)."),
                QStringLiteral("NAME_OR_ID"))
        .option(QStringLiteral("date"), QStringLiteral("When: YYYY-MM-DD or YYYY-MM-DDTHH:MM (required)."), QStringLiteral("WHEN"))
        .option(QStringLiteral("kind"), QStringLiteral("Kind (required): ") + allKeys<ConversationKind>().join(QStringLiteral(", ")) + QLatin1Char('.'),
                QStringLiteral("KIND"))
        .option(QStringLiteral("channel"), QStringLiteral("Channel: ") + allKeys<ConversationChannel>().join(QStringLiteral(", ")) + QLatin1Char('.'),
                QStringLiteral("CH"))
        .option(QStringLiteral("duration"), QStringLiteral("Length in minutes."), QStringLiteral("MIN"))
        .option(QStringLiteral("share"), QStringLiteral("My estimated share of the talking, 0..1 or a percentage."), QStringLiteral("X"))
        .option(QStringLiteral("event"), QStringLiteral("The event where it happened (name or id)."), QStringLiteral("EVENT"))
        .option(QStringLiteral("application"), QStringLiteral("The application a job interview belongs to (id)."), QStringLiteral("ID"))
        .option(QStringLiteral("next-step"), QStringLiteral("What happens next."), QStringLiteral("TEXT"))
        .option(QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("TEXT"));
    if (auto stop = line.parse(args, context))
        return *stop;
    for (const char *required : {"contact", "date", "kind"})
        if (!line.isSet(QString::fromLatin1(required)))
            return line.usageError(context, QStringLiteral("--%1 is required").arg(QLatin1String(required)));

    Conversation conversation;
    // A date alone is taken as midday, so the day stays the same in any time zone near ours.
    auto when = parseTimeInput(line.value(QStringLiteral("date")), QStringLiteral("date"), {}, QTime(12, 0));
    if (!when)
        return context.fail(when.error());
    conversation.when = when->utc;
    auto kind = parseKey<ConversationKind>(line.value(QStringLiteral("kind")), QStringLiteral("kind"));
    if (!kind)
        return context.fail(kind.error());
    conversation.kind = *kind;
    if (line.isSet(QStringLiteral("channel"))) {
        auto channel = parseKey<ConversationChannel>(line.value(QStringLiteral("channel")), QStringLiteral("channel"));
        if (!channel)
            return context.fail(channel.error());
        conversation.channel = *channel;
    }
    if (line.isSet(QStringLiteral("duration"))) {
        auto minutes = parseInteger(line.value(QStringLiteral("duration")), QStringLiteral("duration"), 0, 24 * 60);
        if (!minutes)
            return context.fail(minutes.error());
        conversation.durationMinutes = int(*minutes);
    }
    if (line.isSet(QStringLiteral("share"))) {
        auto share = parseFraction(line.value(QStringLiteral("share")), QStringLiteral("share"));
        if (!share)
            return context.fail(share.error());
        conversation.talk.source = TalkSource::Estimate;
        conversation.talk.myShare = *share;
    }
    conversation.nextStep = line.value(QStringLiteral("next-step"));
    conversation.notes = line.value(QStringLiteral("notes"));

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    NameResolver resolve(*db);
    for (const QString &who : line.values(QStringLiteral("contact"))) {
        auto id = resolve.contact(who);
        if (!id)
            return context.fail(id.error());
        if (!conversation.contacts.contains(*id))
            conversation.contacts << *id;
    }
    if (line.isSet(QStringLiteral("event"))) {
        auto id = resolve.event(line.value(QStringLiteral("event")));
        if (!id)
            return context.fail(id.error());
        conversation.event = *id;
    }
    if (line.isSet(QStringLiteral("application"))) {
        auto id = resolve.application(line.value(QStringLiteral("application")));
        if (!id)
            return context.fail(id.error());
        conversation.application = *id;
    }
    // With an event, its follow-up rules run in the same transaction (thank the speakers I
    // talked to there).
    ConversationId newId;
    int madeFollowUps = 0;
    Status status = db->transaction([&]() -> Status {
        auto id = ConversationStore(*db, context.clock()).insert(conversation);
        if (!id)
            return id.error();
        newId = *id;
        if (conversation.event.isValid()) {
            auto made = EventFollowUps(*db, context.clock()).apply(conversation.event);
            if (!made)
                return made.error();
            madeFollowUps = *made;
        }
        return {};
    });
    if (!status)
        return context.fail(status.error());
    context.out() << "added conversation " << newId.value << Qt::endl;
    if (madeFollowUps > 0)
        context.out() << madeFollowUps << " follow-up(s) made by the event's rules" << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli

#include "ui/shell/Navigator.h"

#include "ui/widgets/ExternalLinks.h"

namespace foothold {
namespace {

struct Name {
    Entity entity;
    const char *host;
};

const Name kNames[] = {
    {Entity::Contact, "contact"},       {Entity::Company, "company"},
    {Entity::Event, "event"},           {Entity::Conversation, "conversation"},
    {Entity::InformationalInterview, "interview"}, {Entity::Application, "application"},
    {Entity::FollowUp, "followup"},
};

} // namespace

QUrl Navigator::urlFor(Entity entity, qint64 id)
{
    for (const auto &name : kNames)
        if (name.entity == entity)
            return QUrl(QStringLiteral("foothold://%1/%2").arg(QLatin1String(name.host)).arg(id));
    return {};
}

bool Navigator::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("foothold")) {
        bool ok = false;
        const qint64 id = url.path().mid(1).toLongLong(&ok);
        for (const auto &name : kNames) {
            if (ok && url.host() == QLatin1String(name.host)) {
                open(name.entity, id);
                return true;
            }
        }
        return false;
    }
    return openExternalLink(url);
}

void Navigator::open(Entity entity, qint64 id)
{
    emit openRequested(entity, id);
}

} // namespace foothold

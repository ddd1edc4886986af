#include "ui/shell/Pages.h"

#include <QCoreApplication>

namespace foothold {

QString pageTitle(PageId page)
{
    switch (page) {
    case PageId::Today: return QCoreApplication::translate("Pages", "Today");
    case PageId::Contacts: return QCoreApplication::translate("Pages", "Contacts");
    case PageId::Companies: return QCoreApplication::translate("Pages", "Companies");
    case PageId::Events: return QCoreApplication::translate("Pages", "Events");
    case PageId::Conversations: return QCoreApplication::translate("Pages", "Conversations");
    case PageId::Interviews: return QCoreApplication::translate("Pages", "Informational interviews");
    case PageId::Applications: return QCoreApplication::translate("Pages", "Applications");
    case PageId::FollowUps: return QCoreApplication::translate("Pages", "Follow-ups");
    case PageId::Insights: return QCoreApplication::translate("Pages", "Insights");
    case PageId::Network: return QCoreApplication::translate("Pages", "Network");
    default: return {};
    }
}

QString pageKey(PageId page)
{
    static const char *const keys[] = {"today", "contacts", "companies", "events", "conversations",
                                       "interviews", "applications", "followups", "insights", "network"};
    const int index = int(page);
    return index >= 0 && index < int(PageId::Count) ? QString::fromLatin1(keys[index]) : QString();
}

std::optional<PageId> pageFromKey(const QString &key)
{
    for (int i = 0; i < int(PageId::Count); ++i)
        if (pageKey(static_cast<PageId>(i)) == key.trimmed().toLower())
            return static_cast<PageId>(i);
    return std::nullopt;
}

PageId pageFor(Entity entity)
{
    switch (entity) {
    case Entity::Contact: return PageId::Contacts;
    case Entity::Company: return PageId::Companies;
    case Entity::Event: return PageId::Events;
    case Entity::Conversation: return PageId::Conversations;
    case Entity::InformationalInterview: return PageId::Interviews;
    case Entity::Application: return PageId::Applications;
    case Entity::FollowUp: return PageId::FollowUps;
    default: return PageId::Today;
    }
}

} // namespace foothold

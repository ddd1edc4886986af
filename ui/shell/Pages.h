#pragma once

#include "core/storage/ChangeNotifier.h"

#include <QString>

#include <optional>

namespace foothold {

// The pages of the sidebar, in order.
enum class PageId { Today, Contacts, Companies, Events, Conversations, Interviews, Applications, FollowUps, Insights, Network, Count };

[[nodiscard]] QString pageTitle(PageId page);
// Stable names for the command line (--page contacts): today, contacts, companies, events,
// conversations, interviews, applications, followups, insights, network.
[[nodiscard]] QString pageKey(PageId page);
[[nodiscard]] std::optional<PageId> pageFromKey(const QString &key);
// The page that lists records of `entity`.
[[nodiscard]] PageId pageFor(Entity entity);

} // namespace foothold

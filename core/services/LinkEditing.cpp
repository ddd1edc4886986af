#include "core/services/LinkEditing.h"

#include "core/domain/Validation.h"
#include "core/storage/LinkStore.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LinkEditing", text);
}

} // namespace

Result<LinkAdded> addLinkByHand(Database &db, Link link)
{
    link.source = LinkSource::Manual;
    link.dismissed = false;
    if (auto invalid = firstError(validate(link)); !invalid)
        return invalid.error();
    LinkStore links(db);
    LinkAdded added;
    Status status = db.transaction([&]() -> Status {
        for (const Link &existing : links.linksOf(link.from, true)) {
            const bool samePair = (existing.from == link.from && existing.to == link.to)
                || (isSymmetric(link.kind) && existing.from == link.to && existing.to == link.from);
            if (!samePair || existing.kind != link.kind)
                continue;
            if (!existing.dismissed)
                return Error{Error::Code::Conflict,
                             tr("these two people are already linked that way (link %1)").arg(existing.id.value),
                             QStringLiteral("kind"), {}};
            Link mine = link;
            mine.id = existing.id;
            added.id = existing.id;
            added.revived = true;
            return links.update(mine);
        }
        auto inserted = links.insert(link);
        if (!inserted)
            return inserted.error();
        added.id = *inserted;
        return {};
    });
    if (!status)
        return status.error();
    return added;
}

Result<bool> removeOrDismissLink(Database &db, LinkId id)
{
    LinkStore links(db);
    auto found = links.get(id);
    if (!found || found->dismissed)
        return Error{Error::Code::NotFound, tr("there is no link with id %1").arg(id.value), QStringLiteral("link"), {}};
    if (isDerivedLink(found->source)) {
        if (auto s = links.setDismissed(id, true); !s)
            return s.error();
        return true;
    }
    if (auto s = links.remove(id); !s)
        return s.error();
    return false;
}

} // namespace foothold

#include "core/domain/Contact.h"

namespace foothold {

QString Contact::linkedInUrl() const
{
    for (const auto &url : urls) {
        if (url.type.compare(QLatin1String("linkedin"), Qt::CaseInsensitive) == 0
            || url.value.contains(QLatin1String("linkedin.com/"), Qt::CaseInsensitive))
            return url.value;
    }
    return {};
}

} // namespace foothold

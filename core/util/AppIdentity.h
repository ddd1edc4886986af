#pragma once

namespace foothold {

// Sets the application name and version that both executables share, so that they agree on the
// default database location (QStandardPaths::AppDataLocation) and on QSettings. Call right after
// constructing the Q(Core)Application.
void setApplicationIdentity();

} // namespace foothold

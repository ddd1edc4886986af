#pragma once

#include <QList>
#include <QString>

namespace foothold {

// A value with its type, as vCard has them: an e-mail "work", a phone "mobile", a URL "linkedin".
struct TypedValue {
    QString value;
    QString type; // free text, lower case by convention: work, home, mobile, linkedin, github, website…

    bool operator==(const TypedValue &) const = default;
};

using TypedValues = QList<TypedValue>;

} // namespace foothold

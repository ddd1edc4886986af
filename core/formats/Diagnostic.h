#pragma once

#include <QList>
#include <QString>

namespace foothold {

// A problem a reader found in its input, at a line of that input. Readers know lines, not file
// names: the caller adds the name when it shows the problem ("Connections.csv:57: …").
struct Diagnostic {
    int line = 0;      // 1-based physical line; 0: the input as a whole
    QString message;   // what is wrong, for a person

    // "FILE:LINE: message" ("FILE: message" for line 0).
    [[nodiscard]] QString toString(const QString &file) const
    {
        QString out = file;
        if (line > 0)
            out += QLatin1Char(':') + QString::number(line);
        return out + QStringLiteral(": ") + message;
    }
    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

} // namespace foothold

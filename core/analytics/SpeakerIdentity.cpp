#include "core/analytics/SpeakerIdentity.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SpeakerIdentity", text);
}

// The key without bracketed parts ("(Guest)", "[she/her]"), split into words.
QStringList nameTokens(const QString &key)
{
    QString plain;
    int depth = 0;
    for (const QChar c : key) {
        if (c == QLatin1Char('(') || c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(')') || c == QLatin1Char(']')) {
            depth = qMax(0, depth - 1);
        } else if (depth == 0) {
            plain.append(c == QLatin1Char(',') ? QLatin1Char(' ') : c);
        }
    }
    return plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool tokensMatch(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    // An initial: "l" or "l." for "lima".
    auto initial = [](const QString &t) {
        return (t.size() == 1 || (t.size() == 2 && t.at(1) == QLatin1Char('.'))) && t.at(0).isLetter();
    };
    if (initial(a) && !b.isEmpty())
        return b.at(0) == a.at(0);
    if (initial(b) && !a.isEmpty())
        return a.at(0) == b.at(0);
    return false;
}

// The shorter name is the start of the longer one, word by word (the first word must be a whole word).
bool partialMatch(const QString &speakerKey, const QString &rememberedKey)
{
    const QStringList a = nameTokens(speakerKey);
    const QStringList b = nameTokens(rememberedKey);
    if (a.isEmpty() || b.isEmpty() || a.first() != b.first())
        return false;
    const qsizetype common = qMin(a.size(), b.size());
    for (qsizetype i = 1; i < common; ++i)
        if (!tokensMatch(a.at(i), b.at(i)))
            return false;
    return true;
}

bool isGenericMe(const QString &key)
{
    static const QStringList generic = {QStringLiteral("me"), QStringLiteral("i"), QStringLiteral("myself")};
    return generic.contains(key);
}

} // namespace

QString speakerNameKey(QStringView name)
{
    const QString decomposed = name.toString().simplified().toCaseFolded().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (!c.isMark())
            out.append(c);
    return out;
}

SpeakerProposal proposeMySpeaker(const QStringList &speakers, const QStringList &rememberedNames)
{
    QStringList keys;
    for (const QString &speaker : speakers)
        keys << speakerNameKey(speaker);
    auto matching = [&](auto &&predicate) {
        QStringList found;
        for (qsizetype i = 0; i < speakers.size(); ++i)
            if (!keys.at(i).isEmpty() && predicate(keys.at(i)) && !found.contains(speakers.at(i)))
                found << speakers.at(i);
        return found;
    };
    auto decide = [](QStringList found, SpeakerMatch match, const QString &why) {
        SpeakerProposal out;
        out.match = match;
        if (found.size() == 1) {
            out.speaker = found.first();
            out.reason = why;
        } else {
            out.candidates = std::move(found);
            out.reason = tr("several speakers could be you: %1").arg(out.candidates.join(QStringLiteral(", ")));
        }
        return out;
    };
    for (const QString &name : rememberedNames) {
        const QString key = speakerNameKey(name);
        if (key.isEmpty())
            continue;
        const QStringList found = matching([&](const QString &k) { return k == key; });
        if (!found.isEmpty())
            return decide(found, SpeakerMatch::Exact, tr("the name you went by before: “%1”").arg(name));
    }
    for (const QString &name : rememberedNames) {
        const QString key = speakerNameKey(name);
        if (key.isEmpty())
            continue;
        const QStringList found = matching([&](const QString &k) { return partialMatch(k, key); });
        if (!found.isEmpty())
            return decide(found, SpeakerMatch::Partial, tr("close to the name you went by before: “%1”").arg(name));
    }
    const QStringList generic = matching(isGenericMe);
    if (!generic.isEmpty())
        return decide(generic, SpeakerMatch::Generic, tr("a speaker called “%1”").arg(generic.first()));
    SpeakerProposal none;
    none.reason = rememberedNames.isEmpty() ? tr("no name remembered yet: say which speaker you are")
                                            : tr("no speaker matches a name you went by before (%1)")
                                                  .arg(rememberedNames.join(QStringLiteral(", ")));
    return none;
}

QStringList rememberSpeakerName(QStringList remembered, const QString &name, int keep)
{
    const QString clean = name.simplified();
    const QString key = speakerNameKey(clean);
    if (key.isEmpty())
        return remembered;
    remembered.removeIf([&](const QString &other) { return speakerNameKey(other) == key; });
    remembered.prepend(clean);
    while (remembered.size() > qMax(1, keep))
        remembered.removeLast();
    return remembered;
}

} // namespace foothold

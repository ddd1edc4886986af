#include "core/domain/CompanyName.h"

#include <QSet>
#include <QStringList>

namespace foothold {
namespace {

// Legal forms that say nothing about which company it is. Compared after punctuation is removed,
// so "L.L.C." arrives here as "llc" and "S.A." as "sa".
const QSet<QString> &legalForms()
{
    static const QSet<QString> forms = {
        QStringLiteral("inc"), QStringLiteral("incorporated"), QStringLiteral("llc"),
        QStringLiteral("llp"), QStringLiteral("ltd"), QStringLiteral("limited"),
        QStringLiteral("corp"), QStringLiteral("corporation"), QStringLiteral("co"),
        QStringLiteral("gmbh"), QStringLiteral("ag"), QStringLiteral("plc"),
        QStringLiteral("sa"), QStringLiteral("sas"), QStringLiteral("sarl"),
        QStringLiteral("bv"), QStringLiteral("nv"), QStringLiteral("ab"),
        QStringLiteral("oy"), QStringLiteral("as"), QStringLiteral("aps"),
        QStringLiteral("pty"), QStringLiteral("srl"), QStringLiteral("spa"),
        QStringLiteral("kg"), QStringLiteral("se"), QStringLiteral("pvt"),
    };
    return forms;
}

} // namespace

QString normalizeCompanyName(const QString &name)
{
    // Decompose so that accents become separate marks we can drop: "Société" -> "societe".
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber())
            folded += c.toCaseFolded();
        else if (c == QLatin1Char('&'))
            folded += QLatin1String(" and ");
        else if (c == QLatin1Char('.') || c == QLatin1Char('\''))
            continue; // "L.L.C." -> "llc", "O'Reilly" -> "oreilly"
        else
            folded += QLatin1Char(' ');
    }
    QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Drop trailing legal forms ("Acme Holdings Pty Ltd" -> "acme holdings"), keeping at least one
    // word so that a company called "Limited" keeps its name.
    while (words.size() > 1 && legalForms().contains(words.last()))
        words.removeLast();
    return words.join(QLatin1Char(' '));
}

} // namespace foothold

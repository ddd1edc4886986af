#include "core/formats/VCardTypes.h"


namespace foothold {

QString cleanAppleLabel(const QString &label)
{
    QString text = label.trimmed();
    if (text.startsWith(QLatin1String("_$!<")) && text.endsWith(QLatin1String(">!$_")))
        text = text.mid(4, text.size() - 8);
    return text.toLower();
}

QString importedVCardType(const QStringList &typeTokens, const QString &groupLabel, VCardValueKind kind, const QString &value)
{
    QStringList kept;
    for (const QString &raw : typeTokens) {
        for (const QString &piece : raw.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QString token = piece.trimmed().toLower();
            if (token.isEmpty() || token == QLatin1String("internet") || token == QLatin1String("pref") || token == QLatin1String("x400")
                || token == QLatin1String("voice") || token == QLatin1String("msg") || token == QLatin1String("quoted-printable")
                || token == QLatin1String("base64") || token == QLatin1String("b") || token == QLatin1String("8bit")
                || token == QLatin1String("7bit"))
                continue;
            if (token == QLatin1String("cell"))
                token = QStringLiteral("mobile");
            if (!kept.contains(token))
                kept << token;
        }
    }
    if (kept.isEmpty() && !groupLabel.isEmpty())
        kept << cleanAppleLabel(groupLabel);
    if (kept.isEmpty() && kind == VCardValueKind::Url) {
        // The host by hand (QUrl is costly for 10k cards): between "://" and the next / : ? #.
        const qsizetype scheme = value.indexOf(QLatin1String("://"));
        qsizetype end = scheme < 0 ? 0 : scheme + 3;
        while (end < value.size() && value.at(end) != QLatin1Char('/') && value.at(end) != QLatin1Char(':') && value.at(end) != QLatin1Char('?')
               && value.at(end) != QLatin1Char('#'))
            ++end;
        const QString host = scheme < 0 ? QString() : value.mid(scheme + 3, end - scheme - 3).toLower();
        if (host == QLatin1String("linkedin.com") || host.endsWith(QLatin1String(".linkedin.com")))
            kept << QStringLiteral("linkedin");
        else if (host == QLatin1String("github.com") || host.endsWith(QLatin1String(".github.com")))
            kept << QStringLiteral("github");
    }
    return kept.join(QLatin1Char(','));
}

QStringList exportedVCardTypeTokens(const QString &type)
{
    QStringList tokens;
    for (const QString &piece : type.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString token = piece.trimmed().toLower();
        if (token == QLatin1String("mobile"))
            token = QStringLiteral("cell");
        if (!token.isEmpty())
            tokens << token;
    }
    return tokens;
}

} // namespace foothold

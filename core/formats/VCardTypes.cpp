#include "core/formats/VCardTypes.h"


namespace foothold {

QString cleanAppleLabel(const QString &label)
{
    QString text = label.trimmed();
    if (text.startsWith(QLatin1String("_$!<")) && text.endsWith(QLatin1String(">!$_")))
        text = text.mid(4, text.size() - 8);
    return text.toLower();
}

namespace {

// Type words that say nothing about the value.
bool uninformative(QStringView token)
{
    static const char *const words[] = {"internet", "pref", "x400", "voice", "msg", "quoted-printable", "base64", "b", "8bit", "7bit"};
    for (const char *word : words)
        if (token.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QString importedVCardType(const QStringList &typeTokens, const QString &groupLabel, VCardValueKind kind, const QString &value)
{
    QStringList kept;
    for (const QString &raw : typeTokens) {
        for (QStringView piece : QStringView(raw).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            piece = piece.trimmed();
            if (piece.isEmpty() || uninformative(piece))
                continue;
            QString token = piece.compare(QLatin1String("cell"), Qt::CaseInsensitive) == 0 ? QStringLiteral("mobile") : piece.toString().toLower();
            if (!kept.contains(token))
                kept << std::move(token);
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

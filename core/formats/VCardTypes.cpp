#include "core/formats/VCardTypes.h"

#include "core/formats/VCardHeader.h"

#include <QVarLengthArray>


namespace foothold {

QString cleanAppleLabel(const QString &label)
{
    QStringView text = QStringView(label).trimmed();
    if (text.startsWith(QLatin1String("_$!<")) && text.endsWith(QLatin1String(">!$_")))
        text = text.sliced(4, text.size() - 8);
    return text.toString().toLower();
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

namespace {

// With no type from TYPE: an Apple label of the same group, else a URL's well-known host.
QString typeWithoutTokens(const QString &groupLabel, VCardValueKind kind, const QString &value)
{
    if (!groupLabel.isEmpty())
        return cleanAppleLabel(groupLabel);
    if (kind == VCardValueKind::Url) {
        // The host by hand (QUrl is costly for 10k cards): between "://" and the next / : ? #.
        const qsizetype scheme = value.indexOf(QLatin1String("://"));
        qsizetype end = scheme < 0 ? 0 : scheme + 3;
        while (end < value.size() && value.at(end) != QLatin1Char('/') && value.at(end) != QLatin1Char(':') && value.at(end) != QLatin1Char('?')
               && value.at(end) != QLatin1Char('#'))
            ++end;
        const QString host = scheme < 0 ? QString() : value.mid(scheme + 3, end - scheme - 3).toLower();
        if (host == QLatin1String("linkedin.com") || host.endsWith(QLatin1String(".linkedin.com")))
            return QStringLiteral("linkedin");
        if (host == QLatin1String("github.com") || host.endsWith(QLatin1String(".github.com")))
            return QStringLiteral("github");
    }
    return {};
}

bool uninformativeBytes(QByteArrayView token)
{
    switch (token.size()) {
    case 1:
        return equalsAsciiUpper(token, "B");
    case 3:
        return equalsAsciiUpper(token, "MSG");
    case 4:
        return equalsAsciiUpper(token, "PREF") || equalsAsciiUpper(token, "X400") || equalsAsciiUpper(token, "8BIT")
            || equalsAsciiUpper(token, "7BIT");
    case 5:
        return equalsAsciiUpper(token, "VOICE");
    case 6:
        return equalsAsciiUpper(token, "BASE64");
    case 8:
        return equalsAsciiUpper(token, "INTERNET");
    case 16:
        return equalsAsciiUpper(token, "QUOTED-PRINTABLE");
    default:
        return false;
    }
}

bool sameAscii(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
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
    if (kept.isEmpty())
        return typeWithoutTokens(groupLabel, kind, value);
    return kept.join(QLatin1Char(','));
}

QString importedVCardType(std::span<const VCardParam> params, const QString &groupLabel, VCardValueKind kind, const QString &value)
{
    // ASCII types (nearly all) in bytes; anything else through the text version above, whose
    // trimming and case rules then differ from ASCII's.
    static const QByteArrayView mobile("mobile");
    QVarLengthArray<QByteArrayView, 8> kept;
    for (const VCardParam &param : params) {
        if (!equalsAsciiUpper(param.name, "TYPE"))
            continue;
        if (!isAscii(param.value)) {
            QStringList tokens;
            for (const VCardParam &p : params)
                if (equalsAsciiUpper(p.name, "TYPE"))
                    tokens << QString::fromUtf8(p.value);
            return importedVCardType(tokens, groupLabel, kind, value);
        }
        qsizetype start = 0;
        for (qsizetype i = 0; i <= param.value.size(); ++i) {
            if (i < param.value.size() && param.value.at(i) != ',')
                continue;
            QByteArrayView piece = trimmedAscii(param.value.sliced(start, i - start));
            start = i + 1;
            if (piece.isEmpty() || uninformativeBytes(piece))
                continue;
            if (equalsAsciiUpper(piece, "CELL"))
                piece = mobile;
            bool seen = false;
            for (const QByteArrayView k : kept)
                seen = seen || sameAscii(k, piece);
            if (!seen)
                kept.append(piece);
        }
    }
    if (kept.isEmpty())
        return typeWithoutTokens(groupLabel, kind, value);
    qsizetype size = kept.size() - 1;
    for (const QByteArrayView k : kept)
        size += k.size();
    QString out(size, Qt::Uninitialized);
    QChar *to = out.data();
    bool first = true;
    for (const QByteArrayView k : kept) {
        if (!first)
            *to++ = QLatin1Char(',');
        first = false;
        for (char c : k)
            *to++ = QLatin1Char(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    }
    return out;
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

#include "core/formats/VCardWriter.h"

#include "core/formats/VCardTypes.h"

#include <QLocale>

namespace foothold {
namespace {

// A parameter value, quoted when it must be, with RFC 6868 caret escapes.
QString paramValue(const QString &value)
{
    QString out;
    bool quote = value.isEmpty();
    for (const QChar c : value) {
        if (c == QLatin1Char('^'))
            out += QLatin1String("^^");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("^n");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("^'");
        else if (c == QLatin1Char('\r'))
            continue;
        else
            out += c;
        if (c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char(',') || c == QLatin1Char(' '))
            quote = true;
    }
    return quote ? QLatin1Char('"') + out + QLatin1Char('"') : out;
}

// Folds a content line at 75 octets, never inside a UTF-8 sequence.
void appendFolded(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype pos = 0;
    int limit = 75;
    while (bytes.size() - pos > limit) {
        qsizetype cut = pos + limit;
        while (cut > pos && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out.append(bytes.constData() + pos, cut - pos);
        out.append("\r\n ");
        pos = cut;
        limit = 74; // the leading space counts
    }
    out.append(bytes.constData() + pos, bytes.size() - pos);
    out.append("\r\n");
}

class Lines {
public:
    void add(const QString &nameAndParams, const QString &value) { appendFolded(m_out, nameAndParams + QLatin1Char(':') + value); }
    void addText(const QString &name, const QString &text)
    {
        if (!text.isEmpty())
            add(name, escapeVCardText(text));
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

QString typedParams(const QString &name, const TypedValue &value, VCardValueKind kind)
{
    QString out = name;
    const QStringList tokens = exportedVCardTypeTokens(value.type);
    if (!tokens.isEmpty()) {
        QStringList quoted;
        for (const QString &token : tokens)
            quoted << paramValue(token);
        out += QStringLiteral(";TYPE=") + quoted.join(QLatin1Char(','));
    }
    // The file's own TYPE would not give this type back: say it exactly.
    if (importedVCardType(tokens, {}, kind, value.value) != value.type)
        out += QStringLiteral(";X-FOOTHOLD-TYPE=") + paramValue(value.type);
    return out;
}

QString basicDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

QString escapeVCardText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char(','))
            out += QLatin1String("\\,");
        else if (c == QLatin1Char(';'))
            out += QLatin1String("\\;");
        else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue; // CRLF is one line break
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray writeVCard(const Contact &c, const VCardNames &names)
{
    Lines lines;
    lines.add(QStringLiteral("BEGIN"), QStringLiteral("VCARD"));
    lines.add(QStringLiteral("VERSION"), QStringLiteral("4.0"));
    lines.addText(QStringLiteral("FN"), c.name);
    // N for applications that sort by family name: the last word, the rest as given names.
    const QString simplified = c.name.simplified();
    const qsizetype space = simplified.lastIndexOf(QLatin1Char(' '));
    const QString family = space < 0 ? simplified : simplified.mid(space + 1);
    const QString given = space < 0 ? QString() : simplified.left(space);
    lines.add(QStringLiteral("N"), escapeVCardText(family) + QLatin1Char(';') + escapeVCardText(given) + QStringLiteral(";;;"));
    lines.addText(QStringLiteral("ORG"), names.company);
    lines.addText(QStringLiteral("TITLE"), c.headline);
    for (const auto &email : c.emails)
        lines.add(typedParams(QStringLiteral("EMAIL"), email, VCardValueKind::Email), escapeVCardText(email.value));
    for (const auto &phone : c.phones)
        lines.add(typedParams(QStringLiteral("TEL"), phone, VCardValueKind::Phone), escapeVCardText(phone.value));
    for (const auto &url : c.urls)
        lines.add(typedParams(QStringLiteral("URL"), url, VCardValueKind::Url), url.value);
    // Foothold keeps an address as one line: it goes whole into the street component.
    for (const auto &address : c.addresses)
        lines.add(typedParams(QStringLiteral("ADR"), address, VCardValueKind::Address),
                  QStringLiteral(";;") + escapeVCardText(address.value) + QStringLiteral(";;;;"));
    if (!c.tags.isEmpty()) {
        QStringList escaped;
        for (const QString &tag : c.tags)
            escaped << escapeVCardText(tag);
        lines.add(QStringLiteral("CATEGORIES"), escaped.join(QLatin1Char(',')));
    }
    if (c.birthday.isValid())
        lines.add(QStringLiteral("BDAY"), basicDate(c.birthday));
    lines.addText(QStringLiteral("NOTE"), c.notes);
    if (!c.photo.isEmpty()) {
        const QString type = c.photoType.isEmpty() ? QStringLiteral("application/octet-stream") : c.photoType;
        lines.add(QStringLiteral("PHOTO"), QStringLiteral("data:") + type + QStringLiteral(";base64,") + QString::fromLatin1(c.photo.toBase64()));
    }
    lines.addText(QStringLiteral("X-FOOTHOLD-LOCATION"), c.location);
    if (c.channel != Channel::Other)
        lines.add(QStringLiteral("X-FOOTHOLD-CHANNEL"), toKey(c.channel));
    if (c.role != ContactRole::None)
        lines.add(QStringLiteral("X-FOOTHOLD-ROLE"), toKey(c.role));
    if (c.connectedOn.isValid())
        lines.add(QStringLiteral("X-FOOTHOLD-CONNECTED"), c.connectedOn.toString(Qt::ISODate));
    if (c.cadenceDays > 0)
        lines.add(QStringLiteral("X-FOOTHOLD-CADENCE"), QString::number(c.cadenceDays));
    if (c.strengthOverride)
        lines.add(QStringLiteral("X-FOOTHOLD-STRENGTH"), QString::number(*c.strengthOverride, 'g', QLocale::FloatingPointShortest));
    if (c.prospect)
        lines.add(QStringLiteral("X-FOOTHOLD-PROSPECT"), QStringLiteral("true"));
    lines.addText(QStringLiteral("X-FOOTHOLD-MET-AT"), names.metAtEvent);
    lines.addText(QStringLiteral("X-FOOTHOLD-INTRODUCED-BY"), names.introducedBy);
    for (const Position &p : c.history) {
        QString head = QStringLiteral("X-FOOTHOLD-POSITION");
        if (p.from.isValid())
            head += QStringLiteral(";X-FROM=") + p.from.toString(Qt::ISODate);
        if (p.to.isValid())
            head += QStringLiteral(";X-TO=") + p.to.toString(Qt::ISODate);
        lines.add(head, escapeVCardText(p.companyName) + QLatin1Char(';') + escapeVCardText(p.title));
    }
    lines.add(QStringLiteral("END"), QStringLiteral("VCARD"));
    return lines.take();
}

} // namespace foothold

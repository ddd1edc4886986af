#include "tests/core/legacy/LegacyVCardReader.h"

#include "core/domain/Validation.h"
#include "core/formats/TextDecoding.h"
#include "tests/core/legacy/LegacyVCardLexer.h"
#include "core/formats/VCardTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

namespace foothold::legacy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VCard", text);
}

// The property's value as text: quoted-printable and CHARSET decoded, escapes kept. Line breaks
// a quoted-printable value carries (=0D=0A) become "\n", the form Foothold keeps text in.
std::optional<QString> valueText(const VCardProperty &p, VCardContact &card, Diagnostics &warnings)
{
    QByteArray bytes = p.rawValue;
    if (p.firstParam(QStringLiteral("ENCODING")).compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0) {
        bytes = decodeQuotedPrintable(bytes);
        bytes.replace("\r\n", "\n").replace('\r', '\n');
    }
    const QString charset = p.firstParam(QStringLiteral("CHARSET")).trimmed();
    if (!charset.isEmpty() && charset.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0
        && charset.compare(QLatin1String("US-ASCII"), Qt::CaseInsensitive) != 0) {
        QStringDecoder decoder(charset.toLatin1().constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid()) {
            QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
        }
        if (firstInvalidUtf8(bytes) < 0) {
            warnings << Diagnostic{p.line, tr("unknown CHARSET “%1”: read as UTF-8").arg(charset)};
            return QString::fromUtf8(bytes);
        }
        card.errors << Diagnostic{p.line, tr("%1 is not valid %2").arg(p.name, charset)};
        return std::nullopt;
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        // A value that says it is UTF-8 and has a stray byte (Android's exports cut sequences)
        // keeps its good characters; without a CHARSET it is more likely Latin-1: refused.
        if (!charset.isEmpty()) {
            warnings << Diagnostic{p.line, tr("%1 says it is %2 but has bytes that are not: they were replaced by �").arg(p.name, charset)};
            return QString::fromUtf8(bytes);
        }
        card.errors << Diagnostic{p.line, tr("%1 is not UTF-8 and no CHARSET says what it is (Latin-1 or Windows-1252?); "
                                             "save the file as UTF-8")
                                              .arg(p.name)};
        return std::nullopt;
    }
    return QString::fromUtf8(bytes);
}

QString typeOverride(const VCardProperty &p, bool &has)
{
    has = p.hasParam(QStringLiteral("X-FOOTHOLD-TYPE"));
    return has ? p.param(QStringLiteral("X-FOOTHOLD-TYPE")).join(QLatin1Char(',')) : QString();
}

QString typeOf(const VCardProperty &p, const QHash<QString, QString> &labels, VCardValueKind kind, const QString &value)
{
    bool overridden = false;
    const QString exact = typeOverride(p, overridden);
    if (overridden)
        return exact;
    return importedVCardType(p.param(QStringLiteral("TYPE")), labels.value(p.group.toLower()), kind, value);
}

// 1996-04-15, 19960415, 1996-04-15T10:00:00Z; year-less (--0415) and partial dates refused.
std::optional<QDate> parseVCardDate(QString text, bool &yearless)
{
    yearless = false;
    text = text.trimmed();
    const qsizetype t = text.indexOf(QLatin1Char('T'));
    if (t >= 0)
        text.truncate(t);
    if (text.startsWith(QLatin1String("--"))) {
        yearless = true;
        return std::nullopt;
    }
    static const QRegularExpression extended(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    static const QRegularExpression basic(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    auto match = extended.match(text);
    if (!match.hasMatch())
        match = basic.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid() || date.year() == 0)
        return std::nullopt;
    return date;
}

QString mimeFromType(const QString &type, const QByteArray &data)
{
    const QString lower = type.trimmed().toLower();
    if (lower.contains(QLatin1Char('/')))
        return lower;
    if (lower == QLatin1String("jpeg") || lower == QLatin1String("jpg"))
        return QStringLiteral("image/jpeg");
    if (lower == QLatin1String("png") || lower == QLatin1String("gif") || lower == QLatin1String("bmp") || lower == QLatin1String("tiff")
        || lower == QLatin1String("webp"))
        return QStringLiteral("image/") + lower;
    if (data.startsWith("\xFF\xD8"))
        return QStringLiteral("image/jpeg");
    if (data.startsWith("\x89PNG"))
        return QStringLiteral("image/png");
    if (data.startsWith("GIF8"))
        return QStringLiteral("image/gif");
    return QStringLiteral("application/octet-stream");
}

bool readPhoto(const VCardProperty &p, Contact &contact, Diagnostics &warnings)
{
    QByteArray raw = p.rawValue.trimmed();
    const QString encoding = p.firstParam(QStringLiteral("ENCODING")).toUpper();
    QString type = p.firstParam(QStringLiteral("MEDIATYPE"));
    if (type.isEmpty())
        for (const QString &t : p.param(QStringLiteral("TYPE")))
            if (t.compare(QLatin1String("BASE64"), Qt::CaseInsensitive) != 0)
                type = t;
    QByteArray base64;
    if (raw.startsWith("data:")) {
        const qsizetype comma = raw.indexOf(',');
        const QByteArray meta = raw.mid(5, comma < 0 ? -1 : comma - 5);
        if (comma < 0 || !meta.endsWith(";base64")) {
            warnings << Diagnostic{p.line, tr("%1 is a data: URI that is not base64: left out").arg(p.name)};
            return false;
        }
        type = QString::fromLatin1(meta.left(meta.size() - 7));
        base64 = raw.mid(comma + 1);
    } else if (encoding == QLatin1String("B") || encoding == QLatin1String("BASE64")) {
        base64 = raw;
    } else {
        warnings << Diagnostic{p.line, tr("%1 given as a link (%2) is not downloaded: left out")
                                           .arg(p.name, QString::fromUtf8(raw.left(60)))};
        return false;
    }
    base64.replace(' ', QByteArray()).replace('\t', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        warnings << Diagnostic{p.line, tr("%1 is not valid base64: left out").arg(p.name)};
        return false;
    }
    contact.photo = decoded.decoded;
    contact.photoType = mimeFromType(type, contact.photo);
    return true;
}

QString webUrl(QString value, int line, Diagnostics &warnings)
{
    value = value.trimmed();
    if (value.isEmpty())
        return {};
    if (!value.contains(QLatin1String("://")) && value.contains(QLatin1Char('.')) && !value.contains(QLatin1Char(' '))
        && !value.contains(QLatin1Char('@'))) {
        const QString withScheme = QStringLiteral("http://") + value;
        if (isValidWebUrl(withScheme)) {
            warnings << Diagnostic{line, tr("URL without a scheme taken as %1").arg(withScheme)};
            return withScheme;
        }
    }
    if (!isValidWebUrl(value)) {
        warnings << Diagnostic{line, tr("“%1” is not a web address: left out").arg(value.left(80))};
        return {};
    }
    return value;
}

// Tags as Foothold keeps them: trimmed, no empty ones, no repeats ignoring case.
QStringList distinctTags(const QStringList &tags)
{
    QStringList out;
    QStringList folded;
    for (const QString &tag : tags) {
        const QString trimmed = tag.simplified();
        if (trimmed.isEmpty() || folded.contains(trimmed.toCaseFolded()))
            continue;
        folded << trimmed.toCaseFolded();
        out << trimmed;
    }
    return out;
}

QString joinAddress(const QStringList &components)
{
    QStringList parts;
    for (const QString &component : components) {
        const QString trimmed = component.trimmed();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    return parts.join(QStringLiteral(", "));
}

void readFootholdProperty(const VCardProperty &p, const QString &text, VCardContact &card, Diagnostics &warnings)
{
    Contact &c = card.contact;
    const QString value = unescapeVCardText(text).trimmed();
    const QString &name = p.name;
    auto bad = [&] { warnings << Diagnostic{p.line, tr("%1 “%2” is not understood: left out").arg(name, value.left(60))}; };
    if (name == QLatin1String("X-FOOTHOLD-LOCATION")) {
        c.location = unescapeVCardText(text);
    } else if (name == QLatin1String("X-FOOTHOLD-CHANNEL")) {
        if (auto channel = fromKey<Channel>(value))
            c.channel = *channel;
        else
            bad();
    } else if (name == QLatin1String("X-FOOTHOLD-ROLE")) {
        if (auto role = fromKey<ContactRole>(value))
            c.role = *role;
        else
            bad();
    } else if (name == QLatin1String("X-FOOTHOLD-CONNECTED")) {
        c.connectedOn = QDate::fromString(value, Qt::ISODate);
        if (!c.connectedOn.isValid())
            bad();
    } else if (name == QLatin1String("X-FOOTHOLD-CADENCE")) {
        bool ok = false;
        c.cadenceDays = value.toInt(&ok);
        if (!ok || c.cadenceDays < 0) {
            c.cadenceDays = 0;
            bad();
        }
    } else if (name == QLatin1String("X-FOOTHOLD-STRENGTH")) {
        bool ok = false;
        const double strength = value.toDouble(&ok);
        if (ok && strength >= 0 && strength <= 1)
            c.strengthOverride = strength;
        else
            bad();
    } else if (name == QLatin1String("X-FOOTHOLD-PROSPECT")) {
        c.prospect = value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    } else if (name == QLatin1String("X-FOOTHOLD-MET-AT")) {
        card.metAtEvent = value;
    } else if (name == QLatin1String("X-FOOTHOLD-INTRODUCED-BY")) {
        card.introducedByName = value;
    } else if (name == QLatin1String("X-FOOTHOLD-POSITION")) {
        const QStringList parts = splitVCardValue(text, QLatin1Char(';'));
        Position position;
        position.companyName = parts.value(0);
        position.title = parts.value(1);
        position.from = QDate::fromString(p.firstParam(QStringLiteral("X-FROM")), Qt::ISODate);
        position.to = QDate::fromString(p.firstParam(QStringLiteral("X-TO")), Qt::ISODate);
        c.history.append(position);
    }
}

VCardContact readCard(const VCardBlock &block, Diagnostics &warnings)
{
    VCardContact card;
    card.line = block.beginLine;
    card.version = block.version;
    card.errors = block.errors;
    warnings << block.warnings;
    Contact &c = card.contact;

    QHash<QString, QString> labels; // group -> X-ABLabel
    for (const auto &p : block.properties)
        if (p.name == QLatin1String("X-ABLABEL") && !p.group.isEmpty())
            labels.insert(p.group.toLower(), unescapeVCardText(QString::fromUtf8(p.rawValue)));

    QString fn, nameFromN, title, role;
    QStringList notes, tags;
    TypedValues labelAddresses;
    bool photoFromPhoto = false;
    for (const auto &p : block.properties) {
        const QString &name = p.name;
        if (name == QLatin1String("PHOTO") || name == QLatin1String("X-MS-CARDPICTURE")) {
            if (!photoFromPhoto && readPhoto(p, c, warnings))
                photoFromPhoto = name == QLatin1String("PHOTO");
            continue;
        }
        const bool interesting = name == QLatin1String("FN") || name == QLatin1String("N") || name == QLatin1String("ORG")
            || name == QLatin1String("TITLE") || name == QLatin1String("ROLE") || name == QLatin1String("EMAIL")
            || name == QLatin1String("TEL") || name == QLatin1String("URL") || name == QLatin1String("X-SOCIALPROFILE")
            || name == QLatin1String("ADR") || name == QLatin1String("LABEL") || name == QLatin1String("NOTE")
            || name == QLatin1String("CATEGORIES") || name == QLatin1String("BDAY") || name.startsWith(QLatin1String("X-FOOTHOLD-"));
        if (!interesting)
            continue;
        const auto text = valueText(p, card, warnings);
        if (!text)
            continue;
        if (name == QLatin1String("FN")) {
            if (fn.isEmpty())
                fn = unescapeVCardText(*text).simplified();
        } else if (name == QLatin1String("N")) {
            const QList<QStringList> parts = splitVCardComponents(*text);
            auto part = [&](int i) { return parts.value(i).join(QLatin1Char(' ')); };
            // prefix given additional family suffix
            nameFromN = QStringList{part(3), part(1), part(2), part(0), part(4)}.join(QLatin1Char(' ')).simplified();
        } else if (name == QLatin1String("ORG")) {
            if (card.companyName.isEmpty())
                for (const QString &unit : splitVCardValue(*text, QLatin1Char(';')))
                    if (!unit.trimmed().isEmpty()) {
                        card.companyName = unit.simplified();
                        break;
                    }
        } else if (name == QLatin1String("TITLE")) {
            if (title.isEmpty())
                title = unescapeVCardText(*text).trimmed();
        } else if (name == QLatin1String("ROLE")) {
            if (role.isEmpty())
                role = unescapeVCardText(*text).trimmed();
        } else if (name == QLatin1String("EMAIL")) {
            QString value = unescapeVCardText(*text).trimmed();
            if (value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                value = value.mid(7);
            if (value.isEmpty())
                continue;
            if (!isValidEmail(value)) {
                warnings << Diagnostic{p.line, tr("“%1” is not an e-mail address: left out").arg(value.left(80))};
                continue;
            }
            c.emails.append({value, typeOf(p, labels, VCardValueKind::Email, value)});
        } else if (name == QLatin1String("TEL")) {
            QString value = unescapeVCardText(*text).trimmed();
            if (value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                value = value.mid(4);
            if (!value.isEmpty())
                c.phones.append({value, typeOf(p, labels, VCardValueKind::Phone, value)});
        } else if (name == QLatin1String("URL") || name == QLatin1String("X-SOCIALPROFILE")) {
            const QString value = webUrl(unescapeVCardText(*text), p.line, warnings);
            if (!value.isEmpty())
                c.urls.append({value, typeOf(p, labels, VCardValueKind::Url, value)});
        } else if (name == QLatin1String("ADR")) {
            QStringList components;
            for (const QStringList &component : splitVCardComponents(*text))
                components << joinAddress(component);
            QString value = joinAddress(components);
            if (value.isEmpty()) {
                const QString label = p.firstParam(QStringLiteral("LABEL"));
                value = label.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", ")).simplified();
            }
            if (!value.isEmpty())
                c.addresses.append({value, typeOf(p, labels, VCardValueKind::Address, value)});
        } else if (name == QLatin1String("LABEL")) {
            const QString value = unescapeVCardText(*text).split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", ")).simplified();
            if (!value.isEmpty())
                labelAddresses.append({value, typeOf(p, labels, VCardValueKind::Address, value)});
        } else if (name == QLatin1String("NOTE")) {
            const QString note = unescapeVCardText(*text);
            if (!note.trimmed().isEmpty())
                notes << note;
        } else if (name == QLatin1String("CATEGORIES")) {
            tags << splitVCardValue(*text, QLatin1Char(','));
        } else if (name == QLatin1String("BDAY")) {
            bool yearless = false;
            if (auto date = parseVCardDate(unescapeVCardText(*text), yearless))
                c.birthday = *date;
            else if (!text->trimmed().isEmpty())
                warnings << Diagnostic{p.line, yearless ? tr("a birthday without a year (%1) cannot be kept: left out").arg(text->trimmed())
                                                        : tr("BDAY “%1” is not a date: left out").arg(text->trimmed().left(40))};
        } else {
            readFootholdProperty(p, *text, card, warnings);
        }
    }
    c.headline = title.isEmpty() ? role : title;
    c.notes = notes.join(QStringLiteral("\n\n"));
    c.tags = distinctTags(tags);
    if (c.addresses.isEmpty())
        c.addresses = labelAddresses;
    c.name = !fn.isEmpty() ? fn : nameFromN;
    // vCard 3.0 and 4.0 require FN (3.0 also N): a card with neither is broken, as the servers
    // that write such cards themselves say. Older cards (2.1, or none said) fall back to the
    // organisation, then the e-mail address, with a warning.
    const bool strict = block.version.startsWith(QLatin1Char('3')) || block.version.startsWith(QLatin1Char('4'));
    if (c.name.isEmpty() && !strict) {
        if (!card.companyName.isEmpty()) {
            c.name = card.companyName;
            warnings << Diagnostic{block.beginLine, tr("the card has no personal name: named after its organisation, %1").arg(c.name)};
        } else if (!c.emails.isEmpty()) {
            c.name = c.emails.first().value;
            warnings << Diagnostic{block.beginLine, tr("the card has no name: named after its e-mail address, %1").arg(c.name)};
        }
    }
    if (c.name.isEmpty())
        card.errors << Diagnostic{block.beginLine, strict ? tr("the card has no name: vCard %1 requires FN").arg(block.version)
                                                          : tr("the card has no name (no FN, N, ORG or EMAIL)")};
    return card;
}

} // namespace

VCardFile parseVCards(const QByteArray &bytes)
{
    VCardFile file;
    Diagnostics warnings;
    const VCardLexed lexed = lexVCards(bytes, [&](VCardBlock &&block) { file.cards.append(readCard(block, warnings)); });
    file.errors = lexed.errors;
    file.warnings = lexed.warnings + warnings;
    file.encoding = lexed.encoding;
    return file;
}

} // namespace foothold::legacy

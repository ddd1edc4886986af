#include "core/formats/VCardReader.h"

#include "core/domain/Validation.h"
#include "core/formats/TextDecoding.h"
#include "core/formats/VCardHeader.h"
#include "core/formats/VCardLexer.h"
#include "core/formats/VCardTypes.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QVarLengthArray>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VCard", text);
}

// Case-insensitive as QString::compare(…, Qt::CaseInsensitive) is: bytes when ASCII (where the
// two agree), text otherwise. `upper` is upper-case ASCII.
bool textEquals(QByteArrayView bytes, const char *upper)
{
    if (isAscii(bytes))
        return equalsAsciiUpper(bytes, upper);
    return QString::fromUtf8(bytes).compare(QLatin1String(upper), Qt::CaseInsensitive) == 0;
}

// `text` with its escapes resolved: in place (unescaping only shortens), so a string of its own
// costs nothing more; a shared one is copied only when it has an escape.
QString unescaped(QString text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text;
    QChar *data = text.data();
    text.truncate(unescapeVCardTextInto(data, QStringView(data, text.size())));
    return text;
}

// unescapeVCardText(raw) appended to `out`.
void appendUnescaped(QString &out, QStringView raw)
{
    const qsizetype size = out.size();
    out.resize(size + raw.size());
    out.truncate(size + unescapeVCardTextInto(out.data() + size, raw));
}

// The property's value as text: quoted-printable and CHARSET decoded, escapes kept. Line breaks
// a quoted-printable value carries (=0D=0A) become "\n", the form Foothold keeps text in.
std::optional<QString> valueText(const VCardProperty &p, VCardContact &card, Diagnostics &warnings)
{
    QByteArrayView view = p.rawValue;
    QByteArray decoded;
    if (textEquals(p.firstParam("ENCODING"), "QUOTED-PRINTABLE")) {
        decoded = decodeQuotedPrintable(view);
        decoded.replace("\r\n", "\n").replace('\r', '\n');
        view = decoded;
    }
    const QByteArray bytes = decoded.isNull() ? QByteArray::fromRawData(view.data(), view.size()) : decoded;
    const QString charset = p.hasParam("CHARSET") ? p.firstParamText("CHARSET").trimmed() : QString();
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
        card.errors << Diagnostic{p.line, tr("%1 is not valid %2").arg(p.upperName(), charset)};
        return std::nullopt;
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        // A value that says it is UTF-8 and is not (Android's exports cut sequences) would be
        // kept with U+FFFD in place of its bad bytes: stored wrongly, so the card has an error.
        // The text is still returned so that the rest of the card reads (and is reported) as
        // before; a card with errors is never imported. Without a CHARSET such a value is more
        // likely Latin-1.
        if (!charset.isEmpty()) {
            card.errors << Diagnostic{p.line, tr("%1 is not valid %2").arg(p.upperName(), charset)};
            return QString::fromUtf8(bytes);
        }
        card.errors << Diagnostic{p.line, tr("%1 is not UTF-8 and no CHARSET says what it is (Latin-1 or Windows-1252?); "
                                             "save the file as UTF-8")
                                              .arg(p.upperName())};
        return std::nullopt;
    }
    return QString::fromUtf8(bytes);
}

// Apple's labels (item1.X-ABLabel) by group. Groups compare as QString::toLower() made them
// compare; a later label of the same group wins.
class GroupLabels
{
public:
    void add(QByteArrayView group, QString label) { m_labels.append({group, std::move(label)}); }
    [[nodiscard]] QString of(QByteArrayView group) const
    {
        if (group.isEmpty())
            return {};
        for (auto it = m_labels.crbegin(); it != m_labels.crend(); ++it)
            if (sameGroup(it->first, group))
                return it->second;
        return {};
    }

private:
    static bool sameGroup(QByteArrayView a, QByteArrayView b)
    {
        if (isAscii(a) && isAscii(b))
            return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
        return QString::fromUtf8(a).toLower() == QString::fromUtf8(b).toLower();
    }
    QVarLengthArray<std::pair<QByteArrayView, QString>, 8> m_labels;
};

QString typeOf(const VCardProperty &p, const GroupLabels &labels, VCardValueKind kind, const QString &value)
{
    if (p.hasParam("X-FOOTHOLD-TYPE"))
        return p.param("X-FOOTHOLD-TYPE").join(QLatin1Char(','));
    return importedVCardType(p.params, labels.of(p.group), kind, value);
}

bool isDigits(QStringView text)
{
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// What a BDAY value is. vCard 4 (RFC 6350 4.3.1, 4.3.4) allows a date without a year (--0415,
// --04, ---15), a year alone (1996) or a year and month (1996-04), and ISO 8601 allows the same
// in vCard 3: valid, but not a birthday Foothold can keep. A value of none of these shapes, or a
// day that does not exist (1990-02-30), is invalid.
enum class BdayShape { Full, NoYear, NoDay, Invalid };

bool isTwoDigits(QStringView s, int low, int high, int &value)
{
    if (s.size() != 2 || !isDigits(s))
        return false;
    value = s.toInt();
    return value >= low && value <= high;
}

// 1996-04-15, 19960415, 1996-04-15T10:00:00Z as a date; the partial forms above by shape.
// (By hand what ^(\d{4})-(\d{2})-(\d{2})$ and ^(\d{4})(\d{2})(\d{2})$ matched, "$" also before a
// final newline as PCRE has it.) Year 0000 is taken as a placeholder for "no year".
BdayShape parseVCardDate(QString text, QDate &date)
{
    text = text.trimmed();
    const qsizetype t = text.indexOf(QLatin1Char('T'));
    if (t >= 0)
        text.truncate(t);
    QStringView s(text);
    if (s.endsWith(QLatin1Char('\n')))
        s.chop(1);
    int month = 0, day = 0;
    if (s.startsWith(QLatin1String("---")))
        return isTwoDigits(s.sliced(3), 1, 31, day) ? BdayShape::NoYear : BdayShape::Invalid;
    if (s.startsWith(QLatin1String("--"))) {
        s = s.sliced(2);
        if (s.size() == 2)
            return isTwoDigits(s, 1, 12, month) ? BdayShape::NoYear : BdayShape::Invalid;
        QStringView m = s.first(qMin<qsizetype>(2, s.size())), d;
        if (s.size() == 4)
            d = s.sliced(2);
        else if (s.size() == 5 && s.at(2) == QLatin1Char('-'))
            d = s.sliced(3);
        else
            return BdayShape::Invalid;
        // A leap year, so that --0229 is a day.
        return isTwoDigits(m, 1, 12, month) && isTwoDigits(d, 1, 31, day) && QDate(2000, month, day).isValid() ? BdayShape::NoYear
                                                                                                              : BdayShape::Invalid;
    }
    if (s.size() == 4)
        return isDigits(s) ? BdayShape::NoDay : BdayShape::Invalid;
    if (s.size() == 7 && s.at(4) == QLatin1Char('-'))
        return isDigits(s.first(4)) && isTwoDigits(s.sliced(5), 1, 12, month) ? BdayShape::NoDay : BdayShape::Invalid;
    QStringView y, m, d;
    if (s.size() == 10 && s.at(4) == QLatin1Char('-') && s.at(7) == QLatin1Char('-'))
        y = s.sliced(0, 4), m = s.sliced(5, 2), d = s.sliced(8, 2);
    else if (s.size() == 8)
        y = s.sliced(0, 4), m = s.sliced(4, 2), d = s.sliced(6, 2);
    else
        return BdayShape::Invalid;
    if (!isDigits(y) || !isDigits(m) || !isDigits(d))
        return BdayShape::Invalid;
    if (y.toInt() == 0)
        return QDate(2000, m.toInt(), d.toInt()).isValid() ? BdayShape::NoYear : BdayShape::Invalid;
    date = QDate(y.toInt(), m.toInt(), d.toInt());
    return date.isValid() ? BdayShape::Full : BdayShape::Invalid;
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

// A photo Foothold cannot keep although it is valid (a link, a data: URI in another encoding) is
// left out with a warning; one that says it is base64 and is not is an error of the card.
bool readPhoto(const VCardProperty &p, Contact &contact, Diagnostics &cardErrors, Diagnostics &warnings)
{
    QByteArray raw = p.rawValue.trimmed().toByteArray();
    const QString encoding = p.firstParamText("ENCODING").toUpper();
    QString type = p.firstParamText("MEDIATYPE");
    if (type.isEmpty())
        for (const QString &t : p.param("TYPE"))
            if (t.compare(QLatin1String("BASE64"), Qt::CaseInsensitive) != 0)
                type = t;
    QByteArray base64;
    if (raw.startsWith("data:")) {
        const qsizetype comma = raw.indexOf(',');
        const QByteArray meta = raw.mid(5, comma < 0 ? -1 : comma - 5);
        if (comma < 0 || !meta.endsWith(";base64")) {
            warnings << Diagnostic{p.line, tr("%1 is a data: URI that is not base64: left out").arg(p.upperName())};
            return false;
        }
        type = QString::fromLatin1(meta.left(meta.size() - 7));
        base64 = raw.mid(comma + 1);
    } else if (encoding == QLatin1String("B") || encoding == QLatin1String("BASE64")) {
        base64 = raw;
    } else {
        warnings << Diagnostic{p.line, tr("%1 given as a link (%2) is not downloaded: left out")
                                           .arg(p.upperName(), QString::fromUtf8(raw.left(60)))};
        return false;
    }
    base64.replace(' ', QByteArray()).replace('\t', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        cardErrors << Diagnostic{p.line, tr("%1 is not valid base64").arg(p.upperName())};
        return false;
    }
    contact.photo = decoded.decoded;
    contact.photoType = mimeFromType(type, contact.photo);
    return true;
}

// RFC 3986's URI syntax, loosely: a scheme, ':', then no character a URI cannot hold (white space,
// controls, <>"{}|\^`) and '%' only before two hex digits. Beyond ASCII is allowed (IRIs).
bool isUriSyntax(QStringView text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || !text.at(0).isLetter() || text.at(0).unicode() >= 0x80)
        return false;
    for (const QChar c : text.first(colon)) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '+' || u == '-' || u == '.'))
            return false;
    }
    auto hex = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
    };
    for (qsizetype i = colon + 1; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u <= 0x20 || u == 0x7F || u == '"' || u == '<' || u == '>' || u == '\\' || u == '^' || u == '`' || u == '{' || u == '|'
            || u == '}')
            return false;
        if (u == '%') {
            if (i + 2 >= text.size() || !hex(text.at(i + 1)) || !hex(text.at(i + 2)))
                return false;
            i += 2;
        }
    }
    return true;
}

// A URL as Foothold keeps it: a web address. Another URI (ftp:, mailto:, a host Qt refuses) is
// valid vCard that Foothold has no use for: left out with a warning. A value that is no URI at
// all is invalid (vCard's URL is a URI): an error of the card.
QString webUrl(QString value, int line, Diagnostics &cardErrors, Diagnostics &warnings)
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
        if (isUriSyntax(value))
            warnings << Diagnostic{line, tr("“%1” is not a web address: left out").arg(value.left(80))};
        else
            cardErrors << Diagnostic{line, tr("“%1” is not a web address").arg(value.left(80))};
        return {};
    }
    return value;
}

bool isAsciiText(QStringView text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

// Tags as Foothold keeps them: trimmed, no empty ones, no repeats ignoring case (as
// toCaseFolded() compares; for ASCII that is ASCII's case).
void addTag(QStringList &tags, QString tag)
{
    tag = std::move(tag).simplified();
    if (tag.isEmpty())
        return;
    const bool ascii = isAsciiText(tag);
    QString folded;
    for (const QString &kept : tags) {
        if (ascii && isAsciiText(kept)) {
            if (kept.compare(tag, Qt::CaseInsensitive) == 0)
                return;
            continue;
        }
        if (folded.isNull())
            folded = tag.toCaseFolded();
        if (kept.toCaseFolded() == folded)
            return;
    }
    tags << std::move(tag);
}

// The non-empty trimmed parts of an address, across its components, joined with ", " (what
// joining each component, then the components, gave).
QString addressOf(QStringView text, QString &piece)
{
    QString out;
    out.reserve(text.size() + 16);
    forEachVCardPart(text, QLatin1Char(';'), [&](QStringView component) {
        forEachVCardPart(component, QLatin1Char(','), [&](QStringView raw) {
            QStringView trimmed = raw.trimmed();
            if (raw.contains(QLatin1Char('\\'))) {
                piece.resize(0);
                appendUnescaped(piece, raw);
                trimmed = QStringView(piece).trimmed();
            }
            if (trimmed.isEmpty())
                return;
            if (!out.isEmpty())
                out += QStringLiteral(", ");
            out += trimmed;
        });
    });
    return out;
}

void readFootholdProperty(const VCardProperty &p, const QString &text, VCardContact &card, Diagnostics &warnings)
{
    Contact &c = card.contact;
    const QString value = unescapeVCardText(text).trimmed();
    auto bad = [&] { warnings << Diagnostic{p.line, tr("%1 “%2” is not understood: left out").arg(p.upperName(), value.left(60))}; };
    if (p.is("X-FOOTHOLD-LOCATION")) {
        c.location = unescapeVCardText(text);
    } else if (p.is("X-FOOTHOLD-CHANNEL")) {
        if (auto channel = fromKey<Channel>(value))
            c.channel = *channel;
        else
            bad();
    } else if (p.is("X-FOOTHOLD-ROLE")) {
        if (auto role = fromKey<ContactRole>(value))
            c.role = *role;
        else
            bad();
    } else if (p.is("X-FOOTHOLD-CONNECTED")) {
        c.connectedOn = QDate::fromString(value, Qt::ISODate);
        if (!c.connectedOn.isValid())
            bad();
    } else if (p.is("X-FOOTHOLD-CADENCE")) {
        bool ok = false;
        c.cadenceDays = value.toInt(&ok);
        if (!ok || c.cadenceDays < 0) {
            c.cadenceDays = 0;
            bad();
        }
    } else if (p.is("X-FOOTHOLD-STRENGTH")) {
        bool ok = false;
        const double strength = value.toDouble(&ok);
        if (ok && strength >= 0 && strength <= 1)
            c.strengthOverride = strength;
        else
            bad();
    } else if (p.is("X-FOOTHOLD-PROSPECT")) {
        c.prospect = value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    } else if (p.is("X-FOOTHOLD-MET-AT")) {
        card.metAtEvent = value;
    } else if (p.is("X-FOOTHOLD-INTRODUCED-BY")) {
        card.introducedByName = value;
    } else if (p.is("X-FOOTHOLD-POSITION")) {
        const QStringList parts = splitVCardValue(text, QLatin1Char(';'));
        Position position;
        position.companyName = parts.value(0);
        position.title = parts.value(1);
        position.from = QDate::fromString(p.firstParamText("X-FROM"), Qt::ISODate);
        position.to = QDate::fromString(p.firstParamText("X-TO"), Qt::ISODate);
        c.history.append(position);
    }
}

// A name from N: prefix given additional family suffix, each component's values joined by
// spaces, then white space simplified.
QString nameFromN(QStringView text)
{
    QStringView parts[5];
    int count = 0;
    forEachVCardPart(text, QLatin1Char(';'), [&](QStringView part) {
        if (count < 5)
            parts[count] = part;
        ++count;
    });
    QString joined;
    joined.reserve(text.size() + 4);
    bool first = true;
    for (const int i : {3, 1, 2, 0, 4}) {
        if (!first)
            joined += QLatin1Char(' ');
        first = false;
        if (i >= count)
            continue;
        bool firstValue = true;
        forEachVCardPart(parts[i], QLatin1Char(','), [&](QStringView value) {
            if (!firstValue)
                joined += QLatin1Char(' ');
            firstValue = false;
            appendUnescaped(joined, value);
        });
    }
    return std::move(joined).simplified();
}

// The properties Foothold reads, told apart once per property by their name's bytes.
enum class Kind { Other, Photo, MsPicture, Fn, N, Org, Title, Role, Email, Tel, Url, Adr, Label, Note, Categories, Bday, Foothold };

Kind kindOf(const VCardProperty &p)
{
    Kind kind = Kind::Other;
    switch (p.name.size()) {
    case 1:
        kind = p.is("N") ? Kind::N : Kind::Other;
        break;
    case 2:
        kind = p.is("FN") ? Kind::Fn : Kind::Other;
        break;
    case 3:
        kind = p.is("ORG") ? Kind::Org : p.is("TEL") ? Kind::Tel : p.is("URL") ? Kind::Url : p.is("ADR") ? Kind::Adr : Kind::Other;
        break;
    case 4:
        kind = p.is("ROLE") ? Kind::Role : p.is("NOTE") ? Kind::Note : p.is("BDAY") ? Kind::Bday : Kind::Other;
        break;
    case 5:
        kind = p.is("PHOTO") ? Kind::Photo : p.is("TITLE") ? Kind::Title : p.is("EMAIL") ? Kind::Email : p.is("LABEL") ? Kind::Label : Kind::Other;
        break;
    case 10:
        kind = p.is("CATEGORIES") ? Kind::Categories : Kind::Other;
        break;
    case 15:
        kind = p.is("X-SOCIALPROFILE") ? Kind::Url : Kind::Other;
        break;
    case 16:
        kind = p.is("X-MS-CARDPICTURE") ? Kind::MsPicture : Kind::Other;
        break;
    default:
        break;
    }
    if (kind == Kind::Other && p.name.size() >= 11 && equalsAsciiUpper(p.name.first(11), "X-FOOTHOLD-"))
        kind = Kind::Foothold;
    return kind;
}

// `scratch` is reused from card to card.
VCardContact readCard(const VCardBlock &block, Diagnostics &warnings, QString &scratch)
{
    VCardContact card;
    card.line = block.beginLine;
    card.version = block.version;
    card.errors = block.errors;
    warnings << block.warnings;
    Contact &c = card.contact;

    GroupLabels labels;
    for (const auto &p : block.properties)
        if (!p.group.isEmpty() && p.is("X-ABLABEL"))
            labels.add(p.group, unescaped(QString::fromUtf8(p.rawValue)));

    QString fn, nText, title, role;
    bool haveN = false;
    TypedValues labelAddresses;
    bool photoFromPhoto = false;
    for (const auto &p : block.properties) {
        const Kind kind = kindOf(p);
        if (kind == Kind::Other)
            continue;
        if (kind == Kind::Photo || kind == Kind::MsPicture) {
            if (!photoFromPhoto && readPhoto(p, c, card.errors, warnings))
                photoFromPhoto = kind == Kind::Photo;
            continue;
        }
        auto text = valueText(p, card, warnings);
        if (!text)
            continue;
        switch (kind) {
        case Kind::Fn:
            if (fn.isEmpty())
                fn = unescaped(std::move(*text)).simplified();
            break;
        case Kind::N:
            nText = std::move(*text); // the last N counts; joined only when there is no FN
            haveN = true;
            break;
        case Kind::Org:
            if (card.companyName.isEmpty())
                forEachVCardPart(*text, QLatin1Char(';'), [&](QStringView part) {
                    if (!card.companyName.isEmpty())
                        return;
                    QString unit = unescapeVCardText(part);
                    if (!QStringView(unit).trimmed().isEmpty())
                        card.companyName = std::move(unit).simplified();
                });
            break;
        case Kind::Title:
            if (title.isEmpty())
                title = unescaped(std::move(*text)).trimmed();
            break;
        case Kind::Role:
            if (role.isEmpty())
                role = unescaped(std::move(*text)).trimmed();
            break;
        case Kind::Email: {
            QString value = unescaped(std::move(*text)).trimmed();
            if (value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                value = value.mid(7);
            if (value.isEmpty())
                break;
            if (!isValidEmail(value)) {
                card.errors << Diagnostic{p.line, tr("“%1” is not an e-mail address").arg(value.left(80))};
                break;
            }
            QString type = typeOf(p, labels, VCardValueKind::Email, value);
            c.emails.append({std::move(value), std::move(type)});
            break;
        }
        case Kind::Tel: {
            QString value = unescaped(std::move(*text)).trimmed();
            if (value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                value = value.mid(4);
            if (!value.isEmpty()) {
                QString type = typeOf(p, labels, VCardValueKind::Phone, value);
                c.phones.append({std::move(value), std::move(type)});
            }
            break;
        }
        case Kind::Url: {
            QString value = webUrl(unescaped(std::move(*text)), p.line, card.errors, warnings);
            if (!value.isEmpty()) {
                QString type = typeOf(p, labels, VCardValueKind::Url, value);
                c.urls.append({std::move(value), std::move(type)});
            }
            break;
        }
        case Kind::Adr: {
            QString value = addressOf(*text, scratch);
            if (value.isEmpty()) {
                const QString label = p.firstParamText("LABEL");
                value = label.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", ")).simplified();
            }
            if (!value.isEmpty()) {
                QString type = typeOf(p, labels, VCardValueKind::Address, value);
                c.addresses.append({std::move(value), std::move(type)});
            }
            break;
        }
        case Kind::Label: {
            const QString value = unescaped(std::move(*text)).split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", ")).simplified();
            if (!value.isEmpty())
                labelAddresses.append({value, typeOf(p, labels, VCardValueKind::Address, value)});
            break;
        }
        case Kind::Note: {
            QString note = unescaped(std::move(*text));
            if (note.trimmed().isEmpty())
                break;
            // Notes joined by a blank line (a kept note is never empty).
            if (c.notes.isEmpty())
                c.notes = std::move(note);
            else
                c.notes += QStringLiteral("\n\n") + note;
            break;
        }
        case Kind::Categories:
            forEachVCardPart(*text, QLatin1Char(','), [&](QStringView tag) { addTag(c.tags, unescapeVCardText(tag)); });
            break;
        case Kind::Bday: {
            const QString value = text->trimmed();
            if (value.isEmpty())
                break;
            QDate date;
            // VALUE=text ("circa 1800") is valid vCard 4, and no date.
            const BdayShape shape = textEquals(p.firstParam("VALUE"), "TEXT") ? BdayShape::NoDay : parseVCardDate(unescaped(*text), date);
            if (shape == BdayShape::Full)
                c.birthday = date;
            else if (shape == BdayShape::NoYear)
                warnings << Diagnostic{p.line, tr("a birthday without a year (%1) cannot be kept: left out").arg(value)};
            else if (shape == BdayShape::NoDay)
                warnings << Diagnostic{p.line, tr("a birthday without a full date (%1) cannot be kept: left out").arg(value)};
            else
                card.errors << Diagnostic{p.line, tr("BDAY “%1” is not a date").arg(value.left(40))};
            break;
        }
        case Kind::Foothold:
            readFootholdProperty(p, *text, card, warnings);
            break;
        default:
            break;
        }
    }
    c.headline = title.isEmpty() ? role : title;
    if (c.addresses.isEmpty())
        c.addresses = labelAddresses;
    c.name = !fn.isEmpty() ? fn : haveN ? nameFromN(nText) : QString();
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
    QString scratch;
    const VCardLexed lexed = lexVCards(bytes, [&](const VCardBlock &block) {
        // Cards are large records: rather than let the list double a dozen times (each time
        // moving every card into fresh memory), make room once for as many as the part of the
        // file read so far promises.
        const qsizetype count = file.cards.size();
        if (count == file.cards.capacity() && count >= 64 && block.done > 0)
            file.cards.reserve(qMax(qsizetype(double(count) / block.done * 1.02) + 16, count + count / 2));
        file.cards.append(readCard(block, warnings, scratch));
    });
    file.errors = lexed.errors;
    file.warnings = lexed.warnings + warnings;
    file.encoding = lexed.encoding;
    return file;
}

} // namespace foothold

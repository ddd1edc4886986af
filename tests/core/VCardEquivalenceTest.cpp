// The vCard reader was rewritten to allocate nothing per property (views of the bytes instead of
// strings and lists). These tests hold it to exactly what the reader before it gave (kept in
// tests/core/legacy/), field by field, diagnostics included (with the one deliberate change since,
// invalid values as card errors, applied to the legacy result: see reclassify below): on the fixtures, on cards written to
// hit each branch, and on thousands of mutations of them (folds cut anywhere, even inside a UTF-8
// sequence; stray quotes, carets, backslashes, colons, semicolons; case changes; lost bytes).
#include "core/formats/VCardLexer.h"
#include "core/formats/VCardReader.h"
#include "tests/core/legacy/LegacyVCardReader.h"
#include "tests/support/Fixtures.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

QString describe(const Diagnostics &list)
{
    QStringList out;
    for (const auto &d : list)
        out << QString::number(d.line) + QStringLiteral(": ") + d.message;
    return out.join(QStringLiteral(" | "));
}

QString describe(const TypedValues &values)
{
    QStringList out;
    for (const auto &v : values)
        out << v.value + QStringLiteral(" [") + v.type + QLatin1Char(']');
    return out.join(QStringLiteral(" | "));
}

QString describe(const QList<Position> &history)
{
    QStringList out;
    for (const auto &p : history)
        out << p.companyName + QLatin1Char('/') + p.title + QLatin1Char('/') + p.from.toString(Qt::ISODate) + QLatin1Char('/')
                + p.to.toString(Qt::ISODate);
    return out.join(QStringLiteral(" | "));
}

// Everything a VCardFile holds, as text: two files are the same when these are.
QString describe(const VCardFile &file)
{
    QStringList out{QStringLiteral("encoding ") + file.encoding, QStringLiteral("errors ") + describe(file.errors),
                    QStringLiteral("warnings ") + describe(file.warnings)};
    for (const VCardContact &card : file.cards) {
        const Contact &c = card.contact;
        out << QStringLiteral("-- card at %1, version %2").arg(card.line).arg(card.version) << QStringLiteral("errors ") + describe(card.errors)
            << QStringLiteral("name ") + c.name << QStringLiteral("headline ") + c.headline << QStringLiteral("company ") + card.companyName
            << QStringLiteral("met at ") + card.metAtEvent << QStringLiteral("introduced by ") + card.introducedByName
            << QStringLiteral("emails ") + describe(c.emails) << QStringLiteral("phones ") + describe(c.phones)
            << QStringLiteral("urls ") + describe(c.urls) << QStringLiteral("addresses ") + describe(c.addresses)
            << QStringLiteral("location ") + c.location << QStringLiteral("channel ") + QString::number(int(c.channel))
            << QStringLiteral("tags ") + c.tags.join(QStringLiteral(" | ")) << QStringLiteral("role ") + QString::number(int(c.role))
            << QStringLiteral("connected ") + c.connectedOn.toString(Qt::ISODate) << QStringLiteral("cadence ") + QString::number(c.cadenceDays)
            << QStringLiteral("strength ") + (c.strengthOverride ? QString::number(*c.strengthOverride) : QStringLiteral("none"))
            << QStringLiteral("prospect ") + QString::number(c.prospect) << QStringLiteral("birthday ") + c.birthday.toString(Qt::ISODate)
            << QStringLiteral("photo ") + QString::fromLatin1(c.photo.toBase64()) << QStringLiteral("photo type ") + c.photoType
            << QStringLiteral("notes ") + c.notes << QStringLiteral("history ") + describe(c.history);
    }
    return out.join(QLatin1Char('\n'));
}

// The one change in what the reader reports since the legacy reader: a value that is invalid by the
// vCard specification is an error of its card, no longer a warning with the value left out (see
// VCardReader.h). Everything else is the same, so the legacy reader's file, with those warnings
// moved as stated here, must equal the new reader's. The rules are restated here on the legacy
// messages, independently of the reader's code:
//   “X” is not an e-mail address: left out            -> error “X” is not an e-mail address
//   P is not valid base64: left out                    -> error P is not valid base64
//   P says it is C but has bytes that are not: …       -> error P is not valid C
//   “X” is not a web address: left out, X no URI       -> error “X” is not a web address
//   BDAY “X” is not a date: left out                   -> a warning when X is a valid partial date
//       (1996, 1996-04, year 0000), else error BDAY “X” is not a date
//   a birthday without a year (X) …, X not --MMDD, --MM-DD, --MM, ---DD -> error BDAY “X” is not a date
// A card's errors are compared in (line, message) order: the new reader adds them as it reads.
namespace reclassify {

bool isUri(const QString &value)
{
    static const QRegularExpression uri(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9+.\-]*:(?:[^\x00-\x20"<>\\^`{|}%\x7F]|%[0-9A-Fa-f]{2})*$)"));
    return uri.match(value).hasMatch();
}

// The BDAY text as the reader sees it: escapes resolved, trimmed, cut at a 'T', a final newline
// dropped.
QString dateText(const QString &raw)
{
    QString text = unescapeVCardText(raw).trimmed();
    if (const qsizetype t = text.indexOf(QLatin1Char('T')); t >= 0)
        text.truncate(t);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

bool isYearless(const QString &raw)
{
    const QString text = dateText(raw);
    static const QRegularExpression shape(QStringLiteral(R"(^--(\d\d)-?(\d\d)$|^--(\d\d)$|^---(\d\d)$)"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return false;
    if (!m.captured(4).isEmpty())
        return m.captured(4).toInt() >= 1 && m.captured(4).toInt() <= 31;
    if (!m.captured(3).isEmpty())
        return m.captured(3).toInt() >= 1 && m.captured(3).toInt() <= 12;
    return QDate(2000, m.captured(1).toInt(), m.captured(2).toInt()).isValid();
}

// "0000-04-15": the year a placeholder.
bool isYearZero(const QString &raw)
{
    static const QRegularExpression shape(QStringLiteral(R"(^0000-?(\d\d)-?(\d\d)$)"));
    const QString text = dateText(raw);
    const auto m = shape.match(text);
    return m.hasMatch() && (text.size() == 10 ? text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-') : text.size() == 8)
        && QDate(2000, m.captured(1).toInt(), m.captured(2).toInt()).isValid();
}

bool isYearOrMonth(const QString &raw)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}(-(0[1-9]|1[0-2]))?$)"));
    return shape.match(dateText(raw)).hasMatch();
}

VCardFile asNowClassified(VCardFile file)
{
    static const QRegularExpression email(QStringLiteral("^“(.*)” is not an e-mail address: left out$"));
    static const QRegularExpression base64(QStringLiteral("^(.*) is not valid base64: left out$"));
    static const QRegularExpression charset(QStringLiteral("^(.*) says it is (.*) but has bytes that are not: they were replaced by �$"));
    static const QRegularExpression web(QStringLiteral("^“(.*)” is not a web address: left out$"));
    static const QRegularExpression bday(QStringLiteral("^BDAY “(.*)” is not a date: left out$"));
    static const QRegularExpression yearless(QStringLiteral(R"(^a birthday without a year \((.*)\) cannot be kept: left out$)"));
    Diagnostics warnings;
    for (const Diagnostic &w : std::as_const(file.warnings)) {
        QString error;
        QRegularExpressionMatch m;
        if ((m = email.match(w.message)).hasMatch()) {
            error = QStringLiteral("“%1” is not an e-mail address").arg(m.captured(1));
        } else if ((m = base64.match(w.message)).hasMatch()) {
            error = QStringLiteral("%1 is not valid base64").arg(m.captured(1));
        } else if ((m = charset.match(w.message)).hasMatch()) {
            error = QStringLiteral("%1 is not valid %2").arg(m.captured(1), m.captured(2));
        } else if ((m = web.match(w.message)).hasMatch() && !isUri(m.captured(1))) {
            error = QStringLiteral("“%1” is not a web address").arg(m.captured(1));
        } else if ((m = bday.match(w.message)).hasMatch()) {
            if (isYearZero(m.captured(1)))
                warnings << Diagnostic{w.line, QStringLiteral("a birthday without a year (%1) cannot be kept: left out").arg(m.captured(1))};
            else if (isYearOrMonth(m.captured(1)))
                warnings << Diagnostic{w.line, QStringLiteral("a birthday without a full date (%1) cannot be kept: left out").arg(m.captured(1))};
            else
                error = QStringLiteral("BDAY “%1” is not a date").arg(m.captured(1));
            if (error.isEmpty())
                continue;
        } else if ((m = yearless.match(w.message)).hasMatch() && !isYearless(m.captured(1))) {
            error = QStringLiteral("BDAY “%1” is not a date").arg(m.captured(1).left(40));
        }
        if (error.isEmpty()) {
            warnings << w;
            continue;
        }
        // The card the line is in: the last one that begins before it.
        VCardContact *card = nullptr;
        for (VCardContact &c : file.cards)
            if (c.line <= w.line)
                card = &c;
        EXPECT_NE(card, nullptr) << w.message.toStdString();
        if (card)
            card->errors << Diagnostic{w.line, error};
    }
    file.warnings = warnings;
    return file;
}

} // namespace reclassify

VCardFile withSortedCardErrors(VCardFile file)
{
    for (VCardContact &card : file.cards)
        std::stable_sort(card.errors.begin(), card.errors.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return a.line != b.line ? a.line < b.line : a.message < b.message;
        });
    return file;
}

// Cards that reach every branch of the reader: 2.1 bare parameters and quoted-printable with
// soft breaks, CHARSETs good, unknown and wrong, escapes, groups and Apple labels, quoted and
// RFC 6868 parameter values, parameters in UTF-8, photos in every form, Foothold's own properties,
// broken lines, nested AGENT cards, a missing END, text outside cards.
QByteArray branchCards()
{
    return QByteArray(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Ren=E9;Zo=EB;;;\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=\r\nZo=C3=AB Ren=C3=A9\r\nTEL;WORK;VOICE:+1 555 0100\r\nTEL;CELL;PREF:tel:+1 555 0199\r\n"
        "EMAIL;PREF;INTERNET:mailto:zoe@lumen.example\r\nEMAIL:not an address\r\nADR;WORK;ENCODING=QUOTED-PRINTABLE:;;12 Rue=0D=0ABat. B;Paris;;;Fr=\r\nance\r\n"
        "NOTE;QUOTED-PRINTABLE:Met at =\r\nRustConf=0D=0Asecond\r\nAGENT:\r\nBEGIN:VCARD\r\nFN:Agent\r\nEND:VCARD\r\n"
        "PHOTO;ENCODING=BASE64;TYPE=PNG:\r\n iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAf\r\n FcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n\r\n"
        "BDAY:19850412\r\nEND:VCARD\r\n"
        "begin:vcard\nversion:3.0\nfn:  Ana   Lima \nn:Lima;Ana;B,C;Dr.;Jr.\nitem1.email;type=\"INTERNET,Work\":ana@lumen.example\n"
        "item1.X-ABLabel:_$!<Work>!$_\nITEM2.URL:lumen.example/ana\nitem2.x-ablabel:Blog\nURL:https://www.linkedin.com/in/ana\n"
        "URL:https://github.com/ana\nURL:ftp://files\nX-SOCIALPROFILE;TYPE=twitter:https://x.com/ana\n"
        "ORG:;\\;Lumen\\, Inc.;R&D\nTITLE:\nROLE:Engineer\\, Staff\nCATEGORIES:rust,Rust, mentor ,\\,x,\nCATEGORIES:MENTOR,straße,STRASSE\n"
        "NOTE:a\\nb\\\\c\\q\nNOTE:  \nNOTE:second\nBDAY:--0412\nLABEL;TYPE=home:1 Main St\\nSpringfield\n"
        "ADR;LABEL=\"1 Main St^nSpringfield ^'x^' ^^\";TYPE=home,pref:;;;;;;\nTEL;TYPE=\"cell,voice\";TYPE=X-Custom:555\n"
        "TEL;X-FOOTHOLD-TYPE=Work Phone;TYPE=work:556\nEMAIL;TYPE=Ünïcode,HOME:u@x.example\nEMAIL;TYPE=ſtrange:v@x.example\n"
        "X-FOOTHOLD-LOCATION:Berlin\\, DE\nX-FOOTHOLD-CHANNEL:linkedin\nX-FOOTHOLD-ROLE:nonsense\nX-FOOTHOLD-CONNECTED:2024-03-12\n"
        "X-FOOTHOLD-CADENCE:30\nX-FOOTHOLD-STRENGTH:0.5\nX-FOOTHOLD-PROSPECT:TRUE\nX-FOOTHOLD-MET-AT:RustConf\n"
        "X-FOOTHOLD-INTRODUCED-BY:Bo\nX-FOOTHOLD-POSITION;X-FROM=2020-01-01;X-TO=2022-02-02:Globex;CTO\nX-FOOTHOLD-:caf\xE9\n"
        "PHOTO:data:image/jpeg;base64,/9j/4AAQ\nEND:VCARD\n"
        "stray text\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN;CHARSET=X-UNKNOWN:Plain\r\nN;CHARSET=UTF-8:Lim\xC3;A\r\n"
        "TITLE:Caf\xE9\r\nORG;CHARSET=windows-1252:Caf\xE9 Co\r\nNOTE;CHARSET=US-ASCII:n\r\nEMAIL;TYPE=;X=1:a@b.example\r\n"
        "TEL;;x:1\r\nbad name:x\r\n;TYPE=x:y\r\nno colon here\r\nBEGIN:FOO\r\nEND:FOO\r\nPHOTO;VALUE=uri:https://x.example/p.jpg\r\n"
        "PHOTO;ENCODING=b:!!!\r\nX-MS-CARDPICTURE;ENCODING=BASE64:R0lGODlhAQABAAAAACw=\r\nPHOTO:data:text/plain,hello\r\n"
        "BDAY:2024-02-30\r\nBEGIN:VCARD\r\nFN:Next\r\nBDAY:19900721\\nT10\r\nEMAIL;TYPE=\"a;b\":c@d.example\r\nitem3.ÉMAIL:x\r\n"
        "ítem4.EMAIL;TYPE=Work:i@x.example\r\nÍTEM4.X-ABLabel:Custom\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\nORG:Only Org\nEND:VCARD\nBEGIN:VCARD\nEMAIL:only@mail.example\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nTEL:1\nEND:VCARD\n\n\nBEGIN:VCARD\nFN:QP\nNOTE;ENCODING=QUOTED-PRINTABLE:x=\r\n.END:VCARD\r\n"
        "BEGIN:VCARD\nFN:Cut\n");
}

QList<QByteArray> inputs()
{
    QList<QByteArray> out{branchCards()};
    const QDir dir(test::fixturePath(QStringLiteral("formats/vcard")));
    for (const QString &name : dir.entryList({QStringLiteral("*.vcf")}, QDir::Files, QDir::Name))
        out << test::readFixture(QStringLiteral("formats/vcard/") + name);
    return out;
}

void expectSame(const QByteArray &bytes, const char *what)
{
    const QString expected = describe(withSortedCardErrors(reclassify::asNowClassified(legacy::parseVCards(bytes))));
    const QString actual = describe(withSortedCardErrors(parseVCards(bytes)));
    EXPECT_EQ(actual.toStdString(), expected.toStdString()) << what << " input:\n" << bytes.toStdString();
}

} // namespace

TEST(VCardEquivalence, FixturesAndBranchCardsReadAsBefore)
{
    for (const QByteArray &bytes : inputs())
        expectSame(bytes, "as written");
    // The benchmark's shape too, and encodings with byte-order marks.
    expectSame(QByteArray("\xEF\xBB\xBF") + branchCards(), "UTF-8 BOM");
    expectSame(QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char *>(QStringLiteral("BEGIN:VCARD\nFN:Ü\nEND:VCARD\n").utf16()), 2 * 27),
               "UTF-16LE BOM");
    // Enough cards for the reader to size its list from the first ones (64 and more).
    expectSame(branchCards().repeated(40), "many cards");
    QByteArray bench;
    for (int i = 0; i < 300; ++i)
        bench += QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lima;Zoë%1;;;\r\nFN:Zoë%1 Lima\r\nORG:Lumen\\, Inc.;R&D\r\n"
                                "EMAIL;TYPE=INTERNET,WORK:zoë%1@lumen.example\r\nTEL;TYPE=CELL:+1 555 %1\r\n"
                                "item1.URL:https://www.linkedin.com/in/ana-%1\r\nitem1.X-ABLabel:_$!<HomePage>!$_\r\n"
                                "ADR;TYPE=WORK:;;%1 Main St\\, Suite 2;Springfield;IL;62701;USA\r\nNOTE:Met at RustConf\\nFollow up.\r\n"
                                "CATEGORIES:rust,mentor\r\nBDAY:1990-07-21\r\nEND:VCARD\r\n")
                     .arg(i)
                     .toUtf8();
    expectSame(bench, "benchmark-shaped cards");
    expectSame(QByteArray(), "empty");
    expectSame(QByteArray("\n\n  \n"), "blank");
    expectSame(QByteArray("BEGIN:VCARD\0FN:x\nEND:VCARD\n", 26), "NUL byte");
}

// Random edits of every input: each one a small step off the beaten path. Deterministic (fixed
// seed), so a failure is reproducible; the failing input is printed.
TEST(VCardEquivalence, MutatedCardsReadAsBefore)
{
    static const QByteArray pieces[] = {";", ":", "\"", ",", "^", "^n", "\\", "\\,", "=", "=\r\n", "\r\n ", "\n\t", " ", ".", "\r", "\n",
                                        "\xC3", "\xA9", "\xFF", "\xE2\x80\xAF", "TYPE=", "CHARSET=", "ENCODING=QUOTED-PRINTABLE", "\r\n\r\n",
                                        "BEGIN:VCARD\r\n", "END:VCARD\r\n", "item9.", "X-ABLabel:", "\xC2\xA0"};
    QRandomGenerator random(20261130);
    int mutations = 0;
    for (const QByteArray &original : inputs()) {
        if (original.isEmpty())
            continue;
        for (int round = 0; round < 400; ++round) {
            QByteArray bytes = original;
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(random.bounded(quint32(bytes.size() + 1)));
                switch (random.bounded(5)) {
                case 0: // a fold anywhere, inside a UTF-8 sequence too
                    bytes.insert(at, "\r\n ");
                    break;
                case 1:
                    bytes.insert(at, pieces[random.bounded(int(std::size(pieces)))]);
                    break;
                case 2:
                    if (at < bytes.size())
                        bytes.remove(at, 1 + qsizetype(random.bounded(3)));
                    break;
                case 3: // case flips
                    for (qsizetype i = at; i < qMin(bytes.size(), at + 12); ++i)
                        if ((bytes[i] >= 'a' && bytes[i] <= 'z') || (bytes[i] >= 'A' && bytes[i] <= 'Z'))
                            bytes[i] = char(bytes[i] ^ 0x20);
                    break;
                default: { // a line repeated
                    const qsizetype start = bytes.lastIndexOf('\n', at > 0 ? at - 1 : 0) + 1;
                    qsizetype end = bytes.indexOf('\n', at);
                    end = end < 0 ? bytes.size() : end + 1;
                    bytes.insert(end, bytes.mid(start, end - start));
                    break;
                }
                }
            }
            expectSame(bytes, "mutated");
            ++mutations;
            if (HasFailure())
                return; // one input to look at is enough
        }
    }
    EXPECT_GT(mutations, 3000);
}

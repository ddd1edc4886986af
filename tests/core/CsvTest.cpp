#include "core/formats/Csv.h"
#include "core/formats/TextDecoding.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

QList<CsvRecord> readAll(const QString &text, std::optional<Diagnostic> *error = nullptr)
{
    CsvReader reader(text);
    QList<CsvRecord> out;
    CsvRecord record;
    while (reader.next(record))
        out << record;
    if (error)
        *error = reader.error();
    return out;
}

} // namespace

TEST(Csv, QuotedFieldsWithCommasQuotesAndLineBreaksKeepTheirLineNumbers)
{
    std::optional<Diagnostic> error;
    const auto records = readAll(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\nlast,,"), &error);
    ASSERT_FALSE(error);
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].fields, (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}));
    EXPECT_EQ(records[0].line, 1);
    EXPECT_EQ(records[1].fields, (QStringList{QStringLiteral("two\nlines"), QStringLiteral("x")}));
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[2].line, 4); // the quoted line break moved it down one line
    EXPECT_EQ(records[2].fields, (QStringList{QStringLiteral("last"), QString(), QString()}));
}

TEST(Csv, UnterminatedQuoteIsRefusedAtTheLineItOpens)
{
    std::optional<Diagnostic> error;
    const auto records = readAll(QStringLiteral("a,b\nc,\"open\nmore\nstill\n"), &error);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->line, 2);
    EXPECT_TRUE(error->message.contains(QLatin1String("never ends")));
    EXPECT_EQ(records.size(), 1);
}

TEST(Csv, TextAfterClosingQuoteIsRefused)
{
    std::optional<Diagnostic> error;
    readAll(QStringLiteral("a\n\"x\"y,z\n"), &error);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->line, 2);
}

TEST(Csv, WriterQuotesAndNeutralisesFormulas)
{
    EXPECT_EQ(csvCell(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(csvCell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(csvCell(QStringLiteral("say \"x\"")), QStringLiteral("\"say \"\"x\"\"\""));
    EXPECT_EQ(csvCell(QStringLiteral("=HYPERLINK(\"http://evil\")")), QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\""));
    EXPECT_EQ(csvCell(QStringLiteral("+1 555 0100")), QStringLiteral("'+1 555 0100"));
    EXPECT_EQ(csvCell(QStringLiteral("-2")), QStringLiteral("'-2"));
    EXPECT_EQ(csvCell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(csvCell(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(csvCell(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
    EXPECT_EQ(csvCell(QStringLiteral("a=b")), QStringLiteral("a=b"));
    EXPECT_EQ(csvCell(QStringLiteral("=1"), false), QStringLiteral("=1"));

    CsvWriter writer({true, true});
    writer.writeRow({QStringLiteral("name"), QStringLiteral("note")});
    writer.writeRow({QStringLiteral("Zoë"), QStringLiteral("line 1\nline 2")});
    EXPECT_EQ(writer.data(), QByteArray("\xEF\xBB\xBFname,note\r\nZo\xC3\xAB,\"line 1\nline 2\"\r\n"));
}

TEST(Csv, WrittenRowsReadBackUnchanged)
{
    const QStringList row{QStringLiteral("a,b"), QStringLiteral("\"q\""), QStringLiteral("x\r\ny"), QString(), QStringLiteral("ü")};
    CsvWriter writer({false, false});
    writer.writeRow(row);
    const auto records = readAll(QString::fromUtf8(writer.data()));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].fields, row);
}

TEST(TextDecoding, ByteOrderMarksDecideTheEncoding)
{
    const QString text = QStringLiteral("Zoë;東京\n");
    QByteArray utf16le("\xFF\xFE", 2);
    for (const QChar c : text) {
        utf16le.append(char(c.unicode() & 0xff));
        utf16le.append(char(c.unicode() >> 8));
    }
    auto decoded = decodeText(utf16le);
    ASSERT_FALSE(decoded.error);
    EXPECT_EQ(decoded.text, text);
    EXPECT_EQ(decoded.encoding, QStringLiteral("UTF-16LE (BOM)"));

    decoded = decodeText(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    ASSERT_FALSE(decoded.error);
    EXPECT_EQ(decoded.text, text);
}

TEST(TextDecoding, Latin1AndUtf16WithoutMarkAreRefusedNotGarbled)
{
    auto decoded = decodeText(QByteArray("name\nJos\xE9\n"));
    ASSERT_TRUE(decoded.error);
    EXPECT_EQ(decoded.error->line, 2);
    EXPECT_TRUE(decoded.error->message.contains(QLatin1String("0xE9")));
    EXPECT_TRUE(decoded.error->message.contains(QLatin1String("Latin-1")));
    EXPECT_TRUE(decoded.text.isEmpty());

    QByteArray utf16;
    for (const char c : QByteArray("First Name,Last Name\n"))
        utf16.append(c).append('\0');
    decoded = decodeText(utf16);
    ASSERT_TRUE(decoded.error);
    EXPECT_TRUE(decoded.error->message.contains(QLatin1String("UTF-16")));
}

TEST(TextDecoding, OverlongAndSurrogateSequencesAreInvalid)
{
    EXPECT_EQ(firstInvalidUtf8(QByteArray("ok\xC0\xAF")), 2);          // overlong '/'
    EXPECT_EQ(firstInvalidUtf8(QByteArray("\xED\xA0\x80")), 0);        // a UTF-16 surrogate
    EXPECT_EQ(firstInvalidUtf8(QByteArray("\xE6\x9D")), 0);            // cut short
    EXPECT_EQ(firstInvalidUtf8(QByteArray("\xF0\x9F\x98\x80 ok")), -1); // an emoji
}

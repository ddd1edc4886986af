#include "core/domain/Validation.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace foothold {
namespace {

// The pattern isValidEmail() is defined by (core/domain/Validation.cpp); its ASCII fast path
// must answer as this does. Change both together.
bool byPattern(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[^\s@"(),:;<>\[\]\\]+@[A-Za-z0-9\x{00A0}-\x{FFFF}](?:[A-Za-z0-9\x{00A0}-\x{FFFF}-]*[A-Za-z0-9\x{00A0}-\x{FFFF}])?(?:\.[A-Za-z0-9\x{00A0}-\x{FFFF}](?:[A-Za-z0-9\x{00A0}-\x{FFFF}-]*[A-Za-z0-9\x{00A0}-\x{FFFF}])?)+$)"));
    return pattern.match(email).hasMatch();
}

TEST(EmailValidation, HandWrittenCasesAnswerAsThePatternDoes)
{
    const QStringList cases = {
        QStringLiteral("ana@lumen.example"), QStringLiteral("a@b.c"), QStringLiteral("a@b"), QStringLiteral("@b.c"), QStringLiteral("a@.b.c"),
        QStringLiteral("a@b..c"), QStringLiteral("a@b.c."), QStringLiteral("a@-b.c"), QStringLiteral("a@b-.c"), QStringLiteral("a@b--c.d"),
        QStringLiteral("a b@c.d"), QStringLiteral("a@b.c\n"), QStringLiteral("a@b.c\n\n"), QStringLiteral("a@b.c "), QStringLiteral("a\t@b.c"),
        QStringLiteral("a\v@b.c"), QStringLiteral("a\x01@b.c"), QStringLiteral("a@@b.c"), QStringLiteral("a@b@c.d"), QStringLiteral("\"a\"@b.c"),
        QStringLiteral("a(b)@c.d"), QStringLiteral("a,b@c.d"), QStringLiteral("a:b@c.d"), QStringLiteral("a;b@c.d"), QStringLiteral("<a>@b.c"),
        QStringLiteral("[a]@b.c"), QStringLiteral("a\\b@c.d"), QStringLiteral("a+tag@b.c"), QStringLiteral("a.b-c_d~e!#$%&'*/=?^`{|}@x.y9"),
        QStringLiteral("a@b_c.d"), QStringLiteral("a@1.2"), QStringLiteral("a@B.C"), QStringLiteral(""), QStringLiteral("@"),
        QStringLiteral("a@b.c\r"), QStringLiteral("\na@b.c"), QStringLiteral("zoë@lumen.example"), QStringLiteral("a@lümen.example"),
        QStringLiteral("a@b.c\u00A0"), QStringLiteral("a\u2028@b.c"), QStringLiteral("a@\U0001F600.c"),
    };
    for (const QString &email : cases)
        EXPECT_EQ(isValidEmail(email), byPattern(email)) << email.toStdString();
}

// Random strings over the characters that matter to the pattern, ASCII and not.
TEST(EmailValidation, RandomStringsAnswerAsThePatternDoes)
{
    // Mostly letters, so that many strings are valid; every special character now and then.
    // (QStringLiteral's surrogate pair gives lone halves too when picked one QChar at a time.)
    const QString alphabet = QStringLiteral("abcxyzABZ0129abcxyz.-_@\"(),:;<>[]\\ \t\n\r\v\f\x7f+~é\u0080\u0085\u009F\u00A0\u2028\u3000\uFFFF\U0001F600");
    QRandomGenerator random(4711);
    auto part = [&] {
        QString out;
        const int length = int(random.bounded(5));
        for (int k = 0; k < length; ++k)
            out += alphabet.at(random.bounded(int(alphabet.size())));
        return out;
    };
    int valid = 0;
    for (int i = 0; i < 20000; ++i) {
        QString email = part() + QLatin1Char('@') + part() + QLatin1Char('.') + part();
        if (random.bounded(3) == 0)
            email += QLatin1Char('.') + part();
        const bool expected = byPattern(email);
        valid += expected;
        ASSERT_EQ(isValidEmail(email), expected) << email.toStdString();
    }
    EXPECT_GT(valid, 100); // the strings reach the valid side too
}

} // namespace
} // namespace foothold

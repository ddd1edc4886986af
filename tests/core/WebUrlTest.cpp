#include "core/domain/Validation.h"

#include <QUrl>
#include <gtest/gtest.h>

namespace foothold {
namespace {

// What isValidWebUrl said before its fast path for plain addresses: QUrl alone.
bool byQUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !parsed.host().isEmpty();
}

// The fast path for plain addresses answers as QUrl does, on plain ones and on every near miss.
TEST(WebUrl, PlainAddressesAnswerAsQUrlDoes)
{
    const QStringList urls = {
        QStringLiteral("https://bench.sched.com/event/123"), QStringLiteral("http://lumen.io"), QStringLiteral("https://lumen.io/"),
        QStringLiteral("https://www.linkedin.com/in/ana-lima_2~x"), QStringLiteral("https://a.b"), QStringLiteral("https://sched.co/Abc9"),
        QStringLiteral("https://123.com/x"), QStringLiteral("https://lumen.io//double"), QStringLiteral("https://x-y.z-w.io/a.b"),
        QStringLiteral("https://"), QStringLiteral("http:///path"), QStringLiteral("https://-lumen.io"), QStringLiteral("https://lumen-.io"),
        QStringLiteral("https://lu--men.io"), QStringLiteral("https://xn--bcher-kva.de/"), QStringLiteral("https://xn--zz.de/"),
        QStringLiteral("https://1.2.3.4/x"), QStringLiteral("https://1.2.3.999/x"), QStringLiteral("https://123/x"),
        QStringLiteral("https://lumen..io"), QStringLiteral("https://.lumen.io"), QStringLiteral("https://lumen.io."),
        QStringLiteral("https://Lumen.IO/x"), QStringLiteral("HTTPS://lumen.io"), QStringLiteral("https://lumen.io:8080/x"),
        QStringLiteral("https://lumen.io/a b"), QStringLiteral("https://lumen.io/%zz"), QStringLiteral("https://lumen.io/?q=1"),
        QStringLiteral("https://user@lumen.io/"), QStringLiteral("https://lumen.io/ä"), QStringLiteral("https://lümen.io/"),
        QStringLiteral("ftp://lumen.io"), QStringLiteral("javascript:alert(1)"), QStringLiteral("https://a_b.io/"),
        QStringLiteral("https://") + QStringLiteral("a").repeated(63) + QStringLiteral(".io/"),
        QStringLiteral("https://") + QStringLiteral("a").repeated(64) + QStringLiteral(".io/"),
        QStringLiteral("https://") + (QStringLiteral("abcdefghi.").repeated(26)) + QStringLiteral("io/"),
    };
    for (const QString &url : urls)
        EXPECT_EQ(isValidWebUrl(url), byQUrl(url)) << url.toStdString();
    EXPECT_TRUE(isValidWebUrl(QStringLiteral("https://bench.sched.com/event/123")));
    EXPECT_FALSE(isValidWebUrl(QStringLiteral("https://lumen.io:99999/")));
}

} // namespace
} // namespace foothold

#include "core/storage/SqlSupport.h"
#include "core/util/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

// What typedValuesToJson wrote before its fast path: QJsonDocument's compact form.
QString viaQJsonDocument(const TypedValues &values)
{
    QJsonArray array;
    for (const auto &value : values) {
        QJsonObject object{{QStringLiteral("value"), value.value}};
        if (!value.type.isEmpty())
            object.insert(QStringLiteral("type"), value.type);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

TEST(SqlSupport, TypedValuesJsonIsWhatQJsonDocumentWrites)
{
    const QList<TypedValues> cases = {
        {},
        {{QStringLiteral("ana@lumen.example"), {}}},
        {{QStringLiteral("https://www.linkedin.com/in/ana"), QStringLiteral("linkedin")}, {QStringLiteral("x"), QStringLiteral("home,work")}},
        {{QStringLiteral("Zoë 東京 😀"), QStringLiteral("Persönlich")}},
        {{QStringLiteral("say \"hi\" \\ now"), QStringLiteral("a\tb")}},
        {{QStringLiteral("line\nbreak\x7f"), QString()}},
        {{QString(), QStringLiteral("empty value")}},
    };
    for (const TypedValues &values : cases) {
        EXPECT_EQ(sql::typedValuesToJson(values), viaQJsonDocument(values)) << viaQJsonDocument(values).toStdString();
        EXPECT_EQ(sql::typedValuesFromJson(sql::typedValuesToJson(values)), values);
    }
}

TEST(IsoTime, UtcFormatIsTheIsoForm)
{
    const QDateTime berlin(QDate(2027, 4, 15), QTime(9, 5, 7), QTimeZone("Europe/Berlin"));
    EXPECT_EQ(isoUtc(berlin), QStringLiteral("2027-04-15T07:05:07Z"));
    EXPECT_EQ(isoUtc(QDateTime(QDate(999, 1, 2), QTime(0, 0), QTimeZone::utc())), QStringLiteral("0999-01-02T00:00:00Z"));
    EXPECT_EQ(isoUtc(QDateTime()), QString());
    EXPECT_EQ(parseIsoUtc(isoUtc(berlin)), berlin.toUTC());
}

#include "core/storage/ContactSummaryReader.h"

#include "core/storage/NativeStatement.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/Utf8Fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace foothold {
namespace {

using storage::dateFrom;
using storage::enumFromUtf8;
using storage::instantFrom;

// One QString per distinct value of a column whose values repeat (titles, places): 100,000
// contacts share a few thousand of them, so most rows cost a hash lookup instead of a UTF-8
// conversion and an allocation, and the list holds far less memory. A column that turns out to be
// mostly distinct stops being pooled.
class StringPool {
public:
    QString get(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return {};
        if (m_full)
            return QString::fromUtf8(bytes);
        const std::string_view key(bytes.data(), size_t(bytes.size()));
        if (auto it = m_strings.find(key); it != m_strings.end())
            return it->second;
        if (m_strings.size() >= kLimit) {
            m_full = true;
            return QString::fromUtf8(bytes);
        }
        const std::string &stored = m_keys.emplace_back(key);
        return m_strings.emplace(std::string_view(stored), QString::fromUtf8(bytes)).first->second;
    }

private:
    static constexpr size_t kLimit = 20000;
    std::deque<std::string> m_keys; // stable storage for the keys' bytes
    std::unordered_map<std::string_view, QString> m_strings;
    bool m_full = false;
};

} // namespace

namespace {

// The first object of the array when its members are plain strings (no escapes), as the stores
// write them: [{"type":"work","value":"a@b.c"}, …]. Returns false for anything else, which then
// goes through the full JSON parser.
bool scanFirstValue(QByteArrayView json, QByteArrayView &value)
{
    qsizetype at = 0;
    const qsizetype n = json.size();
    const auto skipSpace = [&] {
        while (at < n && (json[at] == ' ' || json[at] == '\n' || json[at] == '\t' || json[at] == '\r'))
            ++at;
    };
    const auto expect = [&](char c) {
        skipSpace();
        if (at >= n || json[at] != c)
            return false;
        ++at;
        return true;
    };
    const auto string = [&](QByteArrayView &out) {
        if (!expect('"'))
            return false;
        const qsizetype from = at;
        while (at < n && json[at] != '"') {
            if (json[at] == '\\')
                return false;
            ++at;
        }
        if (at >= n)
            return false;
        out = json.sliced(from, at - from);
        ++at;
        return true;
    };
    if (!expect('[') || !expect('{'))
        return false;
    while (true) {
        QByteArrayView key;
        QByteArrayView text;
        if (!string(key) || !expect(':') || !string(text))
            return false;
        if (key == QByteArrayView("value")) {
            value = text;
            return true;
        }
        if (!expect(','))
            return false; // the object ended without a value: let the parser decide
    }
}

} // namespace

QString firstTypedValue(QByteArrayView json)
{
    if (json.isEmpty() || json == QByteArrayView("[]"))
        return {};
    if (QByteArrayView value; scanFirstValue(json, value))
        return QString::fromUtf8(value);
    const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
    return array.isEmpty() ? QString() : array.first().toObject().value(QStringLiteral("value")).toString();
}

Result<QList<ContactSummary>> ContactSummaryReader::read(const QList<ContactId> &ids)
{
    // Some contacts (a change): each statement below binds the list as one parameter; all: none.
    const QVariantList only = ids.isEmpty() ? QVariantList() : QVariantList{sql::idArray(ids)};
    auto where = [&](const char *column) {
        return ids.isEmpty() ? QString() : QStringLiteral(" WHERE %1 %2").arg(QLatin1String(column), QLatin1String(sql::kInIdArray));
    };

    QList<ContactSummary> out;
    // Sized once: growing a list of 100,000 summaries moves them several times.
    if (ids.isEmpty()) {
        auto count = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM contacts"));
        if (count)
            out.reserve(count->toLongLong());
    } else {
        out.reserve(ids.size());
    }
    auto contacts = NativeStatement::prepare(
        m_db.connection(), QStringLiteral("SELECT id, name, headline, company_id, emails, location, channel, role, connected_on, "
                                          "cadence_days, prospect, sample FROM contacts%1 ORDER BY id")
                               .arg(where("id")));
    if (!contacts)
        return contacts.error();
    if (auto s = contacts->bind(only); !s)
        return s.error();
    StringPool headlines;
    StringPool locations;
    while (true) {
        auto row = contacts->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ContactSummary &s = out.emplace_back();
        s.id = ContactId(contacts->int64(0));
        s.name = contacts->text(1);
        s.headline = headlines.get(contacts->utf8(2));
        s.company = CompanyId(contacts->int64(3));
        s.email = firstTypedValue(contacts->utf8(4));
        s.location = locations.get(contacts->utf8(5));
        s.channel = enumFromUtf8(contacts->utf8(6), Channel::Other);
        s.role = enumFromUtf8(contacts->utf8(7), ContactRole::None);
        s.connectedOn = dateFrom(contacts->utf8(8));
        s.cadenceDays = int(contacts->int64(9));
        s.prospect = contacts->int64(10) != 0;
        s.sample = contacts->int64(11) != 0;
    }
    if (out.isEmpty())
        return out;

    // Tag names are few and repeat: one shared QString per tag.
    QHash<qint64, QString> tagNames;
    auto tags = NativeStatement::prepare(m_db.connection(), QStringLiteral("SELECT id, name FROM tags"));
    if (!tags)
        return tags.error();
    while (true) {
        auto row = tags->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        tagNames.insert(tags->int64(0), tags->text(1));
    }

    // Both scans below come in contact-id order, like `out`: walk them side by side.
    auto contactTags = NativeStatement::prepare(
        m_db.connection(), QStringLiteral("SELECT contact_id, tag_id FROM contact_tags%1 ORDER BY contact_id, tag_id").arg(where("contact_id")));
    if (!contactTags)
        return contactTags.error();
    if (auto s = contactTags->bind(only); !s)
        return s.error();
    qsizetype at = 0;
    while (true) {
        auto row = contactTags->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 contact = contactTags->int64(0);
        while (at < out.size() && out.at(at).id.value < contact)
            ++at;
        if (at < out.size() && out.at(at).id.value == contact)
            out[at].tags << tagNames.value(contactTags->int64(1));
    }

    if (ids.isEmpty()) {
        if (auto status = readAllLastConversations(out); !status)
            return status.error();
        return out;
    }
    auto last = NativeStatement::prepare(
        m_db.connection(), QStringLiteral("SELECT cc.contact_id, max(v.occurred_at) FROM conversation_contacts cc JOIN conversations v "
                                          "ON v.id = cc.conversation_id%1 GROUP BY cc.contact_id ORDER BY cc.contact_id")
                               .arg(where("cc.contact_id")));
    if (!last)
        return last.error();
    if (auto s = last->bind(only); !s)
        return s.error();
    at = 0;
    while (true) {
        auto row = last->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 contact = last->int64(0);
        while (at < out.size() && out.at(at).id.value < contact)
            ++at;
        if (at < out.size() && out.at(at).id.value == contact)
            out[at].lastConversation = instantFrom(last->utf8(1));
    }
    return out;
}

Status ContactSummaryReader::readAllLastConversations(QList<ContactSummary> &out)
{
    // For every contact, the two tables are read once each and joined here: joining in SQL seeks
    // into the (wide) conversations table once per participant, several times slower. max() of
    // the stored text is the latest instant, as the SQL max() was: instants are stored in one
    // fixed format, so byte order is time order.
    // conversation id -> where its time's text is in `texts` (one buffer, not a string each)
    QHash<qint64, std::pair<qsizetype, qsizetype>> when;
    QByteArray texts;
    auto conversations = NativeStatement::prepare(m_db.connection(), QStringLiteral("SELECT id, occurred_at FROM conversations"));
    if (!conversations)
        return conversations.error();
    while (true) {
        auto row = conversations->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QByteArrayView text = conversations->utf8(1);
        when.insert(conversations->int64(0), {texts.size(), text.size()});
        texts.append(text);
    }
    if (when.isEmpty())
        return {};
    auto participants = NativeStatement::prepare(
        m_db.connection(), QStringLiteral("SELECT contact_id, conversation_id FROM conversation_contacts ORDER BY contact_id"));
    if (!participants)
        return participants.error();
    qsizetype at = 0;
    qint64 current = 0;
    QByteArrayView latest;
    const auto flush = [&] {
        if (current == 0 || latest.isEmpty())
            return;
        while (at < out.size() && out.at(at).id.value < current)
            ++at;
        if (at < out.size() && out.at(at).id.value == current)
            out[at].lastConversation = instantFrom(latest);
    };
    while (true) {
        auto row = participants->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 contact = participants->int64(0);
        if (contact != current) {
            flush();
            current = contact;
            latest = {};
        }
        const auto found = when.constFind(participants->int64(1));
        if (found == when.constEnd())
            continue;
        const QByteArrayView text(texts.constData() + found->first, found->second);
        if (text > latest)
            latest = text;
    }
    flush();
    return {};
}

} // namespace foothold

#include "core/services/GlobalSearch.h"

#include <algorithm>

namespace foothold {
namespace {

// The order kinds are listed in when they match equally well: people first.
const Entity kOrder[] = {Entity::Contact, Entity::Company, Entity::Application, Entity::Event,
                         Entity::InformationalInterview, Entity::Conversation, Entity::FollowUp};

int kindRank(Entity entity)
{
    for (int i = 0; i < int(std::size(kOrder)); ++i)
        if (kOrder[i] == entity)
            return i;
    return int(std::size(kOrder));
}

bool startsAWord(const QString &title, const QString &word)
{
    qsizetype from = 0;
    while ((from = title.indexOf(word, from)) >= 0) {
        if (from == 0 || !title.at(from - 1).isLetterOrNumber())
            return true;
        ++from;
    }
    return false;
}

} // namespace

QStringList searchWords(const QString &text)
{
    QStringList words;
    for (const QString &word : text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString trimmed = word.trimmed();
        if (!trimmed.isEmpty() && !words.contains(trimmed))
            words << trimmed;
    }
    return words;
}

int matchScore(const QString &title, const QStringList &words)
{
    if (words.isEmpty())
        return 4;
    const QString lower = title.toLower().simplified();
    const QString joined = words.join(QLatin1Char(' '));
    if (lower == joined)
        return 0;
    if (lower.startsWith(joined))
        return 1;
    bool allStart = true;
    bool allContained = true;
    for (const QString &word : words) {
        if (!lower.contains(word)) {
            allContained = false;
            allStart = false;
            break;
        }
        if (!startsAWord(lower, word))
            allStart = false;
    }
    if (allStart)
        return 2;
    return allContained ? 3 : 4;
}

Result<QList<SearchHit>> searchEverything(Database &db, const QString &text, const GlobalSearchOptions &options)
{
    const QStringList words = searchWords(text);
    QList<SearchHit> hits;
    if (words.isEmpty())
        return hits;
    SearchStore store(db);
    for (const Entity entity : kOrder) {
        auto rows = store.find(entity, words, options.perKind);
        if (!rows)
            return rows.error();
        for (const SearchRow &row : *rows)
            hits.append({row, matchScore(row.title, words)});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        if (a.score != b.score)
            return a.score < b.score;
        return kindRank(a.row.entity) < kindRank(b.row.entity);
    });
    if (hits.size() > options.total)
        hits.resize(options.total);
    return hits;
}

} // namespace foothold

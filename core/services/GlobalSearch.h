#pragma once

#include "core/storage/SearchStore.h"

namespace foothold {

struct SearchHit {
    SearchRow row;
    int score = 0; // lower is better: see matchScore()
};

struct GlobalSearchOptions {
    int perKind = 8;   // at most this many records of each kind
    int total = 40;    // at most this many in all
};

// The words of a search: split on white space, lower-cased, duplicates dropped.
[[nodiscard]] QStringList searchWords(const QString &text);

// How well a title matches the words (lower is better): 0 the title is the words; 1 it starts with
// them; 2 every word starts a word of the title; 3 the title contains every word; 4 the record
// matched elsewhere (notes, headline, company). Pure.
[[nodiscard]] int matchScore(const QString &title, const QStringList &words);

// Searches every kind of record (contacts, companies, events, conversations, informational
// interviews, applications, follow-ups) for `text`; best matches first, then by kind in that order,
// then in each kind's own order (SearchStore). Empty text finds nothing.
Result<QList<SearchHit>> searchEverything(Database &db, const QString &text, const GlobalSearchOptions &options = {});

} // namespace foothold

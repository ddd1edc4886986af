#pragma once

#include "core/domain/Ids.h"
#include "core/storage/Database.h"

namespace foothold {

// The SQL half of merging two contacts: every row that refers to `from` is made to refer to
// `into`, then `from` is deleted. Found through the schema's foreign keys, so a table a later
// migration adds is covered without a change here. Where the move would make a row a duplicate
// (both were in the same conversation, had the same tag) or break a rule (a link from `into` to
// itself), the row of `from` is dropped (or its reference cleared, where the column may be
// empty). Symmetric links are put back in their stored order; duplicate suggestions about
// `from` are dropped (the merge answers them). Call inside a transaction.
class ContactMergeStore {
public:
    explicit ContactMergeStore(Database &db) : m_db(db) {}

    Status moveReferencesAndDelete(ContactId from, ContactId into);

private:
    Database &m_db;
};

} // namespace foothold

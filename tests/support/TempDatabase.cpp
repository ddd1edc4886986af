#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

namespace foothold::test {

TempDatabase::TempDatabase(Database::Options options)
{
    reopen(options);
}

void TempDatabase::reopen(Database::Options options)
{
    m_db.reset();
    auto opened = Database::open(path(), options);
    if (!opened) {
        ADD_FAILURE() << "cannot open the test database: " << opened.error().toString().toStdString();
        return;
    }
    m_db = std::move(opened).value();
}

} // namespace foothold::test

#include "core/storage/Changesets.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/LinkStore.h"
#include "core/storage/SqlSupport.h"
#include "tests/support/TempDatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class ChangesetsTest : public ::testing::Test {
protected:
    // Every row of every table, to compare a database before and after.
    QStringList dump()
    {
        QStringList rows;
        for (const char *table : {"contacts", "contact_tags", "tags", "companies", "company_aliases", "conversations",
                                  "conversation_contacts", "follow_ups", "links", "contact_positions"}) {
            QSqlQuery q(db->connection());
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
            while (q.next()) {
                QStringList cells{QString::fromLatin1(table)};
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                rows << cells.join(QLatin1Char('|'));
            }
        }
        return rows;
    }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    ContactStore contacts{db.db(), clock};
    CompanyStore companies{db.db(), clock};
};

} // namespace

TEST_F(ChangesetsTest, UndoAndRedoAnInsertWithChildren)
{
    const QStringList before = dump();
    ContactId id;
    auto recorded = recordChanges(db.db(), [&]() -> Status {
        Contact c;
        c.name = QStringLiteral("Ana");
        c.tags = {QStringLiteral("rust")};
        c.history = {{{}, QStringLiteral("Old"), QStringLiteral("Intern"), {}, {}}};
        auto inserted = contacts.insert(c);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    ASSERT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
    const QStringList after = dump();

    QSignalSpy spy(db->notifier(), &ChangeNotifier::changed);
    ASSERT_TRUE(applyChanges(db.db(), *recorded, true).ok());
    EXPECT_FALSE(contacts.get(id).ok());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.takeFirst().at(0).value<ChangeSet>().ids(Entity::Contact, ChangeKind::Removed), QList<qint64>{id.value});
    // The tag row itself stays (tags are shared); everything else is as before.
    QStringList withoutTags = dump();
    withoutTags.removeIf([](const QString &row) { return row.startsWith(QLatin1String("tags|")); });
    QStringList beforeWithoutTags = before;
    EXPECT_EQ(withoutTags, beforeWithoutTags);

    ASSERT_TRUE(applyChanges(db.db(), *recorded, false).ok());
    EXPECT_EQ(dump(), after);
    EXPECT_EQ(contacts.get(id)->tags, QStringList{QStringLiteral("rust")});
}

TEST_F(ChangesetsTest, UndoOfADeleteRestoresTheRecordItsChildrenAndItsReferences)
{
    const CompanyId lumen = companies.findOrCreate(QStringLiteral("Lumen")).value();
    Contact anaValue;
    anaValue.name = QStringLiteral("Ana");
    anaValue.company = lumen;
    anaValue.tags = {QStringLiteral("mentor")};
    const ContactId ana = contacts.insert(anaValue).value();
    Contact benValue;
    benValue.name = QStringLiteral("Ben");
    benValue.introducedBy = ana;
    const ContactId ben = contacts.insert(benValue).value();
    ConversationStore conversations(db.db(), clock);
    Conversation alone;
    alone.when = clock.nowUtc();
    alone.contacts = {ana};
    ASSERT_TRUE(conversations.insert(alone).ok());
    Conversation shared = alone;
    shared.contacts = {ana, ben};
    ASSERT_TRUE(conversations.insert(shared).ok());
    FollowUp f;
    f.title = QStringLiteral("Thank Ana");
    f.due = clock.today();
    f.contact = ana;
    ASSERT_TRUE(FollowUpStore(db.db(), clock).insert(f).ok());
    ASSERT_TRUE(LinkStore(db.db()).insert({{}, ana, ben, LinkKind::Knows, 0.5, LinkSource::Manual, {}, false, {}, false}).ok());

    const QStringList before = dump();
    auto recorded = recordChanges(db.db(), [&] { return contacts.remove(ana); });
    ASSERT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
    ASSERT_NE(dump(), before);
    EXPECT_FALSE(contacts.get(ben)->introducedBy.isValid());

    ASSERT_TRUE(applyChanges(db.db(), *recorded, true).ok());
    EXPECT_EQ(dump(), before); // same rows, same ids, references back
    EXPECT_EQ(contacts.get(ben)->introducedBy, ana);

    ASSERT_TRUE(applyChanges(db.db(), *recorded, false).ok()); // redo
    EXPECT_FALSE(contacts.get(ana).ok());
}

TEST_F(ChangesetsTest, UndoOfACompanyDeleteGivesItsPeopleTheirCompanyBack)
{
    const CompanyId lumen = companies.findOrCreate(QStringLiteral("Lumen, Inc.")).value();
    ASSERT_TRUE(companies.findOrCreate(QStringLiteral("LUMEN INC")).ok()); // an alias row too
    Contact c;
    c.name = QStringLiteral("Ana");
    c.company = lumen;
    const ContactId ana = contacts.insert(c).value();
    const QStringList before = dump();
    auto recorded = recordChanges(db.db(), [&] { return companies.remove(lumen); });
    ASSERT_TRUE(recorded.ok());
    ASSERT_TRUE(applyChanges(db.db(), *recorded, true).ok());
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(contacts.get(ana)->company, lumen);
    const ChangeSet described = describeChanges(*recorded, true);
    EXPECT_EQ(described.ids(Entity::Company, ChangeKind::Inserted), QList<qint64>{lumen.value});
    EXPECT_EQ(described.ids(Entity::Contact, ChangeKind::Updated), QList<qint64>{ana.value});
}

TEST_F(ChangesetsTest, UndoRefusesWhenTheRecordChangedSinceAndChangesNothing)
{
    Contact c;
    c.name = QStringLiteral("Ana");
    const ContactId id = contacts.insert(c).value();
    auto recorded = recordChanges(db.db(), [&]() -> Status {
        Contact edited = contacts.get(id).value();
        edited.name = QStringLiteral("Ana Lima");
        return contacts.update(edited);
    });
    ASSERT_TRUE(recorded.ok());
    Contact elsewhere = contacts.get(id).value(); // another writer changes the same row
    elsewhere.name = QStringLiteral("Ana L.");
    ASSERT_TRUE(contacts.update(elsewhere).ok());
    const QStringList before = dump();
    auto status = applyChanges(db.db(), *recorded, true);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, Error::Code::Conflict);
    EXPECT_EQ(dump(), before);
}

TEST_F(ChangesetsTest, FailedWorkRecordsNothingAndChangesNothing)
{
    const QStringList before = dump();
    auto recorded = recordChanges(db.db(), [&]() -> Status {
        Contact c;
        c.name = QStringLiteral("Ana");
        if (auto id = contacts.insert(c); !id)
            return id.error();
        return Error::invalid(QStringLiteral("x"), QStringLiteral("second step failed"));
    });
    EXPECT_FALSE(recorded.ok());
    EXPECT_EQ(dump(), before);
}

// An import creates the company first, then the contact at it. Undoing it deletes the company
// first, which (ON DELETE SET NULL) clears the contact's company before the contact's own delete:
// that difference is the foreign-key action's, not a later edit's, and must not stop the undo.
TEST_F(ChangesetsTest, UndoOfACompanyCreatedBeforeItsContact)
{
    const QStringList before = dump();
    auto recorded = recordChanges(db.db(), [&]() -> Status {
        auto company = companies.findOrCreate(QStringLiteral("Lumen"));
        if (!company)
            return company.error();
        Contact c;
        c.name = QStringLiteral("Ana");
        c.company = *company;
        auto inserted = contacts.insert(c);
        if (!inserted)
            return inserted.error();
        return {};
    });
    ASSERT_TRUE(recorded.ok());
    const QStringList after = dump();
    ASSERT_NE(after, before);

    auto undone = applyChanges(db.db(), *recorded, true);
    ASSERT_TRUE(undone.ok()) << undone.error().message.toStdString();
    EXPECT_EQ(dump(), before);
    ASSERT_TRUE(applyChanges(db.db(), *recorded, false).ok());
    EXPECT_EQ(dump(), after);
}

// A real later edit still stops the undo: the contact's name changed since.
TEST_F(ChangesetsTest, UndoStillRefusesARecordEditedSince)
{
    ContactId id;
    auto recorded = recordChanges(db.db(), [&]() -> Status {
        Contact c;
        c.name = QStringLiteral("Ana");
        auto inserted = contacts.insert(c);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    ASSERT_TRUE(recorded.ok());
    Contact edited = contacts.get(id).value();
    edited.name = QStringLiteral("Ana Lima");
    ASSERT_TRUE(contacts.update(edited).ok());
    auto undone = applyChanges(db.db(), *recorded, true);
    ASSERT_FALSE(undone.ok());
    EXPECT_EQ(undone.error().code, Error::Code::Conflict);
    EXPECT_TRUE(contacts.get(id).ok());
}

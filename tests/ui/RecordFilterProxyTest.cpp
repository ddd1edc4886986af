#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "tests/support/TempDatabase.h"
#include "ui/models/ContactsModel.h"
#include "ui/models/NameDirectory.h"
#include "ui/models/RecordFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

// The filter proxy of every list page, on the contacts model: sorting by the model's ranks,
// filtering by words and predicates, following the model row by row, and keeping the selection.
class RecordFilterProxyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // Collation follows the locale; the C locale of a test machine compares code points.
        locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        lumen = companies.findOrCreate(QStringLiteral("Lumen Labs")).value();
        acme = companies.findOrCreate(QStringLiteral("Acme")).value();
        add(QStringLiteral("Chen Wang"), lumen, QStringLiteral("Lisbon"));
        add(QStringLiteral("ana lima"), acme, QStringLiteral("São Paulo"));
        add(QStringLiteral("Ben Okafor"), {}, QStringLiteral("Lagos"));
        add(QStringLiteral("Émile Zola"), lumen, QStringLiteral("Paris"));
        names = std::make_unique<NameDirectory>(db.db());
        model = std::make_unique<ContactsModel>(db.db(), *names);
        proxy = std::make_unique<RecordFilterProxy>(model.get());
        tester = std::make_unique<QAbstractItemModelTester>(proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy->sort(ContactsModel::Name, Qt::AscendingOrder);
    }

    void TearDown() override { QLocale::setDefault(locale); }

    ContactId add(const QString &name, CompanyId company, const QString &location)
    {
        Contact c;
        c.name = name;
        c.company = company;
        c.location = location;
        return contacts.insert(c).value();
    }

    QStringList shown(int column = ContactsModel::Name) const
    {
        QStringList out;
        for (int row = 0; row < proxy->rowCount(); ++row)
            out << proxy->index(row, column).data().toString();
        return out;
    }

    QLocale locale;
    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    ContactStore contacts{db.db(), clock};
    CompanyStore companies{db.db(), clock};
    CompanyId lumen;
    CompanyId acme;
    std::unique_ptr<NameDirectory> names;
    std::unique_ptr<ContactsModel> model;
    std::unique_ptr<RecordFilterProxy> proxy;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(RecordFilterProxyTest, SortsByTheLocaleIgnoringCaseAndEmptyValuesLast)
{
    // Collation, not code points: "ana" before "Ben", "Émile" among the E's.
    EXPECT_EQ(shown(), (QStringList{QStringLiteral("ana lima"), QStringLiteral("Ben Okafor"), QStringLiteral("Chen Wang"),
                                    QStringLiteral("Émile Zola")}));
    proxy->sort(ContactsModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(shown().first(), QStringLiteral("Émile Zola"));
    proxy->sort(ContactsModel::Company, Qt::AscendingOrder);
    EXPECT_EQ(shown(ContactsModel::Company),
              (QStringList{QStringLiteral("Acme"), QStringLiteral("Lumen Labs"), QStringLiteral("Lumen Labs"), QString()}));
    // Equal values keep the model's order.
    EXPECT_EQ(shown().mid(1, 2), (QStringList{QStringLiteral("Chen Wang"), QStringLiteral("Émile Zola")}));
    proxy->sort(-1);
    EXPECT_EQ(shown().first(), QStringLiteral("Chen Wang")); // the model's own order
}

TEST_F(RecordFilterProxyTest, FiltersByEveryWordAndByPredicates)
{
    proxy->setSearchText(QStringLiteral("LUMEN"));
    EXPECT_EQ(shown(), (QStringList{QStringLiteral("Chen Wang"), QStringLiteral("Émile Zola")}));
    proxy->setSearchText(QStringLiteral("lumen paris"));
    EXPECT_EQ(shown(), QStringList{QStringLiteral("Émile Zola")});
    proxy->setSearchText(QStringLiteral("são"));
    EXPECT_EQ(shown(), QStringList{QStringLiteral("ana lima")});
    proxy->setSearchText(QString());
    proxy->setPredicate(QStringLiteral("no company"), [this](int row) { return !model->rowAt(row).company.isValid(); });
    EXPECT_TRUE(proxy->isFiltering());
    EXPECT_EQ(shown(), QStringList{QStringLiteral("Ben Okafor")});
    proxy->clearPredicate(QStringLiteral("no company"));
    EXPECT_FALSE(proxy->isFiltering());
    EXPECT_EQ(proxy->rowCount(), 4);
}

TEST_F(RecordFilterProxyTest, ReFilteringKeepsTheSelectionOfRowsStillShown)
{
    QItemSelectionModel selection(proxy.get());
    const qint64 emile = proxy->idFromIndex(proxy->index(3, 0));
    selection.setCurrentIndex(proxy->index(3, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    proxy->setSearchText(QStringLiteral("lumen"));
    ASSERT_TRUE(selection.currentIndex().isValid());
    EXPECT_EQ(proxy->idFromIndex(selection.currentIndex()), emile);
    EXPECT_EQ(selection.selectedRows().size(), 1);
    proxy->setSearchText(QStringLiteral("okafor")); // Émile is filtered out: no current row
    EXPECT_FALSE(selection.currentIndex().isValid());
}

TEST_F(RecordFilterProxyTest, FollowsTheModelRowByRow)
{
    QSignalSpy inserted(proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(proxy.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(proxy.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(proxy.get(), &QAbstractItemModel::modelReset);

    const ContactId bea = add(QStringLiteral("Bea Costa"), {}, {}); // lands in its sorted place
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.first().at(1).toInt(), 1); // after "ana lima", before "Ben Okafor"
    EXPECT_EQ(shown().at(1), QStringLiteral("Bea Costa"));

    proxy->setSearchText(QStringLiteral("lumen"));
    add(QStringLiteral("Ada Hidden"), acme, {}); // does not match: not shown, nothing announced
    EXPECT_EQ(inserted.size(), 1);
    EXPECT_EQ(proxy->rowCount(), 2);
    proxy->setSearchText(QString());

    // A rename moves the row, and the selection goes with it.
    QItemSelectionModel selection(proxy.get());
    selection.setCurrentIndex(proxy->indexOfId(bea.value), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    Contact c = contacts.get(bea).value();
    c.name = QStringLiteral("Zed Costa");
    ASSERT_TRUE(contacts.update(c).ok());
    EXPECT_EQ(moved.size(), 1);
    EXPECT_EQ(shown().last(), QStringLiteral("Zed Costa"));
    EXPECT_EQ(proxy->idFromIndex(selection.currentIndex()), bea.value);

    // Now it matches a search it did not before, and stops matching one it did.
    proxy->setSearchText(QStringLiteral("zed"));
    EXPECT_EQ(shown(), QStringList{QStringLiteral("Zed Costa")});
    c.name = QStringLiteral("Bea Costa");
    ASSERT_TRUE(contacts.update(c).ok());
    EXPECT_EQ(proxy->rowCount(), 0);
    EXPECT_EQ(removed.size(), 1);
    proxy->setSearchText(QString());

    ASSERT_TRUE(contacts.remove(bea).ok());
    EXPECT_EQ(removed.size(), 2);
    EXPECT_FALSE(shown().contains(QStringLiteral("Bea Costa")));

    db->announceReset();
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(proxy->rowCount(), 5);
}

// The search index is built while the application is idle, so the first search does not pay for
// it; a change that arrives while it is half built is not lost.
TEST(RecordTableModelIdleIndex, BuildsWithoutASearchAndFollowsChangesMeanwhile)
{
    test::TempDatabase db;
    FixedClock clock = test::fixedClock();
    ContactStore contacts(db.db(), clock);
    QList<Contact> many;
    for (int i = 0; i < 30000; ++i) {
        Contact c;
        c.name = QStringLiteral("Person %1").arg(i);
        many << c;
    }
    ASSERT_TRUE(contacts.insertMany(many).ok());
    NameDirectory names(db.db());
    ContactsModel model(db.db(), names);
    ASSERT_EQ(model.rowCount(), 30000);
    EXPECT_FALSE(model.searchIndexComplete());

    // Idle slices (a few milliseconds each) index part of the rows; then a contact is renamed and
    // another added, while the index is half built.
    model.indexSomeRows();
    ASSERT_GT(model.indexedRows(), 0);
    ASSERT_LT(model.indexedRows(), model.rowCount());
    Contact renamed = contacts.get(many.at(0).id).value(); // indexed by the first slice
    renamed.name = QStringLiteral("Quarshie Mensah");
    ASSERT_TRUE(contacts.update(renamed).ok());
    Contact added;
    added.name = QStringLiteral("Quarshie Adjei");
    ASSERT_TRUE(contacts.insert(added).ok());

    EXPECT_TRUE(QTest::qWaitFor([&] { return model.searchIndexComplete(); }, 10000));
    const auto matched = model.searchIndex().match({QStringLiteral("quarshie")});
    QStringList found;
    for (size_t row = 0; row < matched.size(); ++row)
        if (matched[row])
            found << model.index(int(row), ContactsModel::Name).data().toString();
    found.sort();
    EXPECT_EQ(found, (QStringList{QStringLiteral("Quarshie Adjei"), QStringLiteral("Quarshie Mensah")}));
    EXPECT_EQ(model.searchIndex().match({QStringLiteral("person 0")}), std::vector<quint8>(size_t(model.rowCount()), 0));
}

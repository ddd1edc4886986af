#include "core/storage/ContactStore.h"
#include "core/storage/LinkStore.h"
#include "tests/support/TempDatabase.h"
#include "ui/editors/ContactLinksField.h"
#include "ui/pages/ContactsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Navigator.h"
#include "ui/widgets/PersonPicker.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class ContactLinksFieldTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        ana = add(QStringLiteral("Ana Lima"));
        ben = add(QStringLiteral("Ben Okafor"));
        chen = add(QStringLiteral("Chen Wang"));
        Link inferred;
        inferred.from = ana;
        inferred.to = chen;
        inferred.kind = LinkKind::WorksWith;
        inferred.source = LinkSource::InferredCompany;
        inferred.strength = 0.3;
        inferredId = *LinkStore(db.db()).insert(inferred);
        window = std::make_unique<MainWindow>(db.db(), clock);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->findChild<Navigator *>()->open(Entity::Contact, ana.value);
        ASSERT_EQ(window->currentPage(), PageId::Contacts);
        field = window->page(PageId::Contacts)->findChild<ContactLinksField *>();
        ASSERT_NE(field, nullptr);
        ASSERT_TRUE(field->isEnabled());
    }

    ContactId add(const QString &name)
    {
        Contact c;
        c.name = name;
        auto id = ContactStore(db.db(), clock).insert(c);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : ContactId{};
    }

    bool select(LinkId id)
    {
        for (int row = 0; row < field->list()->count(); ++row)
            if (field->list()->item(row)->data(Qt::UserRole).toLongLong() == id.value) {
                field->list()->setCurrentRow(row);
                return true;
            }
        return false;
    }

    QUndoStack *undoStack() const { return window->findChild<QUndoStack *>(); }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    std::unique_ptr<MainWindow> window;
    ContactLinksField *field = nullptr;
    ContactId ana, ben, chen;
    LinkId inferredId;
};

} // namespace

TEST_F(ContactLinksFieldTest, ShowsTheContactsTiesWithTheirSource)
{
    ASSERT_EQ(field->list()->count(), 1);
    EXPECT_EQ(field->list()->item(0)->text(), QStringLiteral("Ana Lima works with Chen Wang — 0.30, inferred: same company"));
}

TEST_F(ContactLinksFieldTest, AddsATieByHandRefusesTheSameTwiceAndUndoes)
{
    field->kind()->setCurrentIndex(field->kind()->findText(QStringLiteral("mentors")));
    field->person()->setText(QStringLiteral("Ben Okafor"));
    field->strength()->setValue(0.8);
    ASSERT_TRUE(field->addTyped());
    const auto links = LinkStore(db.db()).linksOf(ana);
    ASSERT_EQ(links.size(), 2);
    const Link &mine = links.first().to == ben ? links.first() : links.last();
    EXPECT_EQ(mine.kind, LinkKind::Mentor);
    EXPECT_EQ(mine.source, LinkSource::Manual);
    EXPECT_DOUBLE_EQ(mine.strength, 0.8);
    EXPECT_EQ(field->list()->count(), 2);

    field->kind()->setCurrentIndex(field->kind()->findText(QStringLiteral("mentors")));
    field->person()->setText(QStringLiteral("Ben Okafor"));
    EXPECT_FALSE(field->addTyped());
    EXPECT_TRUE(field->errorText().contains(QStringLiteral("already linked"))) << qPrintable(field->errorText());

    field->person()->setText(QStringLiteral("Ana Lima")); // herself
    EXPECT_FALSE(field->addTyped());
    EXPECT_FALSE(field->errorText().isEmpty());
    field->person()->setText(QStringLiteral("Nobody Here"));
    EXPECT_FALSE(field->addTyped());
    EXPECT_EQ(LinkStore(db.db()).linksOf(ana).size(), 2);

    undoStack()->undo();
    EXPECT_EQ(LinkStore(db.db()).linksOf(ana).size(), 1);
    EXPECT_EQ(field->list()->count(), 1); // the list follows the undo
}

TEST_F(ContactLinksFieldTest, ConfirmingAnInferredTieMakesItTheUsersOwn)
{
    ASSERT_TRUE(select(inferredId));
    ASSERT_TRUE(field->confirmSelected());
    const Link confirmed = *LinkStore(db.db()).get(inferredId);
    EXPECT_EQ(confirmed.source, LinkSource::Manual);
    EXPECT_DOUBLE_EQ(confirmed.strength, 0.5);
    undoStack()->undo();
    EXPECT_EQ(LinkStore(db.db()).get(inferredId)->source, LinkSource::InferredCompany);
}

TEST_F(ContactLinksFieldTest, DismissingADerivedTieSticksAndUndoBringsItBack)
{
    ASSERT_TRUE(select(inferredId));
    field->list()->setFocus();
    QTest::keyClick(field->list(), Qt::Key_Delete);
    EXPECT_TRUE(LinkStore(db.db()).get(inferredId)->dismissed);
    EXPECT_EQ(field->list()->item(0)->data(Qt::UserRole).toLongLong(), 0); // "No ties yet"
    undoStack()->undo();
    EXPECT_FALSE(LinkStore(db.db()).get(inferredId)->dismissed);
}

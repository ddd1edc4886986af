// Far out, the Network view draws its people as small square dots, one batch per colour, and
// dots of different colours overlap. The batches must be drawn in a fixed order: with the order
// of a QHash, which Qt seeds afresh in every process, the same network showed different colours
// on top from one launch to the next.
#include "core/services/NetworkLayoutService.h"
#include "core/services/SyntheticNetwork.h"
#include "tests/support/TempDatabase.h"
#include "ui/network/NetworkCanvas.h"
#include "ui/network/NetworkSnapshot.h"
#include "ui/network/NetworkView.h"

#include <QHashSeed>
#include <QImage>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>

using namespace foothold;

namespace {

const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());

TEST(NetworkDotOrderTest, OverlappingDotsLookTheSameWhateverTheHashSeed)
{
    test::TempDatabase db;
    SyntheticNetworkSpec spec;
    spec.contacts = 3000;
    spec.links = 3000;
    spec.seed = 5;
    const FixedClock clock(kNow);
    ASSERT_TRUE(writeSyntheticNetwork(db.db(), generateSyntheticNetwork(spec), clock).ok());
    ASSERT_TRUE(NetworkLayoutService(db.db(), clock).run({}).ok());
    auto loaded = loadNetworkSnapshot(db.path(), kNow);
    ASSERT_TRUE(loaded.ok());
    NetworkView view;
    view.resize(320, 240); // 3,000 people in 320 × 240 pixels: dots of two or three pixels, overlapping
    auto *canvas = new NetworkCanvas(std::make_shared<const NetworkSnapshot>(std::move(*loaded)));
    canvas->setPaintOffThread(false); // painted afresh on every grab, not copied from a kept frame
    view.setCanvas(canvas);
    view.fitAll();

    QHashSeed::setDeterministicGlobalSeed();
    const QImage first = view.grab().toImage();
    // A new random seed changes a QHash's order of a dozen colours with near certainty; eight
    // seeds make a pass by luck vanishingly unlikely.
    for (int round = 0; round < 8; ++round) {
        QHashSeed::resetRandomGlobalSeed();
        EXPECT_EQ(view.grab().toImage(), first) << "round " << round;
    }
    QHashSeed::resetRandomGlobalSeed();
}

} // namespace

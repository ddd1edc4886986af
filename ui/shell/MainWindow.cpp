#include "ui/shell/MainWindow.h"

#include "core/storage/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>

namespace foothold {

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    setWindowTitle(tr("Foothold"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    auto *sidebar = new QListWidget(central);
    auto *pages = new QStackedWidget(central);
    const QStringList names = {tr("Today"), tr("Contacts"), tr("Companies"), tr("Events"), tr("Conversations"),
                               tr("Informational interviews"), tr("Applications"), tr("Follow-ups"), tr("Insights"),
                               tr("Network")};
    for (const QString &name : names) {
        sidebar->addItem(name);
        auto *page = new QLabel(tr("%1\n\n%2").arg(name, m_db.path()), pages);
        page->setAlignment(Qt::AlignCenter);
        pages->addWidget(page);
    }
    sidebar->setFixedWidth(200);
    connect(sidebar, &QListWidget::currentRowChanged, pages, &QStackedWidget::setCurrentIndex);
    sidebar->setCurrentRow(0);
    layout->addWidget(sidebar);
    layout->addWidget(pages, 1);
    setCentralWidget(central);
    resize(1100, 720);
}

} // namespace foothold

#include "ui/shell/MainWindow.h"

#include "core/storage/Database.h"
#include "core/util/Settings.h"
#include "ui/dialogs/DuplicatesDialog.h"
#include "ui/dialogs/SearchPalette.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/editors/RecordEditor.h"
#include "ui/import/FileActions.h"
#include "ui/models/ApplicationsModel.h"
#include "ui/models/CompaniesModel.h"
#include "ui/models/ContactsModel.h"
#include "ui/models/EventsModel.h"
#include "ui/models/FollowUpsModel.h"
#include "ui/models/ConversationsModel.h"
#include "ui/models/InterviewsModel.h"
#include "ui/models/NameDirectory.h"
#include "ui/pages/ApplicationsPage.h"
#include "ui/pages/CompaniesPage.h"
#include "ui/pages/ContactsPage.h"
#include "ui/pages/EventsPage.h"
#include "ui/pages/FollowUpsPage.h"
#include "ui/pages/ConversationsPage.h"
#include "ui/pages/InsightsPage.h"
#include "ui/pages/InterviewsPage.h"
#include "ui/pages/NetworkPage.h"
#include "ui/pages/PlaceholderPage.h"
#include "ui/pages/TodayPage.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/SampleDataTask.h"
#include "ui/shell/UiContext.h"
#include "ui/talk/TalkDialogs.h"
#include "ui/undo/UndoableWriter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace foothold {

MainWindow::MainWindow(Database &db, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_undo(new QUndoStack(this)), m_writer(new UndoableWriter(db, m_undo, this)),
      m_navigator(new Navigator(this)), m_names(new NameDirectory(db, this)),
      m_context(new UiContext{db, *m_writer, *m_navigator, *m_names, clock}), m_sidebar(new QListWidget(this)),
      m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Foothold"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFixedWidth(210);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget { padding-top: 8px; } QListWidget::item { padding: 6px 10px; }"));
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildPages();
    buildMenus();
    acceptImportDrops(this, *m_context);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onSidebarRowChanged);
    connect(m_navigator, &Navigator::openRequested, this, &MainWindow::openRecord);
    connect(m_writer, &UndoableWriter::failed, this, [this](const QString &what, const Error &error) {
        QMessageBox::warning(this, what, tr("%1 could not be done: %2").arg(what, error.message));
    });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_undo->count() > 0)
            statusBar()->showMessage(tr("%1 — Ctrl+Z to undo").arg(m_undo->undoText()), 6000);
    });

    // A first start fits the screen it opens on; later starts restore where the user left it.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(QSize(1280, 800).boundedTo(available));
    restoreGeometry(settingValue(settings::WindowGeometry));
    restoreState(settingValue(settings::WindowState));
    showPage(static_cast<PageId>(qBound(0, settingValue(settings::LastPage), int(PageId::Count) - 1)));
}

MainWindow::~MainWindow()
{
    // The undo stack is a child: QObject deletes it after this destructor, and clearing it emits
    // indexChanged, whose handler must not reach a MainWindow that is already gone.
    disconnect(m_undo, nullptr, this, nullptr);
}

void MainWindow::addPage(PageId id, QWidget *page)
{
    m_pages.insert(id, page);
    m_stack->addWidget(page);
}

void MainWindow::buildPages()
{
    // Only the sidebar is filled here: a page (its widgets, its model reading its whole table, its
    // editor) is built the first time it is shown or asked for (buildPage), so that the start
    // pays for the one page on screen rather than for every list of the database.
    for (int i = 0; i < int(PageId::Count); ++i)
        m_sidebar->addItem(pageTitle(static_cast<PageId>(i)));
}

QWidget *MainWindow::page(PageId id)
{
    if (id < PageId::Today || id >= PageId::Count)
        return nullptr;
    if (!m_pages.contains(id))
        buildPage(id);
    return m_pages.value(id);
}

void MainWindow::buildPage(PageId id)
{
    switch (id) {
    case PageId::Today:
        addPage(id, new TodayPage(*m_context, this));
        break;
    case PageId::Contacts:
        addPage(id, new ContactsPage(*m_context, new ContactsModel(m_context->db, *m_names, this), this));
        break;
    case PageId::Applications:
        addPage(id, new ApplicationsPage(*m_context, new ApplicationsModel(*m_context, this), this));
        break;
    case PageId::FollowUps:
        addPage(id, new FollowUpsPage(*m_context, new FollowUpsModel(*m_context, this), this));
        break;
    case PageId::Companies:
        addPage(id, new CompaniesPage(*m_context, new CompaniesModel(m_context->db, this), this));
        break;
    case PageId::Events:
        addPage(id, new EventsPage(*m_context, new EventsModel(m_context->db, this), this));
        break;
    case PageId::Conversations:
        addPage(id, new ConversationsPage(*m_context, new ConversationsModel(m_context->db, *m_names, this), this));
        break;
    case PageId::Network:
        addPage(id, new NetworkPage(*m_context, this));
        break;
    case PageId::Interviews:
        addPage(id, new InterviewsPage(*m_context, new InterviewsModel(m_context->db, *m_names, this), this));
        break;
    case PageId::Insights: addPage(id, new InsightsPage(*m_context, this)); break;
    default:
        addPage(id, new PlaceholderPage(pageTitle(id), this));
        break;
    }
}

void MainWindow::onSidebarRowChanged(int row)
{
    if (row < 0 || row >= int(PageId::Count))
        return;
    m_stack->setCurrentWidget(page(static_cast<PageId>(row)));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Talk timer…"), this, [this] { openTalkTimer(*m_context, this); });
    file->addAction(tr("Import t&ranscript…"), this, [this] { openTranscriptImport(*m_context, this); });
    addImportExportActions(file, *m_context, this, [this] { return pageKey(currentPage()); });
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, [this] { SettingsDialog(m_context->db.path(), this).exec(); });
    addRemoveSampleDataAction(file, *m_context, this);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *add = edit->addAction(tr("&New record"), this, &MainWindow::newRecord);
    add->setShortcut(QKeySequence::New);
    edit->addAction(tr("Possible &duplicates…"), this, [this] { DuplicatesDialog::showFor(*m_context, this); });
    edit->addAction(tr("&Search everything…"), QKeySequence(Qt::CTRL | Qt::Key_K), this, [this] { SearchPalette::showFor(*m_context, this); });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < int(PageId::Count); ++i) {
        QAction *action = go->addAction(pageTitle(static_cast<PageId>(i)), this, [this, i] { showPage(static_cast<PageId>(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | (i == 9 ? Qt::Key_0 : Qt::Key(Qt::Key_1 + i))));
    }
}

void MainWindow::showPage(PageId page)
{
    m_sidebar->setCurrentRow(int(page));
    onSidebarRowChanged(int(page)); // also when the row was current already (no signal then)
}

PageId MainWindow::currentPage() const
{
    return static_cast<PageId>(qMax(0, m_sidebar->currentRow()));
}

void MainWindow::openRecord(Entity entity, qint64 id)
{
    const PageId target = pageFor(entity);
    showPage(target);
    if (auto *list = qobject_cast<ListPage *>(page(target)))
        list->showRecord(id);
}

void MainWindow::newRecord()
{
    if (auto *list = qobject_cast<ListPage *>(m_pages.value(currentPage())))
        list->startNew();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved edits in an open editor are saved, or the user decides.
    for (QWidget *page : std::as_const(m_pages)) {
        auto *list = qobject_cast<ListPage *>(page);
        if (list && list->editor() && !list->editor()->maybeLeave()) {
            event->ignore();
            return;
        }
    }
    setSettingValue(settings::WindowGeometry, saveGeometry());
    setSettingValue(settings::WindowState, saveState());
    setSettingValue(settings::LastPage, int(currentPage()));
    event->accept();
}

} // namespace foothold

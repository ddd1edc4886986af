#pragma once

#include "core/services/TodayAgenda.h"
#include "core/services/sample/SampleData.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace foothold {

class StatTile;
class TodaySection;
class WelcomePanel;
struct UiContext;

// What needs doing today: follow-ups due and overdue (ticked done in one click, undoably),
// events and interviews of the next 14 days, contacts whose keep-in-touch cadence has lapsed, and
// a few counters. Every item opens its record through the Navigator. On an empty database it is
// the welcome page instead (sample data, LinkedIn import).
//
// It reads the database when shown and again after each committed change while it is visible
// (coalesced into one refresh per turn of the event loop); hidden, it only notes that it is stale.
class TodayPage final : public QWidget {
    Q_OBJECT
public:
    TodayPage(UiContext &context, QWidget *parent = nullptr);

    // Reads the agenda again and rebuilds the page now.
    void refresh();
    [[nodiscard]] const Agenda &agenda() const { return m_agenda; }
    [[nodiscard]] bool isShowingWelcome() const;
    [[nodiscard]] WelcomePanel *welcome() const { return m_welcome; }
    // What "Explore with sample data" generates (tests make it small).
    void setSampleOptions(const SampleOptions &options) { m_sampleOptions = options; }
    // The done check box of a listed follow-up, or null.
    [[nodiscard]] QCheckBox *doneBox(qint64 followUpId) const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void fillFollowUps();
    void fillUpcoming();
    void fillLapsed();
    void setDone(qint64 id, const QString &title, bool done);
    void exploreSampleData();
    QLabel *itemLabel(const QString &html, const QString &name);

    UiContext &m_context;
    Agenda m_agenda;
    QStackedWidget *m_stack;
    WelcomePanel *m_welcome;
    QScrollArea *m_scroll;
    QLabel *m_date;
    QLabel *m_error;
    StatTile *m_contacts;
    StatTile *m_active;
    StatTile *m_applications;
    StatTile *m_due;
    TodaySection *m_followUps;
    TodaySection *m_upcoming;
    TodaySection *m_lapsed;
    QTimer *m_refreshTimer;
    bool m_stale = true;
    int m_cadenceUsed = 0;
    SampleOptions m_sampleOptions;
    qint64 m_focusFollowUp = 0; // the follow-up whose box had focus, to give it back after a refresh
};

} // namespace foothold

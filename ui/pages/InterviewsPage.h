#pragma once

#include "ui/pages/ListPage.h"

class QComboBox;
class QToolButton;

namespace foothold {

class InterviewsModel;
struct UiContext;

// Every informational interview: search, filters by stage and fit, the question bank (from the
// toolbar), and the selected interview's editor beside the list.
class InterviewsPage final : public ListPage {
    Q_OBJECT
public:
    InterviewsPage(UiContext &context, InterviewsModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *stageFilter() const { return m_stage; }
    [[nodiscard]] QComboBox *fitFilter() const { return m_fit; }
    [[nodiscard]] QToolButton *bankButton() const { return m_bank; }

public slots:
    void openQuestionBank();

protected:
    void deleteRecords(const QList<qint64> &ids) override;
    void clearFilters() override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();

    UiContext &m_context;
    InterviewsModel *m_model;
    QComboBox *m_stage;
    QComboBox *m_fit;
    QToolButton *m_bank;
    bool m_laidOut = false;
};

} // namespace foothold

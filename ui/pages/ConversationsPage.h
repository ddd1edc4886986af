#pragma once

#include "ui/pages/ListPage.h"

class QComboBox;

namespace foothold {

class ContactNameEdit;
class ConversationsModel;
struct UiContext;

// Every conversation, newest first: search as you type, filters by kind, contact and date range
// (last 7/30/90 days, this year, all), and the selected conversation's editor beside the list.
class ConversationsPage final : public ListPage {
    Q_OBJECT
public:
    enum Range { AllTime, Last7, Last30, Last90, ThisYear };

    ConversationsPage(UiContext &context, ConversationsModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *kindFilter() const { return m_kind; }
    [[nodiscard]] ContactNameEdit *contactFilter() const { return m_contact; }
    [[nodiscard]] QComboBox *rangeFilter() const { return m_range; }

protected:
    void deleteRecords(const QList<qint64> &ids) override;
    void clearFilters() override;
    void showEvent(QShowEvent *event) override;

private:
    void applyKindFilter();
    void applyContactFilter();
    void applyRangeFilter();

    UiContext &m_context;
    ConversationsModel *m_model;
    QComboBox *m_kind;
    ContactNameEdit *m_contact;
    QComboBox *m_range;
    bool m_laidOut = false;
};

} // namespace foothold

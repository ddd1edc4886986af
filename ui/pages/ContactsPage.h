#pragma once

#include "ui/pages/ListPage.h"

class QComboBox;
class QCheckBox;

namespace foothold {

class ContactsModel;
struct UiContext;

// Every contact: search as you type, filters by tag, company, channel, when connected and
// prospects; the selected contact's editor beside the list.
class ContactsPage final : public ListPage {
    Q_OBJECT
public:
    ContactsPage(UiContext &context, ContactsModel *model, QWidget *parent = nullptr);

protected:
    void deleteRecords(const QList<qint64> &ids) override;
    void clearFilters() override;

private:
    void fillFilterChoices();
    void applyFilters();

    UiContext &m_context;
    ContactsModel *m_model;
    QComboBox *m_tag;
    QComboBox *m_company;
    QComboBox *m_channel;
    QComboBox *m_connected;
    QCheckBox *m_prospects;
};

} // namespace foothold

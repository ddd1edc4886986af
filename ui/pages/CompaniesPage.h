#pragma once

#include "ui/pages/ListPage.h"

class QCheckBox;
class QComboBox;

namespace foothold {

class CompaniesModel;
class CompanyEditor;
struct UiContext;

// Every company: search by name, alias, industry, place or stack; filters by target priority,
// industry and whether I know someone there; the selected company's editor beside the list.
class CompaniesPage final : public ListPage {
    Q_OBJECT
public:
    CompaniesPage(UiContext &context, CompaniesModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *priorityFilter() const { return m_priority; }
    [[nodiscard]] QComboBox *industryFilter() const { return m_industry; }
    [[nodiscard]] QCheckBox *knownFilter() const { return m_known; }

protected:
    void deleteRecords(const QList<qint64> &ids) override;
    void clearFilters() override;

private:
    void fillIndustries();
    void applyFilters();
    // Companies with applications cannot be deleted: says which, why, and what to do instead.
    void explainRefusal(const QList<qint64> &refused);

    UiContext &m_context;
    CompaniesModel *m_model;
    CompanyEditor *m_editor;
    QComboBox *m_priority;
    QComboBox *m_industry;
    QCheckBox *m_known;
};

} // namespace foothold

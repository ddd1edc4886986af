#pragma once

#include "core/services/ImportTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

namespace foothold {

class ImportRecordsModel;

// The wizard's preview: one line of counts, the problems (errors as FILE:LINE: what, then
// warnings), and every record of the file with what the import would do to it and why, filterable
// by what happens. Shows a result; does not run anything.
class ImportPreviewView final : public QWidget {
    Q_OBJECT
public:
    explicit ImportPreviewView(QWidget *parent = nullptr);

    void showResult(const ImportResult &result, const QString &sourceName, bool skipInvalid);

    [[nodiscard]] QLabel *headline() const { return m_headline; }
    [[nodiscard]] QListWidget *problems() const { return m_problems; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] ImportRecordsModel *model() const { return m_model; }
    [[nodiscard]] QComboBox *filter() const { return m_filter; }

private:
    void applyFilter();

    QLabel *m_headline;
    QLabel *m_hint;
    QListWidget *m_problems;
    QLabel *m_showLabel;
    QComboBox *m_filter;
    QTableView *m_table;
    ImportRecordsModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

// "FILE:LINE: message" lines for the problems of a result: errors, then warnings ("warning: …").
[[nodiscard]] QStringList importProblemLines(const ImportResult &result, const QString &sourceName, bool withWarnings);

} // namespace foothold

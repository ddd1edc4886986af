#pragma once

#include <QLabel>

namespace foothold {

class Navigator;

// Related records as clickable links, grouped under headings ("Conversations", "Applications").
// foothold:// links open the record in the app; mailto: and https: open outside; nothing else.
class RelatedList final : public QLabel {
    Q_OBJECT
public:
    RelatedList(Navigator &navigator, QWidget *parent = nullptr);

    void clear();
    // Adds a section; each item is already-escaped HTML (use linkHtml/escaped text).
    void addSection(const QString &heading, const QStringList &items, const QString &whenEmpty = {});
    void finish(); // renders the sections added since clear()

private:
    Navigator &m_navigator;
    QStringList m_html;
};

} // namespace foothold

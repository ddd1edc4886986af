#include "ui/widgets/RelatedList.h"

#include "ui/shell/Navigator.h"
#include "ui/widgets/Palette.h"

namespace foothold {

RelatedList::RelatedList(Navigator &navigator, QWidget *parent) : QLabel(parent), m_navigator(navigator)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setOpenExternalLinks(false); // every link goes through the navigator's scheme check
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) { m_navigator.openLink(QUrl(link)); });
}

void RelatedList::clear()
{
    m_html.clear();
    QLabel::clear();
}

void RelatedList::addSection(const QString &heading, const QStringList &items, const QString &whenEmpty)
{
    if (items.isEmpty() && whenEmpty.isEmpty())
        return;
    QString html = QStringLiteral("<p style='margin-top:10px'><b>%1</b>").arg(heading.toHtmlEscaped());
    if (items.isEmpty())
        html += QStringLiteral("<br><span style='color:%1'>%2</span>").arg(mutedTextColor(palette()).name(), whenEmpty.toHtmlEscaped());
    for (const QString &item : items)
        html += QStringLiteral("<br>") + item;
    m_html << html + QStringLiteral("</p>");
}

void RelatedList::finish()
{
    setText(m_html.join(QString()));
}

} // namespace foothold

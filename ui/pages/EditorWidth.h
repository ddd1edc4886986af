#pragma once

#include <QSettings>
#include <QSplitter>
#include <QWidget>

namespace foothold {

// A list page's first layout: the editor beside the list gets `editorWidth` and the list the rest
// (the splitter's own split follows size hints, and a long form's hint takes half the window).
// Done once per page, ever: afterwards ListPage restores what the user left. Call when the page
// has its final width (after the window's first layout).
inline void giveEditorWidth(QWidget *page, const QString &settingsKey, int editorWidth)
{
    QSettings settings;
    const QString doneKey = QStringLiteral("pages/%1/editorWidthGiven").arg(settingsKey);
    if (settings.value(doneKey).toBool())
        return;
    auto *splitter = page->findChild<QSplitter *>();
    if (!splitter || splitter->count() != 2)
        return;
    const int total = splitter->width() - splitter->handleWidth();
    if (total < editorWidth * 2)
        return; // a narrow window: keep the splitter's own split, try again when wider
    splitter->setSizes({total - editorWidth, editorWidth});
    settings.setValue(doneKey, true);
    // ListPage saves the layout when the splitter moves; a programmatic move does not say so itself.
    emit splitter->splitterMoved(total - editorWidth, 1);
}

} // namespace foothold

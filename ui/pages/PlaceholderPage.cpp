#include "ui/pages/PlaceholderPage.h"

#include "ui/widgets/EmptyState.h"

#include <QVBoxLayout>

namespace foothold {

PlaceholderPage::PlaceholderPage(const QString &title, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *empty = new EmptyState(this);
    empty->setTitle(title);
    empty->setHint(tr("Coming soon: this page is being built."));
    layout->addWidget(empty);
}

} // namespace foothold

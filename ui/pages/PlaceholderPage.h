#pragma once

#include <QWidget>

namespace foothold {

// A page whose issue has not landed yet: says so plainly.
class PlaceholderPage final : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, QWidget *parent = nullptr);
};

} // namespace foothold

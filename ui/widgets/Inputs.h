#pragma once

#include <QDate>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace foothold {

// A date typed as YYYY-MM-DD; empty means "no date". date() is invalid for empty or bad text;
// hasBadText() tells the two apart so the editor can say which.
class DateField final : public QLineEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);
    void setDate(const QDate &date) { setText(date.isValid() ? date.toString(Qt::ISODate) : QString()); }
    [[nodiscard]] QDate date() const;
    [[nodiscard]] bool hasBadText() const { return !text().trimmed().isEmpty() && !date().isValid(); }
};

// Several values, one per line (e-mails, phones, links).
class LinesField final : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit LinesField(QWidget *parent = nullptr);
    void setLines(const QStringList &lines) { setPlainText(lines.join(QLatin1Char('\n'))); }
    [[nodiscard]] QStringList lines() const;
    QSize sizeHint() const override;
};

} // namespace foothold

#include "ui/widgets/Inputs.h"

#include "core/domain/Validation.h"

namespace foothold {

DateField::DateField(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY-MM-DD"));
    setClearButtonEnabled(true);
    setMaximumWidth(160);
}

QDate DateField::date() const
{
    const QString value = text().trimmed();
    if (value.isEmpty())
        return {};
    auto parsed = parseIsoDate(value, QString());
    return parsed ? *parsed : QDate();
}

LinesField::LinesField(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

QStringList LinesField::lines() const
{
    QStringList out;
    for (const QString &line : toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

QSize LinesField::sizeHint() const
{
    const int lineHeight = fontMetrics().lineSpacing();
    return {QPlainTextEdit::sizeHint().width(), lineHeight * 3 + 12};
}

} // namespace foothold

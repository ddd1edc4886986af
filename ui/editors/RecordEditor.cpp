#include "ui/editors/RecordEditor.h"

#include "ui/shell/UiContext.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/Palette.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace foothold {

RecordEditor::RecordEditor(UiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_heading(new QLabel(this)), m_banner(new QLabel(this)),
      m_form(new QFormLayout), m_extras(new QVBoxLayout), m_save(new QPushButton(tr("Save"), this)),
      m_revert(new QPushButton(tr("Revert"), this))
{
    auto *layout = new QVBoxLayout(this);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    m_banner->setWordWrap(true);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(m_form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save->setToolTip(tr("Ctrl+S"));
    m_revert->setToolTip(tr("Forget the changes not saved yet"));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addLayout(m_extras);
    layout->addStretch();

    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, &RecordEditor::save);
    connect(m_save, &QPushButton::clicked, this, &RecordEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordEditor::revert);
    setDirty(false);
}

UndoableWriter &RecordEditor::writer() const
{
    return m_context.writer;
}

Navigator &RecordEditor::navigator() const
{
    return m_context.navigator;
}

void RecordEditor::setHeading(const QString &heading)
{
    m_heading->setText(heading);
}

FormField *RecordEditor::addField(const QString &label, QWidget *input, const QString &errorField)
{
    auto *field = new FormField(input, this);
    m_form->addRow(label, field);
    if (!errorField.isEmpty())
        m_fields.insert(errorField, field);
    watch(input);
    return field;
}

void RecordEditor::watch(QWidget *input)
{
    auto mark = [this] {
        if (!m_loading)
            setDirty(true);
    };
    if (auto *line = qobject_cast<QLineEdit *>(input))
        connect(line, &QLineEdit::textEdited, this, mark);
    else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        connect(combo, &QComboBox::currentIndexChanged, this, mark);
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, mark);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(input))
        connect(text, &QPlainTextEdit::textChanged, this, mark);
    else if (auto *spin = qobject_cast<QSpinBox *>(input))
        connect(spin, &QSpinBox::valueChanged, this, mark);
    else if (auto *spin2 = qobject_cast<QDoubleSpinBox *>(input))
        connect(spin2, &QDoubleSpinBox::valueChanged, this, mark);
    else if (auto *button = qobject_cast<QAbstractButton *>(input))
        connect(button, &QAbstractButton::toggled, this, mark);
    else if (auto *slider = qobject_cast<QSlider *>(input))
        connect(slider, &QSlider::valueChanged, this, mark);
}

void RecordEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty && m_id > 0);
}

void RecordEditor::clearErrors()
{
    for (FormField *field : std::as_const(m_fields))
        field->setError({});
    m_banner->hide();
}

void RecordEditor::showBanner(const QString &message, bool isError)
{
    m_banner->setText(message);
    m_banner->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;")
                                .arg((isError ? errorColor(palette()) : okColor(palette())).name()));
    m_banner->show();
}

void RecordEditor::showErrors(const QList<Error> &errors)
{
    clearErrors();
    QStringList unplaced;
    QSet<QString> shown;
    for (const Error &error : errors) {
        FormField *field = m_fields.value(error.field);
        if (field && !shown.contains(error.field)) {
            field->setError(error.message);
            shown.insert(error.field);
        } else if (!field) {
            unplaced << error.toString();
        }
    }
    if (!unplaced.isEmpty())
        showBanner(unplaced.join(QLatin1Char('\n')), true);
    else if (!errors.isEmpty())
        showBanner(tr("Not saved: please correct the marked fields."), true);
}

Error RecordEditor::invalid(const QList<Error> &errors)
{
    showErrors(errors);
    m_errorsShown = true;
    return errors.isEmpty() ? Error::invalid({}, tr("invalid")) : errors.first();
}

bool RecordEditor::save()
{
    if (!m_dirty && m_id > 0)
        return true;
    clearErrors();
    m_errorsShown = false;
    auto saved = saveRecord();
    if (!saved) {
        if (m_errorsShown)
            return false;
        const Error &error = saved.error();
        if (error.code == Error::Code::Invalid && !error.field.isEmpty())
            showErrors({error});
        else
            showBanner(tr("Not saved: %1").arg(error.toString()), true);
        return false;
    }
    setRecordId(*saved);
    setDirty(false);
    emit recordSaved(*saved);
    return true;
}

void RecordEditor::revert()
{
    clearErrors();
    if (m_id > 0)
        load(m_id);
    else
        startNew();
    setDirty(false);
}

bool RecordEditor::maybeLeave()
{
    if (!m_dirty || save())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("Your changes could not be saved. Discard them?"),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) {
        setDirty(false);
        return true;
    }
    return false;
}

} // namespace foothold

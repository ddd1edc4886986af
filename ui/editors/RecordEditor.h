#pragma once

#include "core/util/Result.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace foothold {

class FormField;
class Navigator;
class UndoableWriter;
struct UiContext;

// The detail editor beside a list: shows one record, edits it, saves it through the undoable
// writer. Validation errors are shown at their fields with the reason and nothing is saved; a
// failed write (read-only file, full disk, locked database) shows the error above the form and
// keeps the edit on screen to retry. Subclasses build the form and map records to fields.
class RecordEditor : public QWidget {
    Q_OBJECT
public:
    explicit RecordEditor(UiContext &context, QWidget *parent = nullptr);

    // Shows record `id`. Unsaved edits of the previous record must be dealt with first (maybeLeave).
    virtual void load(qint64 id) = 0;
    // An empty form for a new record.
    virtual void startNew() = 0;

    [[nodiscard]] qint64 recordId() const { return m_id; }
    [[nodiscard]] bool isDirty() const { return m_dirty; }
    // Saves unsaved edits; if they cannot be saved, asks whether to discard them. Returns whether
    // the editor may show another record.
    bool maybeLeave();

public slots:
    // Validates and saves; returns whether it did.
    bool save();
    void revert();

signals:
    void recordSaved(qint64 id);

protected:
    // Subclasses: write the form's record (insert when recordId() is 0); return the id saved.
    virtual Result<qint64> saveRecord() = 0;

    UiContext &context() const { return m_context; }
    UndoableWriter &writer() const;
    Navigator &navigator() const;
    void setRecordId(qint64 id) { m_id = id; }
    void setHeading(const QString &heading);

    // The form: fields registered by their error name ("email", "connected") so that an Error's
    // `field` lands under the right input.
    QFormLayout *form() const { return m_form; }
    FormField *addField(const QString &label, QWidget *input, const QString &errorField);
    // A section below the form (related records).
    QVBoxLayout *extras() const { return m_extras; }

    // Shows every error at its field. saveRecord() returns the result of invalid() when the form
    // does not validate, so that save() knows the errors are already on screen.
    void showErrors(const QList<Error> &errors);
    Error invalid(const QList<Error> &errors);
    void clearErrors();
    void showBanner(const QString &message, bool isError);
    void setDirty(bool dirty);
    // Marks the editor dirty whenever `input` (a line edit, combo, text edit…) is edited.
    void watch(QWidget *input);
    bool m_loading = false; // set while filling the form, so the fill does not mark it dirty

private:
    UiContext &m_context;
    qint64 m_id = 0;
    bool m_dirty = false;
    QLabel *m_heading;
    QLabel *m_banner;
    QFormLayout *m_form;
    QVBoxLayout *m_extras;
    QPushButton *m_save;
    QPushButton *m_revert;
    QHash<QString, FormField *> m_fields;
    bool m_errorsShown = false;
};

} // namespace foothold

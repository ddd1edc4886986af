#include "ui/editors/InterviewRoundsField.h"

#include "core/domain/TimeInput.h"
#include "ui/widgets/PersonPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace foothold {
namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

} // namespace

InterviewRoundsField::InterviewRoundsField(Database &db, NameDirectory &names, QWidget *parent)
    : QWidget(parent), m_db(db), m_names(names), m_list(new QVBoxLayout), m_add(new QPushButton(tr("Add round"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(6);
    layout->addLayout(m_list);
    auto *buttons = new QHBoxLayout;
    m_add->setToolTip(tr("Add an interview round"));
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRound();
        emit changed();
    });
}

void InterviewRoundsField::setRounds(const QList<InterviewRound> &rounds)
{
    for (const Round &round : std::as_const(m_rounds))
        delete round.box;
    m_rounds.clear();
    for (const InterviewRound &round : rounds)
        appendRound(round);
    renumber();
}

void InterviewRoundsField::addRound()
{
    InterviewRound round;
    round.name = m_rounds.isEmpty() ? tr("Phone screen") : tr("Round %1").arg(m_rounds.size() + 1);
    round.durationMinutes = 45;
    appendRound(round);
    renumber();
    m_rounds.last().name->setFocus();
    m_rounds.last().name->selectAll();
}

void InterviewRoundsField::appendRound(const InterviewRound &r)
{
    auto *box = new QGroupBox(this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    Round round{box, new QLineEdit(r.name, box), new QLineEdit(box), new QSpinBox(box), new PeopleField(m_db, m_names, box),
                new QComboBox(box), new QPlainTextEdit(r.notes, box)};
    round.name->setPlaceholderText(tr("Phone screen, Technical, Onsite…"));
    round.when->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
    round.when->setText(r.at.isValid() ? r.at.toLocalTime().toString(kTimeFormat) : QString());
    round.when->setCursorPosition(0);
    round.when->setMinimumWidth(round.when->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 12);
    round.duration->setRange(0, 24 * 60);
    round.duration->setSingleStep(15);
    round.duration->setSuffix(tr(" min"));
    round.duration->setSpecialValueText(tr("—"));
    round.duration->setValue(r.durationMinutes);
    round.interviewers->setContacts(r.interviewers);
    round.outcome->setEditable(true);
    round.outcome->addItems({QString(), tr("Pending"), tr("Passed"), tr("Rejected"), tr("Offer")});
    round.outcome->setCurrentText(r.outcome);
    round.notes->setTabChangesFocus(true);
    round.notes->setFixedHeight(round.notes->fontMetrics().lineSpacing() * 3 + 12);

    auto *remove = new QToolButton(box);
    remove->setText(tr("Remove round"));
    remove->setAutoRaise(true);
    form->addRow(tr("Name"), round.name);
    form->addRow(tr("When"), round.when);
    form->addRow(tr("Duration"), round.duration);
    form->addRow(tr("Interviewers"), round.interviewers);
    form->addRow(tr("Outcome"), round.outcome);
    form->addRow(tr("Notes"), round.notes);
    form->addRow(QString(), remove);
    m_list->addWidget(box);
    m_rounds.append(round);

    for (QLineEdit *line : {round.name, round.when})
        connect(line, &QLineEdit::textEdited, this, &InterviewRoundsField::changed);
    connect(round.duration, &QSpinBox::valueChanged, this, &InterviewRoundsField::changed);
    connect(round.outcome, &QComboBox::currentTextChanged, this, &InterviewRoundsField::changed);
    connect(round.notes, &QPlainTextEdit::textChanged, this, &InterviewRoundsField::changed);
    connect(round.interviewers, &PeopleField::changed, this, &InterviewRoundsField::changed);
    connect(remove, &QToolButton::clicked, this, [this, box] { removeRound(box); });
}

void InterviewRoundsField::removeRound(QWidget *box)
{
    for (qsizetype i = 0; i < m_rounds.size(); ++i) {
        if (m_rounds.at(i).box != box)
            continue;
        m_rounds.removeAt(i);
        box->hide();
        box->deleteLater(); // its button is still handling the click
        break;
    }
    renumber();
    emit changed();
}

void InterviewRoundsField::renumber()
{
    for (qsizetype i = 0; i < m_rounds.size(); ++i)
        static_cast<QGroupBox *>(m_rounds.at(i).box)->setTitle(tr("Round %1").arg(i + 1));
}

QList<InterviewRound> InterviewRoundsField::rounds(QList<Error> &errors) const
{
    QList<InterviewRound> out;
    for (qsizetype i = 0; i < m_rounds.size(); ++i) {
        const Round &r = m_rounds.at(i);
        InterviewRound round;
        round.name = r.name->text().simplified();
        const QString which = round.name.isEmpty() ? tr("Round %1").arg(i + 1) : tr("Round %1 (%2)").arg(i + 1).arg(round.name);
        const QString when = r.when->text().trimmed();
        if (!when.isEmpty()) {
            QString iso = when;
            iso.replace(QLatin1Char(' '), QLatin1Char('T'));
            auto at = parseTimeInput(iso, QStringLiteral("rounds"));
            if (at)
                round.at = at->utc;
            else
                errors << Error::invalid(QStringLiteral("rounds"),
                                         tr("%1: “%2” is not a date and time (YYYY-MM-DD HH:MM)").arg(which, when));
        }
        round.durationMinutes = r.duration->value();
        round.interviewers = r.interviewers->contacts();
        if (!r.interviewers->pendingText().isEmpty()) {
            // A name typed but not added counts: it is what the user sees.
            auto id = r.interviewers->picker()->resolve(m_db, QStringLiteral("rounds"));
            if (id && id->isValid() && !round.interviewers.contains(*id))
                round.interviewers << *id;
            else if (!id)
                errors << Error::invalid(QStringLiteral("rounds"), tr("%1: %2").arg(which, id.error().message));
        }
        round.outcome = r.outcome->currentText().trimmed();
        round.notes = r.notes->toPlainText();
        out << round;
    }
    return out;
}

} // namespace foothold

#include "ui/talk/TranscriptImportDialog.h"

#include "core/analytics/TalkTarget.h"
#include "core/util/Clock.h"
#include "core/util/Settings.h"
#include "ui/shell/UiContext.h"
#include "ui/talk/ParticipantsLineEdit.h"
#include "ui/talk/TalkFormat.h"
#include "ui/undo/UndoableWriter.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/Inputs.h"
#include "ui/widgets/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace foothold {
namespace {

constexpr qint64 kMaxTranscriptBytes = 256LL * 1024 * 1024;

enum Column { MeColumn, NameColumn, TimeColumn, WordsColumn, QuestionsColumn };

QString percent(double share)
{
    return QStringLiteral("%1%").arg(std::lround(share * 100));
}

QString formatName(TranscriptFormat format)
{
    switch (format) {
    case TranscriptFormat::WebVtt: return QStringLiteral("WebVTT");
    case TranscriptFormat::Srt: return QStringLiteral("SubRip");
    case TranscriptFormat::MeetText: return QStringLiteral("Google Meet text");
    }
    return {};
}

} // namespace

Result<QByteArray> TranscriptImportDialog::readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error::io(tr("%1: no such file").arg(shown));
    if (info.isDir())
        return Error::io(tr("%1: is a folder, not a transcript").arg(shown));
    if (info.size() > kMaxTranscriptBytes)
        return Error::io(tr("%1: %2 MB is too large for a transcript").arg(shown).arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("%1: %2").arg(shown, file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::io(tr("%1: %2").arg(shown, file.errorString()));
    return bytes;
}

TranscriptImportDialog::TranscriptImportDialog(UiContext &context, const QByteArray &bytes, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_context(context), m_transcript(parseTranscript(bytes, fileName)),
      m_remembered(settingValue(settings::MySpeakerNames)), m_summary(new QLabel(this)), m_diagnostics(new QListWidget(this)),
      m_skip(new QCheckBox(this)), m_speakers(new QTableWidget(this)), m_proposal(new QLabel(this)), m_measures(new QLabel(this)),
      m_participants(new ParticipantsLineEdit(context.db, context.names, this)), m_participantsField(new FormField(m_participants, this)),
      m_kind(new QComboBox(this)), m_channel(new QComboBox(this)), m_date(new DateField(this)), m_dateField(new FormField(m_date, this)),
      m_error(new QLabel(this)), m_save(nullptr)
{
    setWindowTitle(tr("Import transcript — %1").arg(QFileInfo(fileName).fileName()));
    const QPalette p = palette();

    // What was read.
    QString timing = m_transcript.timing == TranscriptTiming::CueTimes
                         ? tr("shares come from the cues' start and end times")
                         : tr("this file has no per-line times: the share is a share of the words");
    m_summary->setText(tr("<b>%1</b><br>%2, %3, %n cue(s); %4", nullptr, m_transcript.cueCount)
                           .arg(QFileInfo(fileName).fileName().toHtmlEscaped(), formatName(m_transcript.format),
                                m_transcript.encoding.isEmpty() ? tr("unknown encoding") : m_transcript.encoding, timing));
    m_summary->setWordWrap(true);
    for (const TranscriptDiagnostic &d : m_transcript.diagnostics) {
        auto *item = new QListWidgetItem(m_transcript.describe(d), m_diagnostics);
        item->setForeground(d.severity == TranscriptDiagnostic::Severity::Error ? errorColor(p) : warningColor(p));
    }
    if (m_transcript.droppedDiagnostics > 0)
        new QListWidgetItem(tr("… and %n more problem(s)", nullptr, m_transcript.droppedDiagnostics), m_diagnostics);
    m_diagnostics->setVisible(m_diagnostics->count() > 0);
    m_diagnostics->setMaximumHeight(120);
    m_diagnostics->setAccessibleName(tr("Problems in the file"));
    m_skip->setText(tr("Analyse the cues that could be read (%n cue(s) with errors are left out)", nullptr, m_transcript.errorCount()));
    m_skip->setVisible(m_transcript.hasErrors() && !m_transcript.cues.isEmpty());
    connect(m_skip, &QCheckBox::toggled, this, [this] { analyse(me(), me().isEmpty()); });

    // Who is who.
    m_speakers->setColumnCount(5);
    m_speakers->setHorizontalHeaderLabels({tr("Me"), tr("Speaker"), tr("Time"), tr("Words"), tr("Questions")});
    m_speakers->verticalHeader()->hide();
    m_speakers->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_speakers->setSelectionMode(QAbstractItemView::NoSelection);
    m_speakers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_speakers->setAccessibleName(tr("Speakers: tick the one who is you"));
    m_speakers->setMaximumHeight(180);
    connect(m_speakers, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == MeColumn)
            onSpeakerTicked();
    });
    m_proposal->setWordWrap(true);
    m_measures->setWordWrap(true);
    m_measures->setTextFormat(Qt::RichText);
    m_measures->setAccessibleName(tr("Measures"));

    // The conversation.
    for (const auto kind : allValues<ConversationKind>())
        m_kind->addItem(label(kind), int(kind));
    for (const auto channel : allValues<ConversationChannel>())
        m_channel->addItem(label(channel), int(channel));
    m_channel->setCurrentIndex(m_channel->findData(int(ConversationChannel::Video)));
    m_date->setDate(context.clock.today());
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TranscriptImportDialog::showMeasures);
    auto *form = new QFormLayout;
    form->addRow(tr("&With"), m_participantsField);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("C&hannel"), m_channel);
    form->addRow(tr("&Date"), m_dateField);

    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save conversation"), QDialogButtonBox::AcceptRole);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *speakersTitle = new QLabel(tr("<b>Speakers</b> — tick the one who is you"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_diagnostics);
    layout->addWidget(m_skip);
    layout->addWidget(speakersTitle);
    layout->addWidget(m_speakers);
    layout->addWidget(m_proposal);
    layout->addWidget(m_measures);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    analyse({}, true); // proposes me from the remembered names
    resize(620, 640);
}

TranscriptImportDialog::~TranscriptImportDialog() = default;

QStringList TranscriptImportDialog::me() const
{
    QStringList out;
    for (int row = 0; row < m_speakers->rowCount(); ++row)
        if (m_speakers->item(row, MeColumn)->checkState() == Qt::Checked)
            out << m_speakers->item(row, NameColumn)->text();
    return out;
}

void TranscriptImportDialog::setMe(const QStringList &speakers)
{
    m_filling = true;
    for (int row = 0; row < m_speakers->rowCount(); ++row)
        m_speakers->item(row, MeColumn)
            ->setCheckState(speakers.contains(m_speakers->item(row, NameColumn)->text()) ? Qt::Checked : Qt::Unchecked);
    m_filling = false;
    onSpeakerTicked();
}

void TranscriptImportDialog::onSpeakerTicked()
{
    // Nobody ticked: the remembered names are not proposed again (the user just unticked them).
    analyse(me(), false);
}

void TranscriptImportDialog::analyse(const QStringList &meNames, bool propose)
{
    const Status usable = m_transcript.usable(m_skip->isChecked());
    if (!usable) {
        m_analysis = {};
        m_speakers->setRowCount(0);
        m_proposal->setText(m_transcript.cues.isEmpty() ? tr("Nothing in this file can be measured: %1").arg(usable.error().toString())
                                                        : tr("The file has errors (above): %1").arg(usable.error().toString()));
        m_measures->clear();
        m_save->setEnabled(false);
        return;
    }
    Transcript cues = m_transcript;
    if (m_skip->isChecked())
        cues.diagnostics.clear(); // what was read is measured; the problems stay listed above
    m_analysis = analyseTranscript(std::move(cues), meNames, propose ? m_remembered : QStringList());
    fillSpeakers();
    if (m_analysis.meProposed)
        m_proposal->setText(tr("Ticked “%1”: %2").arg(m_analysis.me.join(QStringLiteral("”, “")), m_analysis.proposal.reason));
    else if (m_analysis.me.isEmpty())
        m_proposal->setText(m_analysis.proposal.reason.isEmpty() ? tr("Tick the speaker who is you.")
                                                                 : tr("%1 Tick the speaker who is you.").arg(m_analysis.proposal.reason));
    else
        m_proposal->clear();
    m_proposal->setHidden(m_proposal->text().isEmpty());
    showMeasures();
}

void TranscriptImportDialog::fillSpeakers()
{
    m_filling = true;
    const QList<SpeakerTalk> &speakers = m_analysis.measures.speakers;
    m_speakers->setRowCount(int(speakers.size()));
    for (int row = 0; row < speakers.size(); ++row) {
        const SpeakerTalk &s = speakers.at(row);
        auto *tick = new QTableWidgetItem;
        tick->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        tick->setCheckState(s.isMe ? Qt::Checked : Qt::Unchecked);
        tick->setData(Qt::AccessibleTextRole, tr("%1 is me").arg(s.name));
        m_speakers->setItem(row, MeColumn, tick);
        m_speakers->setItem(row, NameColumn, new QTableWidgetItem(s.name));
        auto *time = new QTableWidgetItem(s.seconds ? clockText(*s.seconds) : QStringLiteral("—"));
        time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!s.seconds)
            time->setToolTip(tr("No times in this file: words are counted instead"));
        m_speakers->setItem(row, TimeColumn, time);
        auto *words = new QTableWidgetItem(QString::number(s.words));
        words->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_speakers->setItem(row, WordsColumn, words);
        auto *questions = new QTableWidgetItem(QString::number(s.questions));
        questions->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_speakers->setItem(row, QuestionsColumn, questions);
    }
    m_speakers->resizeColumnToContents(MeColumn);
    m_filling = false;
}

void TranscriptImportDialog::showMeasures()
{
    const TalkMeasures &m = m_analysis.measures;
    const bool measured = m.status == TalkStatus::Measured && m.myShare;
    m_save->setEnabled(measured);
    if (!measured) {
        m_measures->setText(m.message.toHtmlEscaped());
        return;
    }
    const auto kind = static_cast<ConversationKind>(m_kind->currentData().toInt());
    const TalkTargetBand band = talkTargetBandFromSettings(kind);
    QString verdict;
    QColor colour = okColor(palette());
    switch (judgeTalkShare(m.myShare, band)) {
    case TalkVerdict::Within: verdict = tr("on target"); break;
    case TalkVerdict::Above: verdict = tr("more than the target"); colour = warningColor(palette()); break;
    case TalkVerdict::Below: verdict = tr("less than the target"); colour = warningColor(palette()); break;
    case TalkVerdict::Unknown: break;
    }
    const QString of = m.basis == TranscriptTiming::WordCounts ? tr("of the words") : tr("of the speaking time");
    QStringList details;
    details << tr("questions: I asked %1, they asked %2").arg(m.questionsMe).arg(m.questionsThem);
    if (m.longestMonologueSeconds)
        details << tr("longest monologue %1").arg(clockText(*m.longestMonologueSeconds));
    else if (m.longestMonologueWords)
        details << tr("longest monologue %n word(s)", nullptr, *m.longestMonologueWords);
    details << (m.switchesPerMinute ? tr("%1 switches per minute").arg(QString::number(*m.switchesPerMinute, 'f', 1))
                                    : tr("switches per minute unknown"));
    if (m.durationSeconds)
        details << tr("duration %1").arg(clockText(*m.durationSeconds));
    m_measures->setText(tr("<span style=\"font-size:large\"><b>My share: %1</b></span> %2 — <span style=\"color:%3\">%4</span> "
                           "(%5 target %6–%7)<br>%8")
                            .arg(percent(*m.myShare), of, colour.name(), verdict, label(kind).toLower(), percent(band.low),
                                 percent(band.high), details.join(QStringLiteral(" · ")).toHtmlEscaped()));
}

Result<ConversationId> TranscriptImportDialog::save()
{
    m_participantsField->setError({});
    m_dateField->setError({});
    m_error->hide();
    QList<Error> errors;
    TranscriptImportRequest request;
    auto who = m_participants->resolve();
    if (!who) {
        m_participantsField->setError(who.error().message);
        errors << who.error();
    } else {
        request.contacts = *who;
    }
    const QDate day = m_date->date();
    if (!day.isValid()) {
        const Error e = Error::invalid(QStringLiteral("date"), m_date->hasBadText() ? tr("write the date as YYYY-MM-DD")
                                                                                     : tr("say when the conversation was"));
        m_dateField->setError(e.message);
        errors << e;
    }
    if (!errors.isEmpty())
        return errors.first();
    request.kind = static_cast<ConversationKind>(m_kind->currentData().toInt());
    request.channel = static_cast<ConversationChannel>(m_channel->currentData().toInt());
    request.when = QDateTime(day, QTime(12, 0)).toUTC(); // a date alone is midday, as the CLI does
    request.rememberedNames = m_remembered;

    std::optional<TranscriptImportResult> result;
    const Status written = m_context.writer.write(tr("Import transcript"), [&]() -> Status {
        auto imported = importTranscript(m_context.db, m_context.clock, m_analysis, request);
        if (!imported)
            return imported.error();
        result = std::move(*imported);
        return {};
    });
    if (!written) {
        m_error->setText(written.error().toString());
        m_error->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor(palette()).name()));
        m_error->show();
        return written.error();
    }
    setSettingValue(settings::MySpeakerNames, result->rememberedNames);
    emit saved(result->conversation.value);
    accept();
    return result->conversation;
}

} // namespace foothold

#include "ui/widgets/WelcomePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace foothold {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent), m_import(new QPushButton(tr("Import LinkedIn connections…"), this)),
      m_sample(new QPushButton(tr("Explore with sample data"), this))
{
    auto *title = new QLabel(tr("Welcome to Foothold"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Most jobs in tech are filled through people, not job boards. Foothold keeps your network "
                               "and your job search in one place: whom you met and where, what you talked about, the "
                               "follow-ups you owe, and where each application stands.\n\n"
                               "Start with the people you already know, or look around with made-up data first: "
                               "a year and a half of contacts, events, conversations and applications, marked as "
                               "sample so that File › Remove sample data takes it all out in one step."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    m_import->setEnabled(false);
    m_import->setToolTip(tr("Coming with the import wizard"));
    m_import->setAccessibleDescription(m_import->toolTip());
    m_sample->setDefault(true);
    m_sample->setToolTip(tr("Generates about 300 sample contacts with their companies, events, conversations, "
                            "applications and follow-ups"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_sample);
    buttons->addStretch();

    auto *note = new QLabel(tr("LinkedIn import is coming with the import wizard. Until then, add contacts on the "
                               "Contacts page (Ctrl+2, then Ctrl+N)."),
                            this);
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignCenter);
    note->setForegroundRole(QPalette::PlaceholderText);

    // A centred column of readable width. (Aligning wrapped labels inside the layout would make
    // the layout ignore their height for width, and clip them.)
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(text);
    columnLayout->addSpacing(18);
    columnLayout->addLayout(buttons);
    columnLayout->addSpacing(10);
    columnLayout->addWidget(note);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_sample, &QPushButton::clicked, this, &WelcomePanel::sampleDataRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePanel::importRequested);
}

} // namespace foothold

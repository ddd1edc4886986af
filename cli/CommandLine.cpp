#include "cli/CommandLine.h"

namespace foothold::cli {

CommandLine::CommandLine(QString command, QString synopsis, QString description)
    : m_command(std::move(command)), m_synopsis(std::move(synopsis))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

CommandLine &CommandLine::option(const QString &names, const QString &description, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(names.split(QLatin1Char(',')), description, valueName));
    return *this;
}

CommandLine &CommandLine::positional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
    return *this;
}

QString CommandLine::helpText() const
{
    // QCommandLineParser's first line names the executable only; ours names the command.
    QString text = m_parser.helpText();
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: foothold-cli %1 %2").arg(m_command, m_synopsis).trimmed() + text.mid(firstBreak);
}

int CommandLine::usageError(CliContext &context, const QString &message) const
{
    context.err() << "foothold-cli " << m_command << ": " << message << "\n"
                  << "Try 'foothold-cli " << m_command << " --help'." << Qt::endl;
    return ExitUsage;
}

std::optional<int> CommandLine::parse(const QStringList &args, CliContext &context)
{
    QStringList argv{QStringLiteral("foothold-cli")};
    argv << args;
    if (!m_parser.parse(argv))
        return usageError(context, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        context.out() << helpText();
        context.out().flush();
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace foothold::cli

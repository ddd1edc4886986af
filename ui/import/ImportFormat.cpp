#include "ui/import/ImportFormat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportFormat", text);
}

// The start of the file as text, enough to recognise it; a byte-order mark decides the encoding.
QString head(const QByteArray &bytes)
{
    const QByteArray start = bytes.left(8192);
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(start.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return decoder.decode(start.mid(2));
    }
    QString text = QString::fromUtf8(start.startsWith("\xEF\xBB\xBF") ? start.mid(3) : start);
    return text;
}

ImportFormat byExtension(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return ImportFormat::VCard;
    if (suffix == QLatin1String("ics") || suffix == QLatin1String("ical") || suffix == QLatin1String("ifb"))
        return ImportFormat::Calendar;
    if (suffix == QLatin1String("csv"))
        return ImportFormat::LinkedIn;
    if (suffix == QLatin1String("vtt") || suffix == QLatin1String("srt"))
        return ImportFormat::Transcript;
    if (suffix == QLatin1String("json"))
        return ImportFormat::Backup;
    return ImportFormat::Unknown;
}

} // namespace

ImportFormat detectImportFormat(const QString &fileName, const QByteArray &bytes)
{
    const QString text = head(bytes);
    static const QRegularExpression vcard(QStringLiteral("^\\s*BEGIN:VCARD\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression calendar(QStringLiteral("^\\s*BEGIN:(VCALENDAR|VEVENT)\\s*$"),
                                             QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression srt(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d[,.]\\d+ --> "), QRegularExpression::MultilineOption);
    if (vcard.match(text).hasMatch())
        return ImportFormat::VCard;
    if (calendar.match(text).hasMatch())
        return ImportFormat::Calendar;
    if (text.trimmed().startsWith(QLatin1String("WEBVTT")) || srt.match(text).hasMatch())
        return ImportFormat::Transcript;
    if (text.trimmed().startsWith(QLatin1Char('{')) && text.contains(QLatin1String("\"foothold-backup\"")))
        return ImportFormat::Backup;
    if (text.contains(QLatin1String("First Name"), Qt::CaseInsensitive) && text.contains(QLatin1String("Last Name"), Qt::CaseInsensitive) &&
        text.contains(QLatin1String("URL"), Qt::CaseInsensitive))
        return ImportFormat::LinkedIn;
    return byExtension(fileName);
}

QString importFormatLabel(ImportFormat format)
{
    switch (format) {
    case ImportFormat::LinkedIn: return tr("LinkedIn connections (CSV)");
    case ImportFormat::VCard: return tr("vCard contacts");
    case ImportFormat::Calendar: return tr("iCalendar events");
    case ImportFormat::Transcript: return tr("Meeting transcript");
    case ImportFormat::Backup: return tr("Foothold backup (JSON)");
    case ImportFormat::Unknown: break;
    }
    return tr("Unknown");
}

QString importFormatContents(ImportFormat format)
{
    switch (format) {
    case ImportFormat::LinkedIn: return tr("contacts and their companies, matched with the people already here");
    case ImportFormat::VCard: return tr("contacts, matched by e-mail, profile link or name");
    case ImportFormat::Calendar: return tr("events (each instance of a recurring series is one event)");
    case ImportFormat::Transcript: return tr("a conversation with its talk balance");
    case ImportFormat::Backup: return tr("everything, replacing what is here");
    case ImportFormat::Unknown: break;
    }
    return {};
}

} // namespace foothold

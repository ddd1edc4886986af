#include "core/domain/Validation.h"

#include "core/domain/AllDay.h"
#include "core/domain/Company.h"
#include "core/domain/Contact.h"
#include "core/domain/Conversation.h"
#include "core/domain/Event.h"
#include "core/domain/FollowUp.h"
#include "core/domain/InformationalInterview.h"
#include "core/domain/JobApplication.h"
#include "core/domain/Link.h"
#include "core/domain/TimeInput.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

void requireText(ValidationErrors &errors, const QString &value, const char *field)
{
    if (value.trimmed().isEmpty())
        errors << Error::invalid(QString::fromLatin1(field), tr("is required"));
}

void checkStrength(ValidationErrors &errors, double value, const char *field)
{
    if (!(value >= 0.0 && value <= 1.0)) // also refuses NaN
        errors << Error::invalid(QString::fromLatin1(field), tr("must be between 0 and 1"));
}

// A plain lower-case web address QUrl is sure to take: http or https, a host of letter-digit-
// hyphen labels (none starting or ending with a hyphen, none with "--" as IDNA labels have, the
// last with a letter), and a path of unreserved characters and '/'. Imports check thousands of
// such addresses; anything else is asked of QUrl.
bool isPlainWebUrl(const QString &url)
{
    qsizetype i = url.startsWith(QLatin1String("https://")) ? 8 : url.startsWith(QLatin1String("http://")) ? 7 : 0;
    if (i == 0)
        return false;
    const auto isLower = [](char16_t c) { return c >= u'a' && c <= u'z'; };
    const auto isDigit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    const qsizetype hostStart = i;
    qsizetype labelStart = i;
    bool letterInLabel = false;
    for (;; ++i) {
        const char16_t c = i < url.size() ? url.at(i).unicode() : u'/';
        if (c == u'.' || c == u'/') {
            const qsizetype length = i - labelStart;
            if (length < 1 || length > 63 || url.at(labelStart) == QLatin1Char('-') || url.at(i - 1) == QLatin1Char('-'))
                return false;
            if (c == u'/') {
                if (!letterInLabel || i - hostStart > 253)
                    return false;
                break;
            }
            labelStart = i + 1;
            letterInLabel = false;
        } else if (isLower(c)) {
            letterInLabel = true;
        } else if (c == u'-') {
            if (i > labelStart && url.at(i - 1) == QLatin1Char('-'))
                return false;
        } else if (!isDigit(c)) {
            return false;
        }
    }
    for (; i < url.size(); ++i) {
        const char16_t c = url.at(i).unicode();
        if (!isLower(c) && !isDigit(c) && !(c >= u'A' && c <= u'Z') && c != u'/' && c != u'-' && c != u'.' && c != u'_' && c != u'~')
            return false;
    }
    return true;
}

// What the pattern in isValidEmail() decides, by hand, for nearly every address (importers check
// thousands). Without Unicode properties PCRE's \s is ASCII white space only, so any other
// character passes in the local part; in the domain only U+00A0..U+FFFF beyond ASCII letters,
// digits and '-'. Nullopt for a string with surrogates, which the pattern decides.
std::optional<bool> isValidEmailByHand(QStringView email)
{
    // PCRE's "$" also matches before a final newline.
    if (email.endsWith(QLatin1Char('\n')))
        email.chop(1);
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return false;
    bool valid = true;
    for (const QChar c : email.first(at)) {
        const char16_t u = c.unicode();
        if (c.isSurrogate())
            return std::nullopt;
        if ((u >= 9 && u <= 13) || u == ' ' || u == '"' || u == '(' || u == ')' || u == ',' || u == ':' || u == ';' || u == '<'
            || u == '>' || u == '[' || u == ']' || u == '\\')
            valid = false;
    }
    const QStringView domain = email.sliced(at + 1);
    int labels = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        const QChar c = i < domain.size() ? domain.at(i) : QLatin1Char('.');
        const char16_t u = c.unicode();
        if (c.isSurrogate())
            return std::nullopt;
        if (u == '.') {
            if (i == start || domain.at(start) == QLatin1Char('-') || domain.at(i - 1) == QLatin1Char('-'))
                valid = false;
            ++labels;
            start = i + 1;
        } else if (!((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u >= 0xA0)) {
            valid = false;
        }
    }
    return valid && labels >= 2;
}

} // namespace

bool isValidEmail(const QString &email)
{
    if (const std::optional<bool> answer = isValidEmailByHand(email))
        return *answer;
    // Deliberately simple (RFC 5322 allows far more than people use): one @, a local part, a
    // dotted domain, no whitespace.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[^\s@"(),:;<>\[\]\\]+@[A-Za-z0-9\x{00A0}-\x{FFFF}](?:[A-Za-z0-9\x{00A0}-\x{FFFF}-]*[A-Za-z0-9\x{00A0}-\x{FFFF}])?(?:\.[A-Za-z0-9\x{00A0}-\x{FFFF}](?:[A-Za-z0-9\x{00A0}-\x{FFFF}-]*[A-Za-z0-9\x{00A0}-\x{FFFF}])?)+$)"));
    return pattern.match(email).hasMatch();
}

bool isValidWebUrl(const QString &url)
{
    if (isPlainWebUrl(url))
        return true;
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme().toLower();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !parsed.host().isEmpty();
}

Result<QDate> parseIsoDate(const QString &text, const QString &field)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QString trimmed = text.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return Error::invalid(field, tr("“%1” is not a date in the form YYYY-MM-DD").arg(text));
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        return Error::invalid(field, tr("%1 is not a date that exists").arg(trimmed));
    return date;
}

ValidationErrors validate(const Contact &contact)
{
    ValidationErrors errors;
    requireText(errors, contact.name, "name");
    for (const auto &email : contact.emails)
        if (!isValidEmail(email.value))
            errors << Error::invalid(QStringLiteral("email"),
                                     tr("“%1” is not an e-mail address").arg(email.value));
    for (const auto &url : contact.urls)
        if (!isValidWebUrl(url.value))
            errors << Error::invalid(QStringLiteral("url"),
                                     tr("“%1” is not a web address (http or https)").arg(url.value));
    if (contact.cadenceDays < 0)
        errors << Error::invalid(QStringLiteral("cadence"), tr("must not be negative"));
    if (contact.strengthOverride)
        checkStrength(errors, *contact.strengthOverride, "strength");
    if (contact.id.isValid() && contact.introducedBy == contact.id)
        errors << Error::invalid(QStringLiteral("introduced_by"), tr("a contact cannot introduce themselves"));
    for (const auto &position : contact.history)
        if (position.from.isValid() && position.to.isValid() && position.to < position.from)
            errors << Error::invalid(QStringLiteral("history"), tr("a position ends before it starts"));
    return errors;
}

ValidationErrors validate(const Company &company)
{
    ValidationErrors errors;
    requireText(errors, company.name, "name");
    if (!company.website.isEmpty() && !isValidWebUrl(company.website))
        errors << Error::invalid(QStringLiteral("website"),
                                 tr("“%1” is not a web address (http or https)").arg(company.website));
    return errors;
}

ValidationErrors validate(const Link &link)
{
    ValidationErrors errors;
    if (!link.from.isValid())
        errors << Error::invalid(QStringLiteral("from"), tr("is required"));
    if (!link.to.isValid())
        errors << Error::invalid(QStringLiteral("to"), tr("is required"));
    if (link.from.isValid() && link.from == link.to)
        errors << Error::invalid(QStringLiteral("to"), tr("a contact cannot be linked to themselves"));
    checkStrength(errors, link.strength, "strength");
    return errors;
}

namespace {

// zoneFromName() looks the name up in the zone database; an import validates thousands of events
// in the same zone or two, so the last name found is remembered (per thread: validation runs on
// import threads too).
bool isKnownZoneName(const QString &name)
{
    thread_local QString lastKnown;
    if (!lastKnown.isEmpty() && name == lastKnown)
        return true;
    if (!zoneFromName(name).isValid())
        return false;
    lastKnown = name;
    return true;
}

} // namespace

ValidationErrors validate(const Event &event)
{
    ValidationErrors errors;
    requireText(errors, event.name, "name");
    if (!event.start.isValid())
        errors << Error::invalid(QStringLiteral("start"), tr("is required"));
    if (event.start.isValid() && event.end.isValid() && event.end < event.start)
        errors << Error::invalid(QStringLiteral("end"), tr("is before the start"));
    if (event.allDay && event.start.isValid() && !isCanonicalAllDay(event))
        // A bug in the caller, never the user's: every maker of events uses setAllDay().
        errors << Error::invalid(QStringLiteral("start"), tr("an all-day event is kept as its dates (midnight UTC of its first day, "
                                                             "23:59:59 UTC of its last, zone UTC)"));
    if (!event.timeZone.isEmpty() && !isKnownZoneName(event.timeZone))
        errors << Error::invalid(QStringLiteral("tz"), tr("“%1” is not a known time zone").arg(event.timeZone));
    if (!event.url.isEmpty() && !isValidWebUrl(event.url))
        errors << Error::invalid(QStringLiteral("url"),
                                 tr("“%1” is not a web address (http or https)").arg(event.url));
    if (event.goalContacts < 0 || event.goalConversations < 0 || event.goalInterviews < 0)
        errors << Error::invalid(QStringLiteral("goals"), tr("must not be negative"));
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    for (const auto &cost : event.costs) {
        const QString field = QStringLiteral("cost-") + toKey(cost.category);
        if (cost.amountMinor < 0)
            errors << Error::invalid(field, tr("must not be negative"));
        if (!currencyCode.match(cost.currency).hasMatch())
            errors << Error::invalid(field, tr("“%1” is not a currency code like EUR").arg(cost.currency));
        if (!(cost.rate > 0.0))
            errors << Error::invalid(field, tr("needs a positive exchange rate"));
    }
    return errors;
}

ValidationErrors validate(const Conversation &conversation)
{
    ValidationErrors errors;
    if (!conversation.when.isValid())
        errors << Error::invalid(QStringLiteral("date"), tr("is required"));
    if (conversation.contacts.isEmpty())
        errors << Error::invalid(QStringLiteral("contact"), tr("at least one contact is required"));
    if (conversation.durationMinutes < 0)
        errors << Error::invalid(QStringLiteral("duration"), tr("must not be negative"));
    if (conversation.talk.myShare)
        checkStrength(errors, *conversation.talk.myShare, "share");
    if (conversation.talk.mySeconds < 0 || conversation.talk.theirSeconds < 0)
        errors << Error::invalid(QStringLiteral("share"), tr("speaking time must not be negative"));
    return errors;
}

ValidationErrors validate(const InformationalInterview &interview)
{
    ValidationErrors errors;
    if (!interview.contact.isValid())
        errors << Error::invalid(QStringLiteral("contact"), tr("is required"));
    return errors;
}

ValidationErrors validate(const JobApplication &application)
{
    ValidationErrors errors;
    if (!application.company.isValid())
        errors << Error::invalid(QStringLiteral("company"), tr("is required"));
    requireText(errors, application.role, "role");
    if (!application.postingUrl.isEmpty() && !isValidWebUrl(application.postingUrl))
        errors << Error::invalid(QStringLiteral("url"),
                                 tr("“%1” is not a web address (http or https)").arg(application.postingUrl));
    if (application.salaryMin && application.salaryMax && *application.salaryMax < *application.salaryMin)
        errors << Error::invalid(QStringLiteral("salary"), tr("the maximum is below the minimum"));
    if (!application.history.isEmpty() && application.history.last().stage != application.stage)
        errors << Error::invalid(QStringLiteral("stage"), tr("does not match the last entry of the history"));
    for (const auto &change : application.history)
        if (!change.date.isValid())
            errors << Error::invalid(QStringLiteral("history"), tr("every stage change needs a date"));
    return errors;
}

ValidationErrors validate(const FollowUp &followUp)
{
    ValidationErrors errors;
    requireText(errors, followUp.title, "title");
    if (!followUp.due.isValid())
        errors << Error::invalid(QStringLiteral("due"), tr("is required"));
    return errors;
}

Status firstError(const ValidationErrors &errors)
{
    if (errors.isEmpty())
        return {};
    return errors.first();
}

} // namespace foothold

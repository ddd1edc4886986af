#include "core/services/sample/SampleNames.h"

namespace foothold::sample {
namespace {

QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char('|'));
}

} // namespace

const QStringList &firstNames()
{
    static const QStringList names = split(
        "Ana|Ben|Chen|Dara|Elif|Farah|Gabriel|Hana|Ibrahim|Jonas|Kavya|Lucía|Mateo|Nadia|Oluwaseun|Priya|Quentin|Rosa|"
        "Sven|Tomasz|Uma|Valentina|Wei|Xavier|Yusuf|Zanele|Aiko|Bruno|Camille|Diego|Emma|Felix|Grace|Hugo|Isabel|Jamal|"
        "Kenji|Leila|Marcus|Noor|Olga|Pedro|Rania|Sofia|Thabo|Ulrich|Vera|William|Ximena|Yara|Zoe|Amir|Beatriz|Chloé|"
        "Dmitri|Eun-ji|Fatima|Giulia|Hamza|Ingrid");
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = split(
        "Lima|Okafor|Wang|Fischer|Yılmaz|Haddad|Silva|Novak|Kowalski|Andersen|Iyer|García|Rossi|Nguyen|Adeyemi|Sharma|"
        "Dubois|Martins|Larsen|Müller|Tanaka|Kim|Hernández|Mensah|Petrov|O'Brien|Cohen|Schmidt|Costa|Ali|Johansson|"
        "Moreau|Park|Okoye|Ibrahim|Santos|Becker|Nakamura|Chowdhury|Romero|Jansen|Popescu|Ferreira|Khan|Dlamini|Horvat|"
        "Lindqvist|Alvarez|Takahashi|Mwangi");
    return names;
}

const QStringList &companyNames()
{
    static const QStringList names = split(
        "Lumen Labs|Northwind Analytics|Brightpath|Quillstone|Harbor Robotics|Cobalt Health|Fernleaf|Orbitly|Tidewater Data|"
        "Kestrel Security|Mosaic Learning|Pinecrest Games|Vantage Mobility|Driftwood Finance|Sundial Energy|Bluebird Logistics|"
        "Granite Cloud|Juniper Bio|Lattice AI|Meridian Maps|Nimbus Retail|Oakridge Media|Pebble Payments|Riverbend Software|"
        "Saffron Foods Tech|Trellis HR|Umbra Devices|Verdant Climate|Willow Commerce|Zephyr Aerospace|Atlas Civic|Beacon Legal|"
        "Cinder Studios|Delta Dev Tools|Ember Insurance|Foxglove Travel|Glacier Storage|Halcyon Music|Indigo Ads|Jasper Chips|"
        "Keystone Grid|Larkspur Health|Marigold Robotics|Nettle Security|Opaline Data|Prism Learning|Quarry Analytics|"
        "Redwood Payments|Silverline Transit|Thistle Games|Upland Agritech|Vesper Cloud|Wavelength Audio|Yarrow Bio|"
        "Zenith Maps|Aurora Fabrics|Bramble Search|Copperleaf Energy|Dovetail CRM|Evergreen Civic");
    return names;
}

const QStringList &companySuffixes()
{
    static const QStringList suffixes = split("Systems|Works|Collective|Digital|Labs|Group|Cloud|Studio|Partners|Tech");
    return suffixes;
}

QString companyNameAt(int i)
{
    const auto &base = companyNames();
    if (i < base.size())
        return base.at(i);
    return QStringLiteral("%1 %2 %3")
        .arg(base.at(i % base.size()).section(QLatin1Char(' '), 0, 0), companySuffixes().at((i / base.size()) % 10))
        .arg(i / (base.size() * 10) + 1)
        .trimmed();
}

const QStringList &industries()
{
    static const QStringList list = split("Software|Fintech|Health tech|Ed tech|Games|Climate|Logistics|Security|E-commerce|"
                                          "Developer tools|Media|Mobility|Biotech|Hardware|Public sector");
    return list;
}

const QStringList &cities()
{
    static const QStringList list = split("Berlin|Lisbon|London|Amsterdam|Toronto|Austin|Nairobi|Bangalore|Singapore|"
                                          "São Paulo|Stockholm|Warsaw|Remote|Dublin|Barcelona|Seattle|Lagos|Melbourne");
    return list;
}

const QStringList &titles()
{
    static const QStringList list = split(
        "Software Engineer|Senior Software Engineer|Staff Engineer|Engineering Manager|Technical Recruiter|Product Manager|"
        "Data Scientist|Frontend Developer|Backend Developer|DevOps Engineer|Site Reliability Engineer|UX Designer|"
        "CTO|Head of Talent|Developer Advocate|QA Engineer|Mobile Developer|Machine Learning Engineer|Security Engineer|"
        "Bootcamp Instructor|Student|Career Coach|Founder|Data Engineer");
    return list;
}

const QStringList &roles()
{
    static const QStringList list = split("Junior Software Engineer|Backend Engineer|Frontend Engineer|Full-Stack Developer|"
                                          "Data Analyst|DevOps Engineer|QA Engineer|Mobile Developer|Graduate Engineer|"
                                          "Software Engineer II|Support Engineer|Platform Engineer");
    return list;
}

const QStringList &stacks()
{
    static const QStringList list = split("Rust|Go|Python|TypeScript|React|Kotlin|Swift|Java|C++|Postgres|Kubernetes|AWS|"
                                          "GCP|Terraform|Django|Rails|Elixir|Scala|Flutter|Qt");
    return list;
}

const QStringList &tags()
{
    static const QStringList list = split("rust|python|frontend|backend|data|devops|hiring|mentor|bootcamp|alumni|"
                                          "open-source|women-in-tech|career-change|remote|speaker");
    return list;
}

const QStringList &eventNames()
{
    static const QStringList list = split(
        "Harbor Tech Summit|Rust Meetup|PyData Night|Women Who Code Evening|Career Fair: Tech|DevOps Days|Frontend Forward|"
        "Data Engineering Conf|Hack the Climate|Open Source Sprint|Cloud Native Day|Junior Dev Meetup|Security BSides|"
        "Product & Engineering Mixer|Startup Job Fair|AI in Practice Webinar|Accessibility Workshop|Mobile Dev Summit");
    return list;
}

const QStringList &followUpTitles()
{
    static const QStringList list = split(
        "Send %1 the article we discussed|Thank %1 for the chat|Ask %1 about the open role|Check in with %1|"
        "Share my portfolio with %1|Introduce %1 to a friend who is hiring|Follow up with %1 after the event|"
        "Send %1 a thank-you note for the interview|Ask %1 for feedback on my CV|Congratulate %1 on the new job");
    return list;
}

} // namespace foothold::sample

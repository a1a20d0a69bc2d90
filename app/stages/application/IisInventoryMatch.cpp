#include "stages/application/IisInventory.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

namespace o365 {

// Matching a parsed inventory against the address and application of steps 1g/1c and 1f/1b
// (parsing the pasted output is IisInventory.cpp).
namespace {

QString addressForDisplay(const QString& ip)
{
    return ip.contains(QLatin1Char(':')) ? QLatin1Char('[') + ip + QLatin1Char(']') : ip;
}

QString describeBinding(const IisInventory::Site& s)
{
    return QStringLiteral("%1 %2:%3:%4")
        .arg(s.protocol, addressForDisplay(s.bindingIp), QString::number(s.port), s.hostHeader);
}

// "Default Web Site (http *:80:, https 203.0.113.10:443:)" for each of 'names'.
QString describeSites(const QList<IisInventory::Site>& sites, const QStringList& names)
{
    QStringList out;
    for (const QString& name : names) {
        QStringList bindings;
        for (const IisInventory::Site& s : sites) {
            if (s.name == name && s.isHttp())
                bindings << describeBinding(s);
        }
        out << (bindings.isEmpty() ? QStringLiteral("\"%1\"").arg(name)
                                   : QStringLiteral("\"%1\" (%2)").arg(name, bindings.join(QLatin1String(", "))));
    }
    return out.join(QLatin1String("; "));
}

void appendUnique(QStringList* list, const QString& value)
{
    if (!list->contains(value))
        list->append(value);
}

const IisInventory::Application* findApplication(const QList<IisInventory::Application>& apps, const QString& site,
                                                 const QString& path)
{
    for (const IisInventory::Application& a : apps) {
        if (a.site == site && a.path.compare(path, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

} // namespace

IisInventory::Match IisInventory::match(const ParseResult& inv, const QString& ipAddress,
                                        const QString& applicationName, const QString& chosenSite)
{
    Match m;
    if (!inv.ok) {
        m.message = inv.message.isEmpty() ? tr("Paste the output of the command first.") : inv.message;
        return m;
    }
    QString ipText = ipAddress.trimmed();
    if (ipText.startsWith(QLatin1Char('[')) && ipText.endsWith(QLatin1Char(']')))
        ipText = ipText.mid(1, ipText.size() - 2);
    QHostAddress ip;
    if (!ip.setAddress(ipText)) {
        m.message = tr("\"%1\" is not an IP address. Enter the address the gateway host name resolves to.")
                        .arg(ipAddress.trimmed());
        return m;
    }
    QString name = applicationName.trimmed();
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    if (name.isEmpty()) {
        m.message = tr("Enter the application's name.");
        return m;
    }
    const QString path = QLatin1Char('/') + name;
    const QString shownIp = addressForDisplay(ip.toString());

    QStringList exact;
    QStringList allUnassigned;
    QStringList allSites;
    for (const Site& s : inv.sites) {
        appendUnique(&allSites, s.name);
        if (!s.isHttp() || s.bindingIp.isEmpty())
            continue;
        if (s.bindingIp == QLatin1String("*"))
            appendUnique(&allUnassigned, s.name);
        else if (QHostAddress(s.bindingIp).isEqual(ip, QHostAddress::TolerantConversion))
            appendUnique(&exact, s.name);
    }
    QStringList sitesWithApp;
    for (const Application& a : inv.applications) {
        if (a.path.compare(path, Qt::CaseInsensitive) == 0)
            appendUnique(&sitesWithApp, a.site);
    }
    auto quoted = [](const QStringList& names) {
        QStringList out;
        for (const QString& n : names)
            out << QStringLiteral("\"%1\"").arg(n);
        return out.join(QLatin1String(", "));
    };

    const bool viaAllUnassigned = exact.isEmpty();
    QStringList candidates = viaAllUnassigned ? allUnassigned : exact;
    QString chosen;
    for (const QString& name : allSites)
        if (!chosenSite.trimmed().isEmpty() && name.compare(chosenSite.trimmed(), Qt::CaseInsensitive) == 0)
            chosen = name;
    if (candidates.isEmpty() && allSites.isEmpty()) {
        m.message = tr("IIS on this host has no sites. Check that you ran the command on the Office 365 Gateway Host "
                       "that %1 belongs to.")
                        .arg(shownIp);
        return m;
    }
    if (candidates.isEmpty() && chosen.isEmpty()) {
        // Behind NAT the address the public DNS gives is not the one IIS is bound to.
        m.message = tr("No IIS site is bound to %1, the address the gateway host name resolves to, and none to all "
                       "unassigned addresses (*). Behind NAT the public DNS address is not the address IIS is bound "
                       "to. The sites and their bindings: %2. Enter the name of the gateway's site at this step to "
                       "choose it (your choice is recorded), or check the IP address and that you ran the command "
                       "on the right Office 365 Gateway Host.")
                        .arg(shownIp, describeSites(inv.sites, allSites));
        return m;
    }

    QString site;
    QString note;
    if (candidates.isEmpty()) {
        site = chosen;
        m.chosenByEngineer = true;
        note = tr("No IIS site is bound to %1, the address the gateway host name resolves to (behind NAT the public "
                  "address is not the IIS binding): the site \"%2\" you entered is used, as your choice (%3).")
                   .arg(shownIp, site, describeSites(inv.sites, {site}));
    } else if (candidates.size() > 1) {
        QStringList withApp;
        for (const QString& c : candidates) {
            if (sitesWithApp.contains(c))
                withApp << c;
        }
        const QString bound = viaAllUnassigned ? tr("all unassigned addresses (*)") : shownIp;
        if (withApp.size() != 1) {
            m.message = tr("Several IIS sites are bound to %1: %2. In IIS Manager, select the one whose binding "
                           "has the gateway host name (or no host name), then enter its name.")
                            .arg(bound, describeSites(inv.sites, candidates));
            if (withApp.size() > 1)
                m.message += QLatin1Char(' ') + tr("The application %1 exists in %2.").arg(path, quoted(withApp));
            return m;
        }
        site = withApp.first();
        note = tr("Several IIS sites are bound to %1: %2. Only \"%3\" has the application %4, so it is taken; make "
                  "sure in IIS Manager that its binding has the gateway host name.")
                   .arg(bound, describeSites(inv.sites, candidates), site, path);
    } else {
        site = candidates.first();
    }
    if (viaAllUnassigned && !m.chosenByEngineer)
        note = (note.isEmpty() ? QString() : note + QLatin1Char(' ')) +
               tr("No IIS site is bound to %1 itself; \"%2\" is bound to all unassigned addresses (*), so it answers "
                  "on %1 only if no other site takes that address. Make sure in IIS Manager that it is the right "
                  "site.")
                   .arg(shownIp, site);

    m.siteFound = true;
    m.siteName = site;
    const Application* app = findApplication(inv.applications, site, path);
    if (!app && inv.unreadableSites.contains(site)) {
        m.message = tr("The site \"%1\" is bound to %2, but IIS's cmdlets cannot list its applications: its name "
                       "holds [ ] * ? or ', which Get-WebApplication -Site reads as a pattern. Check in IIS Manager "
                       "that \"%1\" has the application %3 and that its folder holds the service file, then confirm "
                       "the steps by hand.")
                        .arg(site, viaAllUnassigned ? QStringLiteral("*") : shownIp, path);
        if (!note.isEmpty())
            m.message = note + QLatin1Char(' ') + m.message;
        return m;
    }
    if (!app) {
        QStringList elsewhere = sitesWithApp;
        elsewhere.removeAll(site);
        m.message = elsewhere.isEmpty()
                        ? tr("The site \"%1\" has no application %2, and no other site has one. Check the "
                             "application's name and that you ran the command on the right Office 365 Gateway Host.")
                              .arg(site, path)
                        : tr("The site \"%1\" has no application %2. It exists in %3: check the IP address, which "
                             "decides the site.")
                              .arg(site, path, quoted(elsewhere));
        if (!note.isEmpty())
            m.message = note + QLatin1Char(' ') + m.message;
        return m;
    }
    m.applicationFound = true;
    m.application = *app;
    m.message = m.chosenByEngineer
                    ? tr("The site \"%1\" has the application %2 in %3.").arg(site, app->path, app->physicalPath)
                    : tr("The site \"%1\" is bound to %2 and has the application %3 in %4.")
                          .arg(site, viaAllUnassigned ? QStringLiteral("*") : shownIp, app->path, app->physicalPath);
    if (!note.isEmpty())
        m.message = note + QLatin1Char(' ') + m.message;
    return m;
}

} // namespace o365

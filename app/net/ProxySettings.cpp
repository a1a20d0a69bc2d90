#include "ProxySettings.h"

#include "net/NetworkContext.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

#include <memory>

namespace o365 {

namespace {

const QString kMode = QStringLiteral("proxy/mode");
const QString kHost = QStringLiteral("proxy/host");
const QString kPort = QStringLiteral("proxy/port");
const QString kUser = QStringLiteral("proxy/user");

} // namespace

ProxySettings ProxySettings::load()
{
    QSettings settings;
    ProxySettings p;
    p.mode = modeFromKey(settings.value(kMode).toString());
    p.host = settings.value(kHost).toString();
    p.port = settings.value(kPort, 0).toInt();
    p.user = settings.value(kUser).toString();
    return p;
}

void ProxySettings::save() const
{
    QSettings settings;
    settings.setValue(kMode, modeKey(mode));
    settings.setValue(kHost, host.trimmed());
    settings.setValue(kPort, port);
    settings.setValue(kUser, user.trimmed());
}

bool ProxySettings::isValid(QString* error) const
{
    if (mode != Mode::Manual)
        return true;
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9._:\\[\\]-]+$"));
    const QString h = host.trimmed();
    QString problem;
    if (h.isEmpty())
        problem = tr("Enter the proxy's host name or address.");
    else if (!hostPattern.match(h).hasMatch())
        problem = tr("The proxy host \"%1\" is not a host name or address (no scheme, path or spaces).").arg(h);
    else if (port < 1 || port > 65535)
        problem = tr("Enter the proxy's port (1–65535).");
    if (error)
        *error = problem;
    return problem.isEmpty();
}

void ProxySettings::apply() const
{
    if (mode == Mode::Manual && isValid()) {
        QNetworkProxy proxy(QNetworkProxy::HttpProxy, host.trimmed(), quint16(port), user.trimmed());
        QNetworkProxy::setApplicationProxy(proxy); // replaces the system's proxy factory
    } else if (mode == Mode::None) {
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    } else {
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    }
}

QString ProxySettings::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

ProxySettings::Mode ProxySettings::modeFromKey(const QString& key)
{
    if (key == QLatin1String("none"))
        return Mode::None;
    if (key == QLatin1String("manual"))
        return Mode::Manual;
    return Mode::System;
}

void ProxySettings::connectAuthenticator(QNetworkAccessManager* nam, const NetworkContext& net)
{
    if (!nam || !net.proxyAuthenticator)
        return;
    // Qt asks again, without end, while the proxy refuses what was given. A second question for the same
    // connection (the same authenticator), or more than a few for requests that have not finished, means the
    // answer was refused: the authenticator is emptied, so that the request fails with the proxy's message, and
    // proxyCredentialsRefused is told (the GUI then forgets them and asks again).
    constexpr int MaxAnswers = 3;
    struct Asked
    {
        QSet<const QAuthenticator*> answered;
        int count = 0;
    };
    auto asked = std::make_shared<Asked>();
    const auto authenticate = net.proxyAuthenticator;
    const auto refused = net.proxyCredentialsRefused;
    QObject::connect(nam, &QNetworkAccessManager::finished, nam, [asked](QNetworkReply*) {
        asked->answered.clear();
        asked->count = 0;
    });
    QObject::connect(nam, &QNetworkAccessManager::proxyAuthenticationRequired, nam,
                     [authenticate, refused, asked](const QNetworkProxy& proxy, QAuthenticator* auth) {
                         if (asked->answered.contains(auth) || ++asked->count > MaxAnswers) {
                             auth->setUser(QString());
                             auth->setPassword(QString());
                             if (refused)
                                 refused(proxy);
                             return;
                         }
                         asked->answered.insert(auth);
                         authenticate(proxy, auth);
                     });
}

} // namespace o365

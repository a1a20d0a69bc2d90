#pragma once

#include <QCoreApplication>
#include <QString>

namespace o365 {

// Parses the URLs the KB asks the engineer to read:
//  - the "URL for MOSI Connector" global setting (gateway step 1e):
//        https://<Office365GatewayHostName>/<Office365GatewayApplicationName>/HTTPEndpoint.aspx
//  - the URL in the syndication agreement (dispatcher step 1a):
//        https://<Office365GatewayHostName>/<Office365Callbacks-DispatcherApplicationName>/
//    which may name a file (…/SubscriptionEvents.svc), the case of dispatcher step 8.
struct GatewayUrl
{
    Q_DECLARE_TR_FUNCTIONS(GatewayUrl)
public:
    enum Error {
        NoError,
        Empty,
        ContainsWhitespace,
        Malformed,
        MissingScheme,
        NotHttps,
        UserInfo,
        NoHost,
        IdnHost,
        InvalidHost,
        QueryOrFragment,
        NoApplicationSegment,
        NestedApplication,
        MissingFileName,
        WrongFileName,
    };

    Error error = Empty;
    QString message; // plain and actionable; empty when ok
    QString host;    // lower case, without port
    int port = -1;   // -1: default 443
    QString application;
    QString fileName; // as written (HTTPEndpoint.aspx, SubscriptionEvents.svc, …); may be empty for dispatcher URLs
    QString normalized; // https://host[:port]/app/[file]

    bool ok() const { return error == NoError; }

    static GatewayUrl parseMosiConnectorUrl(const QString& text);
    static GatewayUrl parseDispatcherUrl(const QString& text);
    static QString errorKey(Error e); // stable, for evidence and tests

private:
    static GatewayUrl parse(const QString& text, const QString& requiredFile);
};

} // namespace o365

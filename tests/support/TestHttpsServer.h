#pragma once

#include "training/LabHttpsServer.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>

// A small HTTPS server on 127.0.0.1 for tests: routes by path, and misbehaves on request
// (never answers, drips a byte a second, redirects in a loop). The training lab's server does
// the HTTP, so the checks are tested against what they meet in training; this adds the routes.
// The test's event loop drives it.
class TestHttpsServer
{
public:
    enum class Mode { Normal, Hang, Drip, RedirectLoop };
    struct Route
    {
        int status = 200;
        QByteArray body;
        Mode mode = Mode::Normal;
    };

    TestHttpsServer(const QSslCertificate& cert, const QSslKey& key);
    bool listen(); // 127.0.0.1, an ephemeral port
    quint16 port() const { return m_server.port(); }
    void route(const QString& path, const Route& r) { m_routes.insert(path.toLower(), r); }
    int requestCount() const { return m_server.requestCount(); }
    QStringList hostHeaders() const { return m_hosts; }

private:
    o365::LabHttpsServer::Response respond(const o365::LabHttpsServer::Request& request);

    QHash<QString, Route> m_routes;
    QStringList m_hosts;
    o365::LabHttpsServer m_server; // last: its handler uses the members above
};

// Accepts TCP connections and never says a word (no TLS handshake).
class SilentTcpServer : public QObject
{
    Q_OBJECT
public:
    explicit SilentTcpServer(QObject* parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

// A loopback port with nothing listening on it (connections are refused).
quint16 refusedPort();

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>

// A small HTTPS server on 127.0.0.1 for tests: routes by path, and misbehaves on request
// (never answers, drips a byte a second, redirects in a loop). The test's event loop drives it.
class TestHttpsServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Normal, Hang, Drip, RedirectLoop };
    struct Route
    {
        int status = 200;
        QByteArray body;
        Mode mode = Mode::Normal;
    };

    TestHttpsServer(const QSslCertificate& cert, const QSslKey& key, QObject* parent = nullptr);
    bool listen(); // 127.0.0.1, an ephemeral port
    quint16 port() const { return m_server.serverPort(); }
    void route(const QString& path, const Route& r) { m_routes.insert(path.toLower(), r); }
    int requestCount() const { return m_requests; }
    QStringList hostHeaders() const { return m_hosts; }

    static QByteArray wcfHelpPage(const QString& service);

private:
    void onConnection();
    void respond(QSslSocket* socket, const QByteArray& request);

    QSslServer m_server;
    QHash<QString, Route> m_routes;
    int m_requests = 0;
    QStringList m_hosts;
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

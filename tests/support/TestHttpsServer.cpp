#include "TestHttpsServer.h"

#include <QTcpSocket>
#include <QtDebug>

using o365::LabHttpsServer;

TestHttpsServer::TestHttpsServer(const QSslCertificate& cert, const QSslKey& key)
    : m_server(cert, key, [this](const LabHttpsServer::Request& request) { return respond(request); })
{
}

bool TestHttpsServer::listen()
{
    QString error;
    if (m_server.listen(&error))
        return true;
    qWarning() << "TestHttpsServer:" << error;
    return false;
}

LabHttpsServer::Response TestHttpsServer::respond(const LabHttpsServer::Request& request)
{
    if (request.headers.contains("host"))
        m_hosts << QString::fromLatin1(request.headers.value("host"));
    const QString& path = request.path;
    const auto it = m_routes.constFind(path.toLower());
    const Route r = it == m_routes.constEnd() ? Route{404, LabHttpsServer::iisNotFoundPage(), Mode::Normal} : *it;
    LabHttpsServer::Response response;
    response.status = r.status;
    switch (r.mode) {
    case Mode::Hang:
        response.hang = true; // keeps the connection open and says nothing
        break;
    case Mode::RedirectLoop: {
        // /x → /x/a → /x/b → /x/a …: every hop is new to the client, and the route follows it.
        const QByteArray target = path.endsWith(QLatin1String("/a")) ? path.chopped(2).toLatin1() + "/b"
                                                                     : (path.endsWith(QLatin1String("/b"))
                                                                            ? path.chopped(2).toLatin1() + "/a"
                                                                            : path.toLatin1() + "/a");
        m_routes.insert(QString::fromLatin1(target).toLower(), r);
        response.status = 302;
        response.headers.append({QByteArrayLiteral("Location"), target});
        break;
    }
    case Mode::Drip:
        // Far more than a probe's deadline lets through at a byte a second.
        response.status = 200;
        response.body = QByteArray(100000, 'x');
        response.dripIntervalMs = 1000;
        break;
    case Mode::Normal:
        response.body = r.body;
        break;
    }
    return response;
}

SilentTcpServer::SilentTcpServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (m_server.hasPendingConnections())
            m_server.nextPendingConnection()->setParent(this); // kept open, never answered
    });
}

bool SilentTcpServer::listen() { return m_server.listen(QHostAddress::LocalHost, 0); }

quint16 refusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

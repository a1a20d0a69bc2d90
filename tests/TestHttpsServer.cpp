#include "TestHttpsServer.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

TestHttpsServer::TestHttpsServer(const QSslCertificate& cert, const QSslKey& key, QObject* parent) : QObject(parent)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(cert);
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(conf);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &TestHttpsServer::onConnection);
}

bool TestHttpsServer::listen() { return m_server.listen(QHostAddress::LocalHost, 0); }

QByteArray TestHttpsServer::wcfHelpPage(const QString& service)
{
    return QStringLiteral("<html><head><title>%1 Service</title></head><body><div id=\"content\"><p class=\"heading1\">"
                          "%1 Service</p><p>You have created a service.</p></div></body></html>")
        .arg(service)
        .toUtf8();
}

void TestHttpsServer::onConnection()
{
    while (m_server.hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection());
        if (!socket)
            continue;
        auto* buffer = new QByteArray;
        connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
        connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (buffer->contains("\r\n\r\n")) {
                const QByteArray request = *buffer;
                buffer->clear();
                respond(socket, request);
            }
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void TestHttpsServer::respond(QSslSocket* socket, const QByteArray& request)
{
    ++m_requests;
    const QList<QByteArray> lines = request.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    const QString path = QString::fromLatin1(first.value(1));
    for (const QByteArray& l : lines) {
        if (l.toLower().startsWith("host:"))
            m_hosts << QString::fromLatin1(l.mid(5).trimmed());
    }
    const auto it = m_routes.constFind(path.toLower());
    Route r = it == m_routes.constEnd() ? Route{404, QByteArrayLiteral("<html><body>404 - File or directory not found."
                                                                       "</body></html>"),
                                                Mode::Normal}
                                        : *it;
    switch (r.mode) {
    case Mode::Hang:
        return; // keeps the connection open and says nothing
    case Mode::RedirectLoop: {
        const QByteArray target = path.endsWith(QLatin1String("/a")) ? path.chopped(2).toLatin1() + "/b"
                                                                     : (path.endsWith(QLatin1String("/b"))
                                                                            ? path.chopped(2).toLatin1() + "/a"
                                                                            : path.toLatin1() + "/a");
        m_routes.insert(QString::fromLatin1(target).toLower(), r);
        socket->write("HTTP/1.1 302 Found\r\nLocation: " + target + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    case Mode::Drip: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n");
        auto* timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
        timer->start(1000);
        QTimer::singleShot(0, socket, [socket] { socket->write("x"); });
        return;
    }
    case Mode::Normal:
        break;
    }
    const QByteArray reason = r.status == 200 ? "OK" : (r.status == 404 ? "Not Found" : "Status");
    socket->write("HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(r.body.size()) +
                  "\r\nConnection: close\r\n\r\n" + r.body);
    socket->disconnectFromHost();
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

#include "LabHttpsServer.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace o365 {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

LabHttpsServer::LabHttpsServer(const QSslCertificate& certificate, const QSslKey& key, Handler handler, QObject* parent)
    : QObject(parent), m_handler(std::move(handler))
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(certificate);
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(conf);
    server->setHandshakeTimeout(10000);
    m_server = std::move(server);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &LabHttpsServer::onConnection);
}

LabHttpsServer::LabHttpsServer(Handler handler, QObject* parent)
    : QObject(parent), m_server(std::make_unique<QTcpServer>()), m_handler(std::move(handler))
{
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &LabHttpsServer::onConnection);
}

LabHttpsServer::~LabHttpsServer() { close(); }

QByteArray LabHttpsServer::wcfHelpPage(const QString& service)
{
    return QStringLiteral("<html><head><title>%1 Service</title></head><body><div id=\"content\"><p class=\"heading1\">"
                          "%1 Service</p><p>You have created a service.</p><p>To test this service, you will need to "
                          "create a client and use it to call the service.</p></div></body></html>")
        .arg(service)
        .toUtf8();
}

QByteArray LabHttpsServer::iisNotFoundPage()
{
    return QByteArrayLiteral("<!DOCTYPE html><html><head><title>404 - File or directory not found.</title></head>"
                             "<body><h2>404 - File or directory not found.</h2><h3>The resource you are looking for "
                             "might have been removed, had its name changed, or is temporarily unavailable.</h3>"
                             "</body></html>");
}

bool LabHttpsServer::listen(QString* error)
{
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server->errorString();
    return false;
}

void LabHttpsServer::close()
{
    m_server->close();
    const QList<QTcpSocket*> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket* s : sockets) {
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
}

void LabHttpsServer::onConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (!socket)
            continue;
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LabHttpsServer::onReadyRead(QTcpSocket* socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    QByteArray& buffer = *it;
    if (buffer.size() > MaxRequestBytes) {
        respond(socket, Response{413, "text/plain", "Request too large", {}, false});
        return;
    }
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3) {
        respond(socket, Response{400, "text/plain", "Bad request line", {}, false});
        return;
    }
    request.method = first.at(0);
    request.path = QUrl::fromPercentEncoding(first.at(1).split('?').value(0));
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qint64 length = request.headers.value("content-length", "0").toLongLong();
    if (length < 0 || length > MaxRequestBytes) {
        respond(socket, Response{413, "text/plain", "Request too large", {}, false});
        return;
    }
    if (buffer.size() - headerEnd - 4 < length)
        return; // the body is still coming
    request.body = buffer.mid(headerEnd + 4, int(length));
    buffer.clear();
    ++m_requests;
    respond(socket, m_handler(request));
}

void LabHttpsServer::respond(QTcpSocket* socket, const Response& response)
{
    if (response.reset) {
        m_buffers.remove(socket);
#ifdef Q_OS_UNIX
        // A zero linger time makes the close a reset rather than an orderly end.
        const struct linger now = {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &now, sizeof now);
#endif
        socket->abort();
        return;
    }
    if (response.hang) {
        m_buffers[socket].clear();
        return; // keeps the connection open and says nothing: the client's timeout must act
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.server.isEmpty())
        out += "Server: " + response.server + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto& h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    if (response.dripIntervalMs > 0 && response.body.size() > 1) {
        // Still tracked in m_buffers, so that close() drops the connection before the body is complete.
        m_buffers[socket].clear();
        socket->write(out + response.body.left(1));
        auto* timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, body = response.body, sent = 1]() mutable {
            if (socket->state() != QAbstractSocket::ConnectedState) {
                timer->stop(); // the client gave up or close() aborted it: the socket is on its way out
                return;
            }
            socket->write(body.mid(sent++, 1));
            if (sent < body.size())
                return;
            timer->stop();
            m_buffers.remove(socket);
            socket->disconnectFromHost();
        });
        timer->start(response.dripIntervalMs);
        return;
    }
    out += response.body;
    m_buffers.remove(socket);
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace o365

#include "FuzzServer.h"

#include <QSslSocket>
#include <QTimer>

namespace fuzz
{

FuzzServer::FuzzServer(const QSslCertificate& certificate, const QSslKey& key)
    : m_certificate(certificate)
    , m_key(key)
{
}

bool FuzzServer::listenLoopback() { return listen(QHostAddress::LocalHost, 0); }

void FuzzServer::serve(const QList<QByteArray>& responses)
{
    m_responses = responses;
    m_served.clear();
    m_connections = 0;
}

void FuzzServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QByteArray response =
        m_responses.isEmpty() ? QByteArray() : m_responses.value(qMin(m_connections, int(m_responses.size()) - 1));
    ++m_connections;
    // A connection that never completes its request is closed after a second.
    QTimer::singleShot(1000, socket, [socket] { socket->abort(); });
    auto request = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::readyRead, socket, [this, socket, request, response] {
        *request += socket->readAll();
        const qsizetype end = request->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        const qsizetype at = request->toLower().indexOf("\r\ncontent-length:");
        if (at >= 0 && at < end)
            length = request->mid(at + 17, request->indexOf("\r\n", at + 2) - at - 17).trimmed().toLongLong();
        if (request->size() < end + 4 + length)
            return;
        socket->disconnect(socket, &QSslSocket::readyRead, nullptr, nullptr);
        m_served << response;
        socket->write(response);
        socket->disconnectFromHost(); // after what was written has gone
    });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    if (!m_certificate.isNull()) {
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->startServerEncryption();
    }
}

} // namespace fuzz

#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace fuzz
{

// A loopback server that answers each connection with raw bytes the fuzzer chose: the i-th
// connection gets responses[i] (the last one again for any later connection), written as they are
// once the request (headers and Content-Length body) has arrived, then the connection is closed.
// With a certificate it speaks TLS first. For the targets that fuzz what the wizard makes of a
// server's answer; the harness's event loop drives it.
class FuzzServer : public QTcpServer
{
public:
    FuzzServer() = default;
    FuzzServer(const QSslCertificate& certificate, const QSslKey& key);
    bool listenLoopback();
    void serve(const QList<QByteArray>& responses); // and counts connections from 0 again
    int connections() const { return m_connections; }
    QList<QByteArray> served() const { return m_served; } // what was written, in order

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QByteArray> m_responses;
    QList<QByteArray> m_served;
    int m_connections = 0;
};

} // namespace fuzz

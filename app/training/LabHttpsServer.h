#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <functional>
#include <memory>

class QTcpSocket;

namespace o365 {

// One HTTPS host of the training lab: a QSslServer on 127.0.0.1 (an ephemeral port) with its
// own certificate, answering HTTP/1.1 requests through a handler, one request per connection.
// A handler may ask to hang (accept, read, never answer), to stall (promise a body, then send it
// a byte at a time) so that a check's timeout, and which one, shows, or to reset the connection.
// Made without a certificate it speaks plain HTTP (a PA API on http://, as a support bundle's
// replay meets it; to an HTTPS client it is a host that accepts and never completes a handshake).
class LabHttpsServer : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QString path; // decoded path, without the query
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };
    struct Response {
        int status = 200;
        QByteArray contentType = QByteArrayLiteral("text/html; charset=utf-8");
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hang = false;
        // The connection is reset (TCP RST) instead of answered: what PA does to a caller outside the
        // Public API's Allowed Networks (CloudBlue KB 121937).
        bool reset = false;
        // Above 0: the headers go out with the first byte of the body and each further byte this many
        // milliseconds later, so that the client sees progress and only its overall deadline can end the wait.
        int dripIntervalMs = 0;
        QByteArray server = QByteArrayLiteral("Microsoft-IIS/8.5"); // empty: no Server header
    };
    using Handler = std::function<Response(const Request&)>;
    static constexpr int MaxRequestBytes = 1024 * 1024;

    LabHttpsServer(const QSslCertificate& certificate, const QSslKey& key, Handler handler, QObject* parent = nullptr);
    explicit LabHttpsServer(Handler handler, QObject* parent = nullptr); // plain HTTP
    ~LabHttpsServer() override;

    bool listen(QString* error); // 127.0.0.1 only
    void close();                // stops listening and drops every open connection
    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->serverPort(); }
    int requestCount() const { return m_requests; }

    // What IIS answers for a WCF service's .svc file and for a missing file: the pages a check
    // reads to judge the host, shared with the tests' servers so both look the same.
    static QByteArray wcfHelpPage(const QString& service);
    static QByteArray iisNotFoundPage();

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const Response& response);

    std::unique_ptr<QTcpServer> m_server; // a QSslServer unless plain HTTP
    Handler m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_requests = 0;
};

} // namespace o365

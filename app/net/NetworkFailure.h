#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace o365
{

// How a network request ended, sorted once for every caller (the HTTPS probes, the PA API client):
// a kind, the network stack's detail, and a remedy where what to do does not depend on what was
// asked (a proxy's fault). Callers phrase the other kinds themselves: they know what they asked
// for and what to tell the engineer about it.
class NetworkFailure
{
    Q_DECLARE_TR_FUNCTIONS(NetworkFailure)
public:
    enum class Kind {
        None,                 // the exchange completed (httpStatus says what the server answered)
        UntrustedCertificate, // the certificate was refused: tlsProblems says why
        TlsHandshake,         // no TLS session for another reason (protocols, ciphers, not TLS at all)
        ConnectionRefused,    // nothing listens at the address and port
        HostNotFound,
        RemoteClosed,     // the server closed the connection before it answered in full
        Timeout,          // no answer in time: progress says how far the exchange got
        Canceled,         // the caller aborted the reply
        TooManyRedirects, // the network stack gave up following redirects
        InsecureRedirect, // a redirect from https to plain http
        Proxy,            // the proxy refused, failed or wants credentials: remedy says what to do
        HttpError,        // the server answered with an HTTP error status
        Other,
    };
    // How far an exchange that timed out got; Unknown when the network stack gave up by itself.
    enum class Progress { Unknown, NotConnected, Connected, Answering };

    Kind kind = Kind::None;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0; // 0: no HTTP answer came
    Progress progress = Progress::Unknown;
    QString detail;          // the network stack's words (QNetworkReply::errorString)
    QString remedy;          // what to do, where it does not depend on the request; empty otherwise
    QStringList tlsProblems; // why the certificate is not trusted (UntrustedCertificate)

    bool failed() const { return kind != Kind::None; }

    // A finished reply. tlsProblems: what explainSslErrors() said at sslErrors, when the caller
    // refused the certificate (empty when it accepted it); they outrank the reply's own error,
    // which is then only the abort that followed.
    static NetworkFailure fromReply(const QNetworkReply& reply, const QStringList& tlsProblems = {});
    static NetworkFailure fromError(QNetworkReply::NetworkError error, int httpStatus, const QString& detail,
                                    const QStringList& tlsProblems = {});
    // A request the caller's own timer ended: connected once the request went out (or TLS was set
    // up), bytesReceived what came of the answer.
    static NetworkFailure timedOut(bool connected, qint64 bytesReceived);

    // The reasons behind sslErrors, in words an engineer can act on, each once.
    static QStringList explainSslErrors(const QList<QSslError>& errors, const QString& host);
    // The remedy for a proxy's fault; empty when `error` is not one.
    static QString proxyRemedy(QNetworkReply::NetworkError error, const QString& detail);

    static QString kindName(Kind kind);
};

} // namespace o365

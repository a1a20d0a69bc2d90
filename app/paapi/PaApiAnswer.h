#pragma once

#include "paapi/PaApiClient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QNetworkReply;

namespace o365
{

// What came back for one PA API call, judged: the network's outcome, the HTTP status, then the
// XML-RPC answer and PA's {status, result} in it, as a PaApiClient::Result whose message says
// what to do. PaApiClient does the sending; this does the judging.
class PaApiAnswer
{
    Q_DECLARE_TR_FUNCTIONS(o365::PaApiAnswer)
public:
    PaApiAnswer(const PaApiConfig& config, const QString& method);

    // The client's timer ended the call; connected: the request went out, bytesReceived of the answer.
    PaApiClient::Result judgeTimeout(bool connected, qint64 bytesReceived) const;
    // The client cut the reply off at XmlRpc::MaxReplyBytes.
    PaApiClient::Result judgeTooLarge(qint64 bytesReceived) const;
    // A finished reply; tlsProblems: why its certificate was refused (empty: it was trusted).
    PaApiClient::Result judgeReply(const QNetworkReply& reply, const QStringList& tlsProblems,
                                   const QByteArray& body) const;
    // The body of an HTTP 200 answer.
    PaApiClient::Result judgeBody(const QByteArray& body) const;

    // Does PA's or a fault's text say "host not allowed" / "no such method"?
    static bool saysHostNotAllowed(const QString& text);
    static bool saysUnknownMethod(const QString& text);

private:
    QString where() const;

    const PaApiConfig& m_config;
    QString m_method;
};

} // namespace o365

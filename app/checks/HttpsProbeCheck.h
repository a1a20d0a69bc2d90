#pragma once

#include "checks/Check.h"
#include "net/NetworkContext.h"

#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace o365 {

// An HTTPS GET of one URL, judged by its status code, with the server certificate as
// evidence. The certificate is verified; the only way past a certificate error is an
// exception the engineer accepted for this host and this exact SHA-256 fingerprint.
class HttpsProbeCheck : public Check
{
    Q_OBJECT
public:
    enum class Expect {
        WcfService, // SubscriptionEvents.svc / Callbacks.svc: 200 present; 404 = the KB's "contact support" stop
        Endpoint,   // HTTPEndpoint.aspx or a copied file after the upgrade: answers at all
    };
    static constexpr int MaxBodyBytes = 16 * 1024;
    static constexpr int ExcerptChars = 400;

    HttpsProbeCheck(Spec spec, const QUrl& url, Expect expect, const NetworkContext& net,
                    const QString& acceptedFingerprint = {}, Clock* clock = nullptr, QObject* parent = nullptr);
    ~HttpsProbeCheck() override;

    // The KB's words for a 404 of a WCF service (e.g. "If there is no the SubscriptionEvents.svc
    // file, contact Parallels support.").
    void setStopMessage(const QString& message) { m_stopMessage = message; }
    // The step whose DNS check looks up this host ("1g"): when the host is not found, this check is
    // blocked by that step — Skipped, saying so — rather than a failure of its own.
    void setDnsStep(const QString& stepNumber) { m_dnsStep = stepNumber; }

protected:
    void run() override;
    void abort() override;
    void timingOut() override;
    QString timeoutMessage() const override;
    QJsonObject partialEvidence() const override;

private:
    void sendRequest(const QUrl& url);
    void onSslErrors(const QList<QSslError>& errors);
    void onFinished();
    QJsonObject baseEvidence() const;
    void judgeStatus(int status, QJsonObject evidence);

    QUrl m_url;
    Expect m_expect;
    NetworkContext m_net;
    QString m_acceptedFingerprint;
    QString m_stopMessage;
    QPointer<QNetworkReply> m_reply;
    QNetworkAccessManager* m_ownNam = nullptr;
    QUrl m_current;         // the URL being requested (after redirects)
    QStringList m_redirects; // every hop followed
    static constexpr int MaxRedirects = 5;
    QSslCertificate m_certificate;
    QStringList m_tlsProblems; // reasons the certificate is not trusted
    QList<int> m_sslErrorCodes;
    QString m_dnsStep; // their QSslError::SslError codes, for a support bundle's replay
    bool m_exceptionUsed = false;
    bool m_connected = false;
    qint64 m_received = 0;
    QByteArray m_body;
};

} // namespace o365

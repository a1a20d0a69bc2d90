#pragma once

#include "net/NetworkContext.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariant>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace o365
{

// Where and as whom to call the PA public API. The password comes from the SecretStore (or
// --password-stdin) and is only ever put into the Authorization header of a request.
struct PaApiConfig {
    QUrl endpoint; // https://pa.example.com:8440/RPC2 (plain http is accepted, e.g. for tests)
    QString login;
    QString password;
    int timeoutMs = 15000; // per call
    // The engineer agreed (recorded in the session, per host) that the password goes to this
    // host over plain http. Plain http is the PA API's default, so it is allowed, but never silently.
    bool plainHttpAcknowledged = false;

    bool isConfigured() const { return endpoint.isValid() && !endpoint.host().isEmpty() && !login.isEmpty(); }
    // http:// to another machine: the password and every answer cross the network unencrypted.
    // Loopback is not (the usual reason for it is an ssh tunnel to PA's port 8440).
    bool sendsPasswordInClear() const;
    // No call is made (and no password read) until the engineer acknowledges plain http.
    bool plainHttpRefused() const { return isConfigured() && sendsPasswordInClear() && !plainHttpAcknowledged; }
};

// A client of the PA public API: XML-RPC over HTTP(S), one struct parameter per method, the
// answer a struct {status: 0, result: …} or {status: -1, extype_id, module_id, error_message,
// properties: {reason, …}}.
// Each call ends with exactly one callback, always from a later event-loop turn; destroying the
// client (or abortAll()) aborts every pending call without calling back. PaApiAnswer judges what came back.
class PaApiClient : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Ok,
        NotConfigured,
        PlainHttpRefused, // http:// to another machine, not acknowledged: nothing was sent
        ApiError,       // status ≠ 0, with error_message / extype_id / module_id / properties.reason
        HostNotAllowed, // PA refuses API calls from this computer's address (or resets the connection)
        BadLogin,       // HTTP 401
        UnknownMethod,  // this PA has no such method: fall back to a manual confirmation
        Fault,          // an XML-RPC fault other than an unknown method
        Timeout,
        ConnectionRefused,
        HostNotFound,
        Tls,
        HttpError, // an HTTP status other than 200 / 401
        BadReply,  // not XML-RPC, malformed, too large or too deep
        NetworkError,
    };

    struct Result {
        Outcome outcome = Outcome::NetworkError;
        bool ok() const { return outcome == Outcome::Ok; }
        bool unknownMethod = false; // the step falls back to a guided manual confirmation
        QString method;
        QVariant result;   // the "result" member of a successful answer
        QString message;   // plain, says what to do; never holds the password
        QString detail;    // technical detail; never holds the password
        int status = 0;    // PA's status, when one came
        int errorCode = 0; // PA's extype_id (error_code where there is none) / the fault code
        QString moduleId;  // PA's module_id
        QString reason;    // PA's properties.reason
        int httpStatus = 0;
        qint64 elapsedMs = 0;

        QJsonObject evidence() const; // method, outcome, status codes; no secrets, no result payload
    };
    using Callback = std::function<void(const Result&)>;

    PaApiClient(const PaApiConfig& config, const NetworkContext& net, QObject* parent = nullptr);
    ~PaApiClient() override;

    const PaApiConfig& config() const { return m_config; }
    bool isConfigured() const { return m_config.isConfigured(); }

    // What to say about plain http to this host (empty for https and loopback): that the password
    // crosses the network unencrypted, what to use instead, and whether the engineer agreed.
    static QString plainHttpWarning(const PaApiConfig& config);

    void call(const QString& method, const QVariantMap& params, Callback callback);
    // Whether this PA knows a method, through pem.getMethodSignature({method_name}): the result
    // is Ok with result = true, or UnknownMethod (also when pem.getMethodSignature is unknown).
    void methodExists(const QString& method, Callback callback);
    void abortAll();

    static QString outcomeName(Outcome o);
    // `value` with the values of members, and of {name, value} pairs, whose name holds "password",
    // "secret", "token"… replaced by "[removed]" (what a support bundle keeps of a call or answer).
    static QVariant withoutSecretFields(const QVariant& value);

private:
    struct Pending;
    void onFinished(Pending* p);
    void onTimeout(Pending* p);
    void deliver(Pending* p, Result r);
    QString scrub(QString text) const;
    QByteArray forCapture(const QByteArray& xml) const;
    QVariant scrub(const QVariant& value) const;

    PaApiConfig m_config;
    QByteArray m_basicCredential; // base64 of "login:password", for the Authorization header
    NetworkContext m_net;
    QNetworkAccessManager* m_ownNam = nullptr;
    QList<Pending*> m_pending;
};

} // namespace o365

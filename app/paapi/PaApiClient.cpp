#include "PaApiClient.h"

#include "core/AppInfo.h"
#include "net/HostResolver.h"
#include "net/ProxySettings.h"
#include "net/SecureRequest.h"
#include "net/TlsEvidence.h"
#include "paapi/XmlRpc.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

namespace o365
{

namespace
{

// What PA (or a proxy in front of it) says when the calling computer is not on the list of
// hosts allowed to use the public API. The exact wording differs between PA versions and is
// not documented, so this is a table of patterns, matched case-insensitively.
const QList<QRegularExpression>& hostNotAllowedPatterns()
{
    static const QList<QRegularExpression> patterns = [] {
        const QStringList texts{
            QStringLiteral(R"(\bhost\b.*\bnot\s+allowed\b)"),
            QStringLiteral(R"(\bnot\s+allowed\b.*\bhost\b)"),
            QStringLiteral(R"(\baccess\s+denied\b.*\b(host|address|ip)\b)"),
            QStringLiteral(R"(\b(host|address|ip)\b.*\baccess\s+denied\b)"),
            QStringLiteral(R"(\ballowed\s+hosts\b)"),
            QStringLiteral(R"(\b(host|address|ip)\b.*\bnot\s+(permitted|authori[sz]ed)\b)"),
        };
        QList<QRegularExpression> list;
        for (const QString& t : texts)
            list << QRegularExpression(t, QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
        return list;
    }();
    return patterns;
}

// What an XML-RPC server says for a method it does not have: Python's xmlrpc.server
// ('method "x" is not supported'), Apache XML-RPC ("No such handler"), PA ("Unknown method",
// "method … not found").
const QList<QRegularExpression>& unknownMethodPatterns()
{
    static const QList<QRegularExpression> patterns = [] {
        const QStringList texts{
            QStringLiteral(R"(\bunknown\s+method\b)"),
            QStringLiteral(R"(\bno\s+such\s+(method|handler)\b)"),
            // "method "pem.x" is not supported", "Method pem.x not found": the name right after "method",
            // so that "method failed: account 5 not found" is not taken for an unknown method.
            QStringLiteral(R"(\bmethod\s+["'`]?[\w.]+["'`]?\s+(is\s+)?(not\s+found|not\s+supported|)"
                           R"(does\s+not\s+exist|not\s+defined|not\s+registered|unknown)\b)"),
        };
        QList<QRegularExpression> list;
        for (const QString& t : texts)
            list << QRegularExpression(t, QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
        return list;
    }();
    return patterns;
}

bool matchesAny(const QList<QRegularExpression>& patterns, const QString& text)
{
    for (const QRegularExpression& re : patterns)
        if (re.match(text).hasMatch())
            return true;
    return false;
}

int toInt(const QVariant& v, bool* ok)
{
    if (v.typeId() == QMetaType::Bool) {
        *ok = true;
        return v.toBool() ? 1 : 0;
    }
    return v.toString().trimmed().toInt(ok);
}

} // namespace

struct PaApiClient::Pending {
    QString method;
    Callback callback;
    QPointer<QNetworkReply> reply;
    QTimer* timer = nullptr;
    QElapsedTimer elapsed;
    QByteArray body;
    qint64 received = 0;
    bool tooLarge = false;
    bool connected = false;
    QStringList tlsProblems;
};

PaApiClient::PaApiClient(const PaApiConfig& config, const NetworkContext& net, QObject* parent)
    : QObject(parent), m_config(config), m_net(net)
{
    // Credentials go in the Authorization header only, never in the URL.
    m_config.endpoint.setUserInfo(QString());
}

PaApiClient::~PaApiClient()
{
    abortAll();
}

QString PaApiClient::where() const
{
    return hostAndPort(m_config.endpoint);
}

QString PaApiClient::scrub(QString text) const
{
    // Whatever a server or the network stack puts in a message, the password never leaves.
    if (m_config.password.size() >= 3)
        text.replace(m_config.password, QStringLiteral("********"));
    return text;
}

void PaApiClient::abortAll()
{
    const QList<Pending*> pending = m_pending;
    m_pending.clear();
    for (Pending* p : pending) {
        if (p->timer)
            p->timer->deleteLater();
        if (QNetworkReply* reply = p->reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        delete p;
    }
}

void PaApiClient::methodExists(const QString& method, Callback callback)
{
    call(QStringLiteral("pem.getMethodSignature"), {{QStringLiteral("method_name"), method}},
         [method, callback](const Result& r) {
             Result out = r;
             out.method = method;
             if (r.ok()) {
                 out.result = true;
             } else if (r.outcome == Outcome::ApiError || r.outcome == Outcome::UnknownMethod) {
                 // A status ≠ 0 from pem.getMethodSignature means "no such method"; no
                 // pem.getMethodSignature at all means this PA cannot tell: manual either way.
                 out.outcome = Outcome::UnknownMethod;
                 out.unknownMethod = true;
                 out.message = tr("This PA does not offer the API method %1. Confirm this step by hand.").arg(method);
             }
             callback(out);
         });
}

void PaApiClient::call(const QString& method, const QVariantMap& params, Callback callback)
{
    auto* p = new Pending;
    p->method = method;
    p->callback = std::move(callback);
    p->elapsed.start();
    m_pending << p;

    if (!isConfigured()) {
        Result r;
        r.outcome = Outcome::NotConfigured;
        r.message = tr("The PA public API is not configured (its address and login): confirm by hand, or enter them "
                       "and re-run.");
        QTimer::singleShot(0, this, [this, p, r] { deliver(p, r); });
        return;
    }
    QString encodeError;
    const QByteArray body = XmlRpc::encodeCall(method, QVariantList{QVariant(params)}, &encodeError);
    if (body.isEmpty()) {
        Result r;
        r.outcome = Outcome::BadReply;
        r.message = tr("The call %1 could not be encoded: %2").arg(method, encodeError);
        QTimer::singleShot(0, this, [this, p, r] { deliver(p, r); });
        return;
    }

    const QUrl url = m_config.endpoint;
    QNetworkRequest request = makeSecureRequest(url, m_net);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/xml"));
    request.setRawHeader("Authorization",
                         "Basic " + (m_config.login + QLatin1Char(':') + m_config.password).toUtf8().toBase64());

    QNetworkAccessManager* nam = m_net.nam;
    if (!nam) {
        if (!m_ownNam) {
            m_ownNam = new QNetworkAccessManager(this);
            ProxySettings::connectAuthenticator(m_ownNam, m_net);
        }
        nam = m_ownNam;
    }
    QNetworkReply* reply = nam->post(request, body);
    p->reply = reply;
    connect(reply, &QNetworkReply::requestSent, this, [p] { p->connected = true; });
    connect(reply, &QNetworkReply::sslErrors, this, [this, p, reply](const QList<QSslError>& errors) {
        for (const QSslError& e : errors) {
            const QString text = TlsEvidence::explain(e, m_config.endpoint.host());
            if (!p->tlsProblems.contains(text))
                p->tlsProblems << text;
        }
        reply->abort(); // never ignored: the API is reached with a verified certificate or not at all
    });
    connect(reply, &QNetworkReply::readyRead, this, [p, reply] {
        const QByteArray chunk = reply->readAll();
        p->received += chunk.size();
        if (p->received > XmlRpc::MaxReplyBytes) {
            p->tooLarge = true;
            p->body.clear();
            reply->abort();
            return;
        }
        p->body += chunk;
    });
    connect(reply, &QNetworkReply::finished, this, [this, p] { onFinished(p); });

    p->timer = new QTimer(this);
    p->timer->setSingleShot(true);
    connect(p->timer, &QTimer::timeout, this, [this, p] { onTimeout(p); });
    p->timer->start(m_config.timeoutMs > 0 ? m_config.timeoutMs : 15000);
}

void PaApiClient::onTimeout(Pending* p)
{
    if (!m_pending.contains(p))
        return;
    Result r;
    r.outcome = Outcome::Timeout;
    const QString seconds = QString::number((m_config.timeoutMs > 0 ? m_config.timeoutMs : 15000) / 1000.0, 'g', 3);
    if (p->connected)
        r.message = tr("PA at %1 took the call %2 but sent no answer within %3 seconds: PA may be overloaded. "
                       "Re-run later, or confirm by hand.")
                        .arg(where(), p->method, seconds);
    else
        r.message = tr("No connection to the PA API at %1 within %2 seconds: the host is down, or a firewall drops "
                       "the traffic to its port. Check that this computer can reach it, then re-run.")
                        .arg(where(), seconds);
    r.detail = tr("Timed out after %1 ms.").arg(m_config.timeoutMs);
    if (QNetworkReply* reply = p->reply) {
        p->reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    deliver(p, r);
}

void PaApiClient::onFinished(Pending* p)
{
    if (!m_pending.contains(p))
        return;
    QNetworkReply* reply = p->reply;
    if (!reply)
        return;
    p->reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    deliver(p, judgeReply(p, reply));
}

PaApiClient::Result PaApiClient::judgeReply(Pending* p, QNetworkReply* reply)
{
    Result r;
    const QString w = where();
    if (p->tooLarge) {
        r.outcome = Outcome::BadReply;
        r.message = tr("PA at %1 answered %2 with more than %3 MiB: the reply is refused. Confirm this step by hand.")
                        .arg(w, p->method)
                        .arg(XmlRpc::MaxReplyBytes / (1024 * 1024));
        r.detail = tr("%1 bytes received before the reply was cut off.").arg(p->received);
        return r;
    }
    if (!p->tlsProblems.isEmpty()) {
        r.outcome = Outcome::Tls;
        r.message = tr("The certificate of the PA API at %1 is not trusted: %2. Install the CA that issued it on this "
                       "computer (or give it with --ca-file), then re-run.")
                        .arg(w, p->tlsProblems.join(QStringLiteral("; ")));
        r.detail = reply->errorString();
        return r;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        r.httpStatus = status.toInt();
        if (r.httpStatus == 401) {
            r.outcome = Outcome::BadLogin;
            r.message = tr("PA at %1 refused the login \"%2\" (HTTP 401): check the API login and password, then "
                           "re-run.")
                            .arg(w, m_config.login);
            r.detail = QStringLiteral("HTTP 401");
            return r;
        }
        if (r.httpStatus == 403) {
            r.outcome = Outcome::HostNotAllowed;
            r.message = tr("PA at %1 refused the call (HTTP 403 Forbidden). PA accepts API calls only from allowed "
                           "hosts: add this computer's IP address to the list of hosts allowed to use the public API "
                           "(in the PA control panel, system properties), then re-run.")
                            .arg(w);
            r.detail = QStringLiteral("HTTP 403");
            return r;
        }
        if (r.httpStatus != 200) {
            r.outcome = Outcome::HttpError;
            r.message = tr("%1 answered HTTP %2 where the PA API answers 200: check the API address (port 8440, "
                           "path /RPC2).")
                            .arg(m_config.endpoint.toString())
                            .arg(r.httpStatus);
            r.detail = QStringLiteral("HTTP %1 %2")
                           .arg(r.httpStatus)
                           .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
            return r;
        }
        if (reply->error() == QNetworkReply::NoError)
            return judgeBody(p->method, p->body);
    }
    r.detail = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        r.outcome = Outcome::ConnectionRefused;
        r.message = tr("%1 refused the connection: nothing listens for the PA API there. Check the address and port "
                       "(8440 by default) and that the public API is enabled, then re-run.")
                        .arg(w);
        break;
    case QNetworkReply::HostNotFoundError:
        r.outcome = Outcome::HostNotFound;
        r.message =
            tr("%1 was not found in DNS from this computer: check the PA API address.").arg(m_config.endpoint.host());
        break;
    case QNetworkReply::SslHandshakeFailedError:
        r.outcome = Outcome::Tls;
        r.message = tr("The TLS handshake with the PA API at %1 failed (%2).").arg(w, reply->errorString());
        break;
    case QNetworkReply::RemoteHostClosedError:
        r.outcome = Outcome::NetworkError;
        r.message = tr("PA at %1 closed the connection without answering %2. Check that the address is the PA "
                       "public API (http or https as configured), then re-run.")
                        .arg(w, p->method);
        break;
    default:
        r.outcome = Outcome::NetworkError;
        r.message = ProxySettings::proxyErrorMessage(reply->error(), reply->errorString());
        if (r.message.isEmpty())
            r.message = tr("Calling %1 on %2 failed: %3").arg(p->method, w, reply->errorString());
        break;
    }
    return r;
}

PaApiClient::Result PaApiClient::judgeBody(const QString& method, const QByteArray& body)
{
    Result r;
    r.httpStatus = 200;
    const QString w = where();
    const XmlRpc::Response resp = XmlRpc::decodeResponse(body);
    if (!resp.valid) {
        r.outcome = Outcome::BadReply;
        r.message = tr("The answer of PA at %1 to %2 is not a valid XML-RPC reply: %3. Confirm this step by hand.")
                        .arg(w, method, resp.error);
        r.detail = resp.error;
        return r;
    }
    if (resp.isFault) {
        r.errorCode = resp.faultCode;
        r.detail = QStringLiteral("fault %1: %2").arg(resp.faultCode).arg(resp.faultString);
        if (saysUnknownMethod(resp.faultString)) {
            r.outcome = Outcome::UnknownMethod;
            r.unknownMethod = true;
            r.message = tr("This PA does not know the API method %1 (\"%2\"). Confirm this step by hand.")
                            .arg(method, resp.faultString);
        } else if (saysHostNotAllowed(resp.faultString)) {
            r.outcome = Outcome::HostNotAllowed;
            r.message = tr("PA at %1 refuses API calls from this computer (\"%2\"). PA accepts API calls only from "
                           "allowed hosts: add this computer's IP address to the list of hosts allowed to use the "
                           "public API (in the PA control panel, system properties), then re-run.")
                            .arg(w, resp.faultString);
        } else {
            r.outcome = Outcome::Fault;
            r.message = tr("PA at %1 answered %2 with a fault (%3): %4")
                            .arg(w, method)
                            .arg(resp.faultCode)
                            .arg(resp.faultString);
        }
        return r;
    }
    if (resp.value.typeId() != QMetaType::QVariantMap) {
        r.outcome = Outcome::BadReply;
        r.message = tr("The answer of PA at %1 to %2 is not a struct {status, result}: %3")
                        .arg(w, method, XmlRpc::describe(resp.value, 80));
        return r;
    }
    const QVariantMap m = resp.value.toMap();
    if (!m.contains(QStringLiteral("status"))) {
        // Tolerated: a struct without status is taken as a success whose result is the
        // "result" member, or the whole struct.
        r.outcome = Outcome::Ok;
        r.result = m.contains(QStringLiteral("result")) ? m.value(QStringLiteral("result")) : resp.value;
        r.detail = tr("The answer has no status member; taken as a success.");
        return r;
    }
    bool ok = false;
    r.status = toInt(m.value(QStringLiteral("status")), &ok);
    if (!ok) {
        r.outcome = Outcome::BadReply;
        r.message = tr("The answer of PA at %1 to %2 has a status that is not a number: %3")
                        .arg(w, method, XmlRpc::describe(m.value(QStringLiteral("status")), 40));
        return r;
    }
    if (r.status == 0) {
        r.outcome = Outcome::Ok;
        r.result = m.value(QStringLiteral("result"));
        return r;
    }
    const QString text = m.value(QStringLiteral("error_message")).toString();
    bool codeOk = false;
    r.errorCode = toInt(m.value(QStringLiteral("error_code")), &codeOk);
    r.moduleId = m.value(QStringLiteral("module_id")).toString();
    r.detail = QStringLiteral("status %1, error_code %2, module_id %3: %4")
                   .arg(r.status)
                   .arg(m.value(QStringLiteral("error_code")).toString(), r.moduleId, text);
    if (saysHostNotAllowed(text)) {
        r.outcome = Outcome::HostNotAllowed;
        r.message = tr("PA at %1 refuses API calls from this computer (\"%2\"). PA accepts API calls only from "
                       "allowed hosts: add this computer's IP address to the list of hosts allowed to use the public "
                       "API (in the PA control panel, system properties), then re-run.")
                        .arg(w, text);
    } else if (saysUnknownMethod(text)) {
        r.outcome = Outcome::UnknownMethod;
        r.unknownMethod = true;
        r.message =
            tr("This PA does not know the API method %1 (\"%2\"). Confirm this step by hand.").arg(method, text);
    } else {
        r.outcome = Outcome::ApiError;
        const QString module = r.moduleId.isEmpty() ? QString() : tr(" in module %1").arg(r.moduleId);
        r.message =
            text.isEmpty()
                ? tr("PA answered %1 with error status %2%3 and no message.").arg(method).arg(r.status).arg(module)
                : tr("PA answered %1 with an error%2: %3").arg(method, module, text);
    }
    return r;
}

void PaApiClient::deliver(Pending* p, Result r)
{
    if (!m_pending.removeOne(p))
        return;
    if (p->timer) {
        p->timer->stop();
        p->timer->deleteLater();
    }
    r.method = p->method;
    r.elapsedMs = p->elapsed.elapsed();
    r.message = scrub(r.message);
    r.detail = scrub(r.detail);
    r.moduleId = scrub(r.moduleId);
    Callback callback = std::move(p->callback);
    delete p;
    if (callback)
        callback(r); // last: the callback may delete this client
}

bool PaApiClient::saysHostNotAllowed(const QString& text)
{
    return matchesAny(hostNotAllowedPatterns(), text);
}

bool PaApiClient::saysUnknownMethod(const QString& text)
{
    return matchesAny(unknownMethodPatterns(), text);
}

QString PaApiClient::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::NotConfigured:
        return QStringLiteral("notConfigured");
    case Outcome::ApiError:
        return QStringLiteral("apiError");
    case Outcome::HostNotAllowed:
        return QStringLiteral("hostNotAllowed");
    case Outcome::BadLogin:
        return QStringLiteral("badLogin");
    case Outcome::UnknownMethod:
        return QStringLiteral("unknownMethod");
    case Outcome::Fault:
        return QStringLiteral("fault");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::ConnectionRefused:
        return QStringLiteral("connectionRefused");
    case Outcome::HostNotFound:
        return QStringLiteral("hostNotFound");
    case Outcome::Tls:
        return QStringLiteral("tls");
    case Outcome::HttpError:
        return QStringLiteral("httpError");
    case Outcome::BadReply:
        return QStringLiteral("badReply");
    case Outcome::NetworkError:
        return QStringLiteral("networkError");
    }
    return QStringLiteral("unknown");
}

QJsonObject PaApiClient::Result::evidence() const
{
    QJsonObject ev;
    ev.insert(QStringLiteral("method"), method);
    ev.insert(QStringLiteral("outcome"), outcomeName(outcome));
    if (httpStatus)
        ev.insert(QStringLiteral("httpStatus"), httpStatus);
    if (status)
        ev.insert(QStringLiteral("status"), status);
    if (errorCode)
        ev.insert(QStringLiteral("errorCode"), errorCode);
    if (!moduleId.isEmpty())
        ev.insert(QStringLiteral("moduleId"), moduleId);
    if (!detail.isEmpty())
        ev.insert(QStringLiteral("detail"), detail);
    ev.insert(QStringLiteral("elapsedMs"), elapsedMs);
    return ev;
}

} // namespace o365

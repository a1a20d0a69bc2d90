#include "PaApiClient.h"

#include "core/SecretMemory.h"
#include "core/SessionLog.h"
#include "net/CaptureRecorder.h"
#include "net/NetworkFailure.h"
#include "net/ProxySettings.h"
#include "net/SecureRequest.h"
#include "paapi/PaApiAnswer.h"
#include "paapi/XmlRpc.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace o365
{

namespace
{

constexpr qint64 kReadBufferBytes = 256 * 1024;

} // namespace

bool PaApiConfig::sendsPasswordInClear() const
{
    if (endpoint.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return false;
    const QString host = endpoint.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

struct PaApiClient::Pending {
    QString method;
    Callback callback;
    QPointer<QNetworkReply> reply;
    QTimer* timer = nullptr;
    QElapsedTimer elapsed;
    QByteArray body;
    QByteArray request; // kept only when the run is captured
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
    if (!m_config.password.isEmpty()) {
        // The header's base64 form is as good as the password: a server that echoes the request
        // headers must not get it into a message, the session or the log either.
        m_basicCredential = (m_config.login + QLatin1Char(':') + m_config.password).toUtf8().toBase64();
        SessionLog::addSecret(m_config.password.toUtf8());
        SessionLog::addSecret(m_basicCredential);
    }
}

PaApiClient::~PaApiClient()
{
    abortAll();
    SecretMemory::wipe(m_config.password);
    SecretMemory::wipe(m_basicCredential);
}

QString PaApiClient::plainHttpWarning(const PaApiConfig& c)
{
    if (!c.sendsPasswordInClear())
        return {};
    const QString host = c.endpoint.host();
    const QString risk =
        tr("The PA API address uses plain http: the password of %1 and every answer cross the network to %2 "
           "unencrypted. PA's public API also answers over https (https://%2:8440/RPC2); its certificate is often "
           "PA's own, so give its CA with --ca-file or accept its fingerprint once.")
            .arg(c.login.isEmpty() ? tr("the PA login") : c.login, host);
    return c.plainHttpAcknowledged ? tr("%1 You agreed to plain http for %2; it is recorded in the session and the "
                                        "report.")
                                         .arg(risk, host)
                                   : tr("%1 The PA API checks do not run until you agree to plain http for %2 (on the "
                                        "PA Application page, or --allow-plain-http %2 with --check).")
                                         .arg(risk, host);
}

QString PaApiClient::scrub(QString text) const
{
    // Whatever a server or the network stack puts in a message, the password never leaves.
    if (m_config.password.size() >= 3)
        text.replace(m_config.password, QStringLiteral("********"));
    if (!m_basicCredential.isEmpty())
        text.replace(QString::fromLatin1(m_basicCredential), QStringLiteral("********"));
    return text;
}

QVariant PaApiClient::scrub(const QVariant& value) const
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return scrub(value.toString());
    case QMetaType::QVariantList: {
        QVariantList list = value.toList();
        for (QVariant& v : list)
            v = scrub(v);
        return list;
    }
    case QMetaType::QVariantMap: {
        QVariantMap map = value.toMap();
        for (QVariant& v : map)
            v = scrub(v);
        return map;
    }
    default:
        return value;
    }
}

namespace {

bool namesASecret(const QString& name)
{
    const QString n = name.toLower();
    return n.contains(QLatin1String("password")) || n.contains(QLatin1String("passwd")) ||
           n.contains(QLatin1String("secret")) || n == QLatin1String("pwd") || n.contains(QLatin1String("token"));
}

} // namespace

QVariant PaApiClient::withoutSecretFields(const QVariant& value)
{
    if (value.typeId() == QMetaType::QVariantList) {
        QVariantList list = value.toList();
        for (QVariant& v : list)
            v = withoutSecretFields(v);
        return list;
    }
    if (value.typeId() != QMetaType::QVariantMap)
        return value;
    QVariantMap map = value.toMap();
    const bool pair = map.contains(QStringLiteral("name")) && namesASecret(map.value(QStringLiteral("name")).toString());
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (namesASecret(it.key()) || (pair && it.key() == QLatin1String("value")))
            it.value() = QStringLiteral("[removed]");
        else
            it.value() = withoutSecretFields(it.value());
    }
    return map;
}

// A request or an answer as a support bundle keeps it: password fields removed (re-encoded from the
// decoded document), and the password and its Basic form replaced, also where the document is not one.
QByteArray PaApiClient::forCapture(const QByteArray& xml) const
{
    if (xml.isEmpty())
        return {};
    QByteArray kept = xml;
    const XmlRpc::Response answer = XmlRpc::decodeResponse(xml);
    if (answer.valid && !answer.isFault) {
        kept = XmlRpc::encodeResponse(withoutSecretFields(answer.value));
    } else {
        const XmlRpc::Call call = XmlRpc::decodeCall(xml);
        if (call.valid) {
            QVariantList params;
            for (const QVariant& p : call.params)
                params << withoutSecretFields(p);
            kept = XmlRpc::encodeCall(call.method, params);
        }
    }
    return scrub(QString::fromUtf8(kept)).toUtf8();
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
    if (m_config.plainHttpRefused()) {
        Result r;
        r.outcome = Outcome::PlainHttpRefused;
        r.message = plainHttpWarning(m_config);
        QTimer::singleShot(0, this, [this, p, r] { deliver(p, r); });
        return;
    }
    QString encodeError;
    // PA's methods take one struct; the XML-RPC introspection methods (system.listMethods) take none.
    const QVariantList callParams = method.startsWith(QLatin1String("system.")) ? QVariantList{} : QVariantList{QVariant(params)};
    const QByteArray body = XmlRpc::encodeCall(method, callParams, &encodeError);
    if (body.isEmpty()) {
        Result r;
        r.outcome = Outcome::BadReply;
        r.message = tr("The call %1 could not be encoded: %2").arg(method, encodeError);
        QTimer::singleShot(0, this, [this, p, r] { deliver(p, r); });
        return;
    }

    if (m_net.capture)
        p->request = body;
    const QUrl url = m_config.endpoint;
    QNetworkRequest request = makeSecureRequest(url, m_net);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/xml"));
    request.setRawHeader("Authorization", "Basic " + m_basicCredential);

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
    // Qt's reply buffer is unlimited by default: the network thread would keep reading an endless
    // answer into memory while the cap below is only counted when readyRead is handled. A small
    // buffer makes the connection wait for us; a declared or running size over the cap aborts.
    reply->setReadBufferSize(kReadBufferBytes);
    const auto refuseTooLarge = [p, reply] {
        p->tooLarge = true;
        p->body.clear();
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [p, reply, refuseTooLarge] {
        const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
        if (declared.isValid() && declared.toLongLong() > XmlRpc::MaxReplyBytes)
            refuseTooLarge();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [p, refuseTooLarge](qint64 received, qint64) {
        if (received > XmlRpc::MaxReplyBytes && !p->tooLarge) {
            p->received = qMax(p->received, received);
            refuseTooLarge();
        }
    });
    connect(reply, &QNetworkReply::requestSent, this, [p] { p->connected = true; });
    connect(reply, &QNetworkReply::sslErrors, this, [this, p, reply](const QList<QSslError>& errors) {
        for (const QString& text : NetworkFailure::explainSslErrors(errors, m_config.endpoint.host()))
            if (!p->tlsProblems.contains(text))
                p->tlsProblems << text;
        reply->abort(); // never ignored: the API is reached with a verified certificate or not at all
    });
    connect(reply, &QNetworkReply::readyRead, this, [p, reply, refuseTooLarge] {
        const QByteArray chunk = reply->readAll();
        p->received += chunk.size();
        if (p->tooLarge)
            return;
        if (p->received > XmlRpc::MaxReplyBytes)
            return refuseTooLarge();
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
    const Result r = PaApiAnswer(m_config, p->method).judgeTimeout(p->connected, p->received);
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
    const PaApiAnswer answer(m_config, p->method);
    deliver(p, p->tooLarge ? answer.judgeTooLarge(p->received) : answer.judgeReply(*reply, p->tlsProblems, p->body));
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
    if (m_net.capture && !p->request.isEmpty()) // sent: what was asked and what came back
        m_net.capture->recordPaCall(m_config.endpoint, m_config.login, p->method, forCapture(p->request), r.httpStatus,
                                    forCapture(p->body), outcomeName(r.outcome), r.elapsedMs);
    r.message = scrub(r.message);
    r.detail = scrub(r.detail);
    r.moduleId = scrub(r.moduleId);
    r.reason = scrub(r.reason);
    r.result = scrub(r.result);
    Callback callback = std::move(p->callback);
    delete p;
    if (callback)
        callback(r); // last: the callback may delete this client
}

QString PaApiClient::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::NotConfigured:
        return QStringLiteral("notConfigured");
    case Outcome::PlainHttpRefused:
        return QStringLiteral("plainHttpNotAcknowledged");
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
    if (!reason.isEmpty())
        ev.insert(QStringLiteral("reason"), reason);
    if (!detail.isEmpty())
        ev.insert(QStringLiteral("detail"), detail);
    ev.insert(QStringLiteral("elapsedMs"), elapsedMs);
    return ev;
}

} // namespace o365

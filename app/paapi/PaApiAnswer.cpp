#include "PaApiAnswer.h"

#include "net/NetworkFailure.h"
#include "net/SecureRequest.h"
#include "paapi/PaApiParse.h"
#include "paapi/XmlRpc.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace o365
{

using Result = PaApiClient::Result;
using Outcome = PaApiClient::Outcome;

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

// Where a provider adds this computer to the Public API's Allowed Networks (CloudBlue KB 121937).
QString allowedNetworksRemedy()
{
    return QCoreApplication::translate(
        "o365::PaApiAnswer",
        "Add this computer's IP address to the Public API's Allowed Networks — POA 5.x: Top > System Director > "
        "Public API Manager > Allowed Networks; OA 7 and later: System > Settings > Public API, \"Only from allowed "
        "networks\" (CloudBlue KB 121937) — then re-run.");
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

PaApiAnswer::PaApiAnswer(const PaApiConfig& config, const QString& method) : m_config(config), m_method(method) {}

QString PaApiAnswer::where() const
{
    return hostAndPort(m_config.endpoint);
}

Result PaApiAnswer::judgeTimeout(bool connected, qint64 bytesReceived) const
{
    Result r;
    r.outcome = Outcome::Timeout;
    const NetworkFailure failure = NetworkFailure::timedOut(connected, bytesReceived);
    const QString seconds = QString::number((m_config.timeoutMs > 0 ? m_config.timeoutMs : 15000) / 1000.0, 'g', 3);
    if (failure.progress != NetworkFailure::Progress::NotConnected)
        r.message = tr("PA at %1 took the call %2 but sent no answer within %3 seconds: PA may be "
                       "overloaded. Re-run later, or confirm by hand.")
                        .arg(where(), m_method, seconds);
    else
        r.message = tr("No connection to the PA API at %1 within %2 seconds: the host is down, or a "
                       "firewall drops the traffic to its port. Check that this computer can reach it, "
                       "then re-run.")
                        .arg(where(), seconds);
    r.detail = tr("Timed out after %1 ms.").arg(m_config.timeoutMs);
    return r;
}

Result PaApiAnswer::judgeTooLarge(qint64 bytesReceived) const
{
    Result r;
    r.outcome = Outcome::BadReply;
    r.message = tr("PA at %1 answered %2 with more than %3 MiB: the reply is refused. Confirm this step "
                   "by hand.")
                    .arg(where(), m_method)
                    .arg(XmlRpc::MaxReplyBytes / (1024 * 1024));
    r.detail = tr("%1 bytes received before the reply was cut off.").arg(bytesReceived);
    return r;
}

Result PaApiAnswer::judgeReply(const QNetworkReply& reply, const QStringList& tlsProblems, const QByteArray& body) const
{
    Result r;
    const QString w = where();
    const NetworkFailure failure = NetworkFailure::fromReply(reply, tlsProblems);
    if (failure.kind == NetworkFailure::Kind::UntrustedCertificate) {
        r.outcome = Outcome::Tls;
        r.message = tr("The certificate of the PA API at %1 is not trusted: %2. Install the CA that issued it on this "
                       "computer (or give it with --ca-file), then re-run.")
                        .arg(w, failure.tlsProblems.join(QStringLiteral("; ")));
        r.detail = failure.detail;
        return r;
    }
    if (failure.httpStatus) {
        r.httpStatus = failure.httpStatus;
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
                           "networks. %2")
                            .arg(w, allowedNetworksRemedy());
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
                           .arg(reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
            return r;
        }
        if (!failure.failed())
            return judgeBody(body);
    }
    r.detail = failure.detail;
    switch (failure.kind) {
    case NetworkFailure::Kind::ConnectionRefused:
        r.outcome = Outcome::ConnectionRefused;
        r.message = tr("%1 refused the connection: nothing listens for the PA API there. Check the address and port "
                       "(8440 by default) and that the public API is enabled, then re-run.")
                        .arg(w);
        break;
    case NetworkFailure::Kind::HostNotFound:
        r.outcome = Outcome::HostNotFound;
        r.message =
            tr("%1 was not found in DNS from this computer: check the PA API address.").arg(m_config.endpoint.host());
        break;
    case NetworkFailure::Kind::TlsHandshake:
        r.outcome = Outcome::Tls;
        r.message = tr("The TLS handshake with the PA API at %1 failed (%2).").arg(w, failure.detail);
        break;
    case NetworkFailure::Kind::RemoteClosed:
        // PA resets the connection of a caller outside the Public API's Allowed Networks: no HTTP
        // answer, no 403 (CloudBlue KB 121937). The second cause is a scheme PA does not speak there.
        r.outcome = Outcome::HostNotAllowed;
        r.message = tr("PA at %1 closed the connection without answering %2: this computer's address is probably not "
                       "in the Public API's Allowed Networks. %3 Otherwise the address may use http where PA expects "
                       "https on that port, or the reverse: check the scheme of the API address.")
                        .arg(w, m_method, allowedNetworksRemedy());
        break;
    case NetworkFailure::Kind::Proxy:
        r.outcome = Outcome::NetworkError;
        r.message = failure.remedy;
        break;
    default:
        r.outcome = Outcome::NetworkError;
        r.message = tr("Calling %1 on %2 failed: %3").arg(m_method, w, failure.detail);
        break;
    }
    return r;
}

Result PaApiAnswer::judgeBody(const QByteArray& body) const
{
    Result r;
    const QString& method = m_method;
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
            r.message = tr("PA at %1 refuses API calls from this computer (\"%2\"). %3")
                            .arg(w, resp.faultString, allowedNetworksRemedy());
        } else {
            r.outcome = Outcome::Fault;
            r.message = tr("PA at %1 answered %2 with a fault (%3): %4")
                            .arg(w, method)
                            .arg(resp.faultCode)
                            .arg(resp.faultString);
        }
        return r;
    }
    if (method == QLatin1String("system.listMethods") && resp.value.typeId() == QMetaType::QVariantList) {
        r.outcome = Outcome::Ok; // XML-RPC introspection answers the bare list of names
        r.result = resp.value;
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
        // pem.getMethodSignature answers {signature} at the top level (DESIGN.md); any other answer
        // without a status is not PA's shape, and is never taken for a success.
        if (method == QLatin1String("pem.getMethodSignature") && m.contains(QStringLiteral("signature"))) {
            r.outcome = Outcome::Ok;
            r.result = m.value(QStringLiteral("signature"));
            return r;
        }
        r.outcome = Outcome::BadReply;
        r.message = tr("Unexpected answer from %1 at %2: it has no status (fields present: %3). Confirm this step "
                       "by hand.")
                        .arg(method, w, PaApiParse::fieldsPresent(resp.value));
        r.detail = XmlRpc::describe(resp.value, 200);
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
    // PA's error envelope: {status: -1, extype_id, module_id, error_message, properties: {reason, …}}.
    // extype_id is the code; error_code is read only where extype_id is missing (older peers).
    const QString text = m.value(QStringLiteral("error_message")).toString();
    const QString codeField = m.contains(QStringLiteral("extype_id")) ? QStringLiteral("extype_id")
                                                                      : QStringLiteral("error_code");
    bool codeOk = false;
    r.errorCode = toInt(m.value(codeField), &codeOk);
    r.moduleId = m.value(QStringLiteral("module_id")).toString();
    r.reason = m.value(QStringLiteral("properties")).toMap().value(QStringLiteral("reason")).toString();
    r.detail = QStringLiteral("status %1, %2 %3, module_id %4%5: %6")
                   .arg(r.status)
                   .arg(codeField, m.value(codeField).toString(), r.moduleId,
                        r.reason.isEmpty() ? QString() : QStringLiteral(", reason %1").arg(r.reason), text);
    const QString said = r.reason.isEmpty() || text.contains(r.reason) ? text : text + QStringLiteral(" (") + r.reason + QLatin1Char(')');
    if (saysHostNotAllowed(said)) {
        r.outcome = Outcome::HostNotAllowed;
        r.message = tr("PA at %1 refuses API calls from this computer (\"%2\"). %3")
                        .arg(w, said, allowedNetworksRemedy());
    } else if (saysUnknownMethod(said)) {
        r.outcome = Outcome::UnknownMethod;
        r.unknownMethod = true;
        r.message =
            tr("This PA does not know the API method %1 (\"%2\"). Confirm this step by hand.").arg(method, said);
    } else {
        r.outcome = Outcome::ApiError;
        QStringList where;
        if (!r.moduleId.isEmpty())
            where << tr("module %1").arg(r.moduleId);
        if (codeOk)
            where << tr("%1 %2").arg(codeField).arg(r.errorCode);
        const QString module = where.isEmpty() ? QString() : tr(" in %1").arg(where.join(QStringLiteral(", ")));
        r.message =
            said.isEmpty()
                ? tr("PA answered %1 with error status %2%3 and no message.").arg(method).arg(r.status).arg(module)
                : tr("PA answered %1 with an error%2: %3").arg(method, module, said);
    }
    return r;
}

bool PaApiAnswer::saysHostNotAllowed(const QString& text)
{
    return matchesAny(hostNotAllowedPatterns(), text);
}

bool PaApiAnswer::saysUnknownMethod(const QString& text)
{
    return matchesAny(unknownMethodPatterns(), text);
}

} // namespace o365

#include "CaptureRecorder.h"

#include "core/SessionLog.h"

#include <QDateTime>
#include <QHostInfo>

#include <memory>

namespace o365 {

namespace {

// Answers through another resolver; every answer is recorded.
class RecordingResolver : public HostResolver
{
public:
    RecordingResolver(HostResolver* inner, CaptureRecorder* recorder) : m_inner(inner), m_recorder(recorder) {}

    void lookup(const QString& host, QObject* context, std::function<void(const QHostInfo&)> done) override
    {
        CaptureRecorder* recorder = m_recorder;
        m_inner->lookup(host, context, [host, recorder, done](const QHostInfo& info) {
            recorder->recordDns(host, info);
            done(info);
        });
    }
    std::optional<QHostAddress> pinnedAddress(const QString& host) const override { return m_inner->pinnedAddress(host); }
    std::optional<quint16> pinnedPort(const QString& host, int port) const override
    {
        return m_inner->pinnedPort(host, port);
    }

private:
    HostResolver* m_inner;
    CaptureRecorder* m_recorder;
};

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

} // namespace

QString CaptureRecorder::clipped(const QByteArray& bytes)
{
    const QByteArray kept = bytes.left(MaxBodyBytes);
    QString text = SessionLog::redact(QString::fromUtf8(kept));
    if (bytes.size() > kept.size())
        text += tr("\n[… %n more byte(s) not kept]", nullptr, int(bytes.size() - kept.size()));
    return text;
}

void CaptureRecorder::add(QJsonObject entry)
{
    qsizetype size = 0;
    for (auto it = entry.constBegin(); it != entry.constEnd(); ++it)
        size += it.value().isString() ? it.value().toString().size() : 16;
    if (m_entries.size() >= MaxEntries || m_bytes + size > MaxTotalBytes) {
        ++m_dropped;
        return;
    }
    m_bytes += size;
    entry.insert(QStringLiteral("at"), now());
    m_entries.append(entry);
}

void CaptureRecorder::recordPaCall(const QUrl& endpoint, const QString& login, const QString& method,
                                   const QByteArray& request, int httpStatus, const QByteArray& answer,
                                   const QString& outcome, qint64 elapsedMs)
{
    add({{QStringLiteral("kind"), QStringLiteral("paApi")},
         {QStringLiteral("endpoint"), SessionLog::redact(endpoint.toString(QUrl::RemoveUserInfo))},
         {QStringLiteral("login"), SessionLog::redact(login)},
         {QStringLiteral("method"), method},
         {QStringLiteral("request"), clipped(request)},
         {QStringLiteral("httpStatus"), httpStatus},
         {QStringLiteral("answer"), clipped(answer)},
         {QStringLiteral("outcome"), outcome},
         {QStringLiteral("elapsedMs"), elapsedMs}});
}

void CaptureRecorder::recordHttps(const QUrl& url, int httpStatus, const QList<QPair<QByteArray, QByteArray>>& headers,
                                  const QByteArray& body, const QList<QSslCertificate>& chain, const QString& error,
                                  const QString& failureKind, const QList<int>& sslErrors)
{
    QJsonArray errorCodes;
    for (int code : sslErrors)
        errorCodes.append(code);
    QJsonArray headerList;
    for (const auto& [name, value] : headers)
        headerList.append(QJsonArray{QString::fromLatin1(name), SessionLog::redact(QString::fromLatin1(value))});
    QJsonArray certificates;
    for (const QSslCertificate& c : chain)
        certificates.append(QString::fromLatin1(c.toPem()));
    add({{QStringLiteral("kind"), QStringLiteral("https")},
         {QStringLiteral("url"), SessionLog::redact(url.toString(QUrl::RemoveUserInfo))},
         {QStringLiteral("httpStatus"), httpStatus},
         {QStringLiteral("headers"), headerList},
         {QStringLiteral("body"), clipped(body)},
         {QStringLiteral("certificateChain"), certificates},
         {QStringLiteral("error"), SessionLog::redact(error)},
         {QStringLiteral("failureKind"), failureKind},
         {QStringLiteral("sslErrors"), errorCodes}});
}

void CaptureRecorder::recordDns(const QString& host, const QHostInfo& answer)
{
    QJsonArray addresses;
    for (const QHostAddress& a : answer.addresses())
        addresses.append(a.toString());
    add({{QStringLiteral("kind"), QStringLiteral("dns")},
         {QStringLiteral("host"), host},
         {QStringLiteral("addresses"), addresses},
         {QStringLiteral("error"), answer.error() == QHostInfo::NoError ? QString() : answer.errorString()},
         {QStringLiteral("errorCode"), int(answer.error())}});
}

void CaptureRecorder::recordProcess(const QString& program, const QStringList& arguments, int exitCode,
                                    const QByteArray& out, const QByteArray& err, const QString& failure)
{
    QJsonArray args;
    for (const QString& a : arguments)
        args.append(SessionLog::redact(a));
    add({{QStringLiteral("kind"), QStringLiteral("process")},
         {QStringLiteral("program"), program},
         {QStringLiteral("arguments"), args},
         {QStringLiteral("exitCode"), exitCode},
         {QStringLiteral("standardOutput"), clipped(out)},
         {QStringLiteral("standardError"), clipped(err)},
         {QStringLiteral("failure"), SessionLog::redact(failure)}});
}

QJsonObject CaptureRecorder::toJson() const
{
    return {{QStringLiteral("format"), QStringLiteral("o365-upgrade-wizard-capture/1")},
            {QStringLiteral("entries"), m_entries},
            {QStringLiteral("dropped"), m_dropped}};
}

HostResolver* CaptureRecorder::recordingResolver(HostResolver* inner)
{
    m_resolver = std::make_unique<RecordingResolver>(inner, this);
    return m_resolver.get();
}

} // namespace o365

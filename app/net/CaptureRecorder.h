#pragma once

#include "net/HostResolver.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace o365 {

// What a run saw from the outside, for a support bundle (--capture FILE.zip, "Save support
// bundle…"): every PA API request and answer, HTTPS answers with their certificates, DNS answers
// and the programs run (ssh, pear) with their output — in the order they came, bounded (at most
// MaxEntries and MaxTotalBytes, each body cut at MaxBodyBytes). Callers hand over text with the PA password and
// password fields already removed; every text is passed through SessionLog::redact() once more
// when it is recorded, so no secret the run knows is ever kept.
class CaptureRecorder
{
    Q_DECLARE_TR_FUNCTIONS(o365::CaptureRecorder)
public:
    static constexpr int MaxEntries = 5000;
    static constexpr qsizetype MaxBodyBytes = 256 * 1024;
    static constexpr qsizetype MaxTotalBytes = 32 * 1024 * 1024; // what all entries may hold together

    void recordPaCall(const QUrl& endpoint, const QString& login, const QString& method, const QByteArray& request,
                      int httpStatus, const QByteArray& answer, const QString& outcome, qint64 elapsedMs);
    // `failureKind` is NetworkFailure::kindName() of how the exchange ended ("None" when it completed);
    // `sslErrors` the QSslError::SslError codes the certificate met (what a replay must reproduce).
    void recordHttps(const QUrl& url, int httpStatus, const QList<QPair<QByteArray, QByteArray>>& headers,
                     const QByteArray& body, const QList<QSslCertificate>& chain, const QString& error,
                     const QString& failureKind = QString(), const QList<int>& sslErrors = {});
    void recordDns(const QString& host, const QHostInfo& answer);
    void recordProcess(const QString& program, const QStringList& arguments, int exitCode, const QByteArray& out,
                       const QByteArray& err, const QString& failure);

    int entryCount() const { return int(m_entries.size()); }
    int droppedEntries() const { return m_dropped; }
    // {format, entries: [{kind: "paApi" | "https" | "dns" | "process", …}], dropped}
    QJsonObject toJson() const;

    // A resolver that answers through `inner` and records each answer here.
    HostResolver* recordingResolver(HostResolver* inner);

private:
    void add(QJsonObject entry);
    static QString clipped(const QByteArray& bytes);

    QJsonArray m_entries;
    qsizetype m_bytes = 0;
    int m_dropped = 0;
    std::unique_ptr<HostResolver> m_resolver;
};

} // namespace o365

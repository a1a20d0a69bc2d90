#include "SupportBundle.h"

#include "core/AppInfo.h"
#include "core/BoundedFile.h"
#include "core/PrivateFile.h"
#include "core/SessionLog.h"
#include "net/CaptureRecorder.h"
#include "session/Session.h"
#include "session/SessionJson.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QMap>
#include <QPair>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace o365 {

namespace {

constexpr qint64 MaxLogBytes = 16 * 1024 * 1024;

// "gateway/gw1" → "gateway_gw1": a file name of letters, digits, - and _ only.
QString safeName(const QString& text)
{
    QString out;
    for (QChar c : text)
        out += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') ? c : QLatin1Char('_');
    return out.left(80);
}

} // namespace

bool SupportBundle::write(const QString& path, const Session& session, const QString& logPath,
                          const CaptureRecorder* capture, QString* error)
{
    QList<QPair<QString, QByteArray>> entries;
    QJsonArray pasted;
    for (auto scope = session.records().cbegin(); scope != session.records().cend(); ++scope) {
        for (auto step = scope.value().cbegin(); step != scope.value().cend(); ++step) {
            for (auto value = step.value().values.cbegin(); value != step.value().values.cend(); ++value) {
                if (!value.value().contains(QLatin1Char('\n')))
                    continue; // a value, not a pasted output
                const QString name = QStringLiteral("pasted/%1-%2-%3.txt")
                                         .arg(safeName(scope.key()), safeName(step.key()), safeName(value.key()));
                entries.append({name, SessionLog::redact(value.value()).toUtf8()});
                pasted.append(name);
            }
        }
    }
    entries.prepend({QStringLiteral("session.json"),
                     QJsonDocument(SessionJson::toJson(session)).toJson(QJsonDocument::Indented)});
    bool haveLog = false;
    if (!logPath.isEmpty()) {
        const BoundedFile::Result log = BoundedFile::read(logPath, MaxLogBytes);
        if (log.ok()) {
            entries.append({QStringLiteral("session.log"), SessionLog::redact(QString::fromUtf8(log.bytes)).toUtf8()});
            haveLog = true;
        }
    }
    if (capture)
        entries.append({QStringLiteral("capture.json"), QJsonDocument(capture->toJson()).toJson(QJsonDocument::Indented)});
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("o365-upgrade-wizard-support-bundle/1")},
        {QStringLiteral("wizardVersion"), appVersion()},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("customer"), session.field(Session::fieldCustomer())},
        {QStringLiteral("case"), session.field(Session::fieldCase())},
        {QStringLiteral("training"), session.isTraining()},
        {QStringLiteral("log"), haveLog},
        {QStringLiteral("captureEntries"), capture ? capture->entryCount() : 0},
        {QStringLiteral("pasted"), pasted},
        {QStringLiteral("secretsRemoved"), QStringLiteral("The PA password, its HTTP Basic form and every password "
                                                          "field of the PA answers are not in this bundle.")}};
    entries.prepend({QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented)});

    // The last guard: a secret the run knows that is still in an entry refuses the whole bundle.
    for (const auto& [name, bytes] : std::as_const(entries)) {
        if (SessionLog::redact(QString::fromUtf8(bytes)) != QString::fromUtf8(bytes)) {
            *error = tr("The support bundle was not written: %1 would hold a secret (the PA password). Report this "
                        "to the wizard's developers.")
                         .arg(name);
            return false;
        }
    }

    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate)) {
            *error = tr("The support bundle could not be made (zip error %1).").arg(zip.getZipError());
            return false;
        }
        for (const auto& [name, bytes] : std::as_const(entries)) {
            QuaZipFile file(&zip);
            QuaZipNewInfo info(name);
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            if (!file.open(QIODevice::WriteOnly, info) || file.write(bytes) != bytes.size()) {
                *error = tr("The support bundle could not be made: %1 could not be added.").arg(name);
                return false;
            }
            file.close();
        }
        zip.close();
        if (zip.getZipError() != 0) {
            *error = tr("The support bundle could not be made (zip error %1).").arg(zip.getZipError());
            return false;
        }
    }
    const PrivateFile::WriteResult written = PrivateFile::write(path, buffer.data());
    if (!written.ok()) {
        *error = written.message(path);
        return false;
    }
    return true;
}

bool SupportBundle::read(const QString& path, Contents* out, QString* error)
{
    const BoundedFile::Result file = BoundedFile::read(path, MaxBundleBytes);
    if (!file.ok()) {
        *error = file.message;
        return false;
    }
    QByteArray bytes = file.bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("%1 is not a zip file (zip error %2): a support bundle is the .zip that --capture or \"Support "
                    "bundle…\" wrote.")
                     .arg(path)
                     .arg(zip.getZipError());
        return false;
    }
    QMap<QString, QJsonObject> found;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            continue;
        if (info.name != QLatin1String("manifest.json") && info.name != QLatin1String("session.json") &&
            info.name != QLatin1String("capture.json"))
            continue; // pasted texts and the log are in session.json and not needed again
        if (info.uncompressedSize > quint64(MaxEntryBytes)) {
            *error = tr("%1: %2 is larger than %3 MiB once unpacked; it is not read.")
                         .arg(path, info.name)
                         .arg(MaxEntryBytes / (1024 * 1024));
            return false;
        }
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly)) {
            *error = tr("%1: %2 cannot be unpacked (zip error %3).").arg(path, info.name).arg(entry.getZipError());
            return false;
        }
        const QByteArray data = entry.read(MaxEntryBytes + 1); // the size in the directory may lie
        entry.close();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (data.size() > MaxEntryBytes || !doc.isObject()) {
            *error = tr("%1: %2 is not a JSON object (%3).")
                         .arg(path, info.name,
                              data.size() > MaxEntryBytes ? tr("too large") : parseError.errorString());
            return false;
        }
        found.insert(info.name, doc.object());
    }
    zip.close();
    const QJsonObject manifest = found.value(QStringLiteral("manifest.json"));
    if (manifest.value(QStringLiteral("format")).toString() != QLatin1String("o365-upgrade-wizard-support-bundle/1") ||
        !found.contains(QStringLiteral("session.json"))) {
        *error = tr("%1 is not a support bundle of this wizard: it lacks manifest.json (format "
                    "o365-upgrade-wizard-support-bundle/1) or session.json.")
                     .arg(path);
        return false;
    }
    out->manifest = manifest;
    out->session = found.value(QStringLiteral("session.json"));
    out->capture = found.value(QStringLiteral("capture.json"));
    return true;
}

} // namespace o365

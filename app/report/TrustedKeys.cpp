#include "TrustedKeys.h"

#include "core/BoundedFile.h"
#include "report/ReportSigner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace o365
{

namespace
{

constexpr int kMaxNameLength = 200;

// "ab:cd…" or "abcd…" (64 hex digits) → "AB:CD:…"; empty when it is not a fingerprint.
QString normalizedFingerprint(const QString& text)
{
    QString hex = text;
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression kHex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!kHex.match(hex).hasMatch())
        return {};
    return QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toHex(':').toUpper());
}

} // namespace

QString TrustedKeys::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/trusted-keys.txt");
}

namespace
{
const QString kChosenPathKey = QStringLiteral("report/trustedKeysFile");
}

QString TrustedKeys::chosenPath() { return QSettings().value(kChosenPathKey).toString(); }

void TrustedKeys::setChosenPath(const QString& path)
{
    QSettings settings;
    if (path.isEmpty() || QDir::cleanPath(path) == QDir::cleanPath(defaultPath()))
        settings.remove(kChosenPathKey);
    else
        settings.setValue(kChosenPathKey, QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
}

QString TrustedKeys::activePath()
{
    const QString chosen = chosenPath();
    return chosen.isEmpty() ? defaultPath() : chosen;
}

bool TrustedKeys::load(const QString& path, TrustedKeys* keys, QString* error)
{
    *keys = TrustedKeys();
    keys->m_path = path;
    const QString shown = QDir::toNativeSeparators(path);
    const BoundedFile::Result file = BoundedFile::read(path, MaxFileSize);
    switch (file.error) {
    case BoundedFile::Error::None:
        return parse(file.bytes, path, keys, error);
    case BoundedFile::Error::Missing:
        *error = tr("There is no trusted-keys file at %1.").arg(shown);
        return false;
    case BoundedFile::Error::TooLarge:
        *error = tr("The trusted-keys file %1 is larger than 1 MB; it was not read.").arg(shown);
        return false;
    case BoundedFile::Error::NotRegular:
    case BoundedFile::Error::Unreadable:
        break;
    }
    *error = tr("Cannot read the trusted-keys file %1: %2").arg(shown, file.message);
    return false;
}

bool TrustedKeys::loadForVerification(const QString& explicitPath, TrustedKeys* keys, QString* error)
{
    if (!explicitPath.isEmpty())
        return load(explicitPath, keys, error);
    if (const QString chosen = chosenPath(); !chosen.isEmpty())
        return load(chosen, keys, error);
    const QString path = defaultPath();
    if (!QFileInfo::exists(path)) {
        *keys = TrustedKeys();
        keys->m_path = path;
        return true;
    }
    return load(path, keys, error);
}

bool TrustedKeys::parse(const QByteArray& text, const QString& shownPath, TrustedKeys* keys, QString* error)
{
    TrustedKeys out;
    out.m_path = shownPath;
    const QString shown = QDir::toNativeSeparators(shownPath);
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype space = line.indexOf(QRegularExpression(QStringLiteral("\\s")));
        const QString key = space < 0 ? line : line.left(space);
        const QString name = space < 0 ? QString() : line.mid(space + 1).simplified();
        if (name.isEmpty() || name.size() > kMaxNameLength) {
            *error = tr("Line %1 of the trusted-keys file %2 has no name after the key (or one longer than %3 "
                        "characters). Write \"KEY NAME\", e.g. the line the wizard shows for your own key.")
                         .arg(i + 1)
                         .arg(shown)
                         .arg(kMaxNameLength);
            return false;
        }
        QString fingerprint = normalizedFingerprint(key);
        if (fingerprint.isEmpty()) {
            const QByteArray pem = "-----BEGIN PUBLIC KEY-----\n" + key.toLatin1() + "\n-----END PUBLIC KEY-----\n";
            QString keyError;
            const ReportSigner signer = ReportSigner::fromPublicKeyPem(pem, &keyError);
            fingerprint = signer.isNull() ? QString() : signer.fingerprint();
        }
        if (fingerprint.isEmpty()) {
            *error = tr("Line %1 of the trusted-keys file %2 starts with neither an Ed25519 public key (the base64 "
                        "line of a .pub.pem) nor a SHA-256 fingerprint (64 hex digits). Nothing in the file was "
                        "trusted; correct that line.")
                         .arg(i + 1)
                         .arg(shown);
            return false;
        }
        const QString known = out.nameOf(fingerprint);
        if (!known.isEmpty() && known != name) {
            *error = tr("Line %1 of the trusted-keys file %2 gives the key %3 to \"%4\", but an earlier line gives "
                        "it to \"%5\". One key belongs to one person: remove one of the lines.")
                         .arg(i + 1)
                         .arg(shown, fingerprint, name, known);
            return false;
        }
        out.m_entries.append({fingerprint, name, i + 1});
    }
    *keys = out;
    return true;
}

QString TrustedKeys::lineFor(const ReportSigner& signer, const QString& name)
{
    QByteArray pem = signer.publicKeyPem();
    QByteArray body;
    for (const QByteArray& l : pem.split('\n')) {
        if (!l.startsWith("-----"))
            body += l.trimmed();
    }
    return QString::fromLatin1(body) + QLatin1Char(' ') + name.simplified();
}

QString TrustedKeys::nameOf(const QString& fingerprint) const
{
    for (const Entry& e : m_entries) {
        if (e.fingerprint == fingerprint)
            return e.name;
    }
    return {};
}

} // namespace o365

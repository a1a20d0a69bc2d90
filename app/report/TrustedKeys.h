#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace o365
{

class ReportSigner;

// The signers a team trusts: a text file of names and keys, one per line,
//
//     KEY NAME
//
// where KEY is the public key (the base64 line between the PEM armour of a .pub.pem) or its
// SHA-256 fingerprint (64 hex digits, colons optional), and NAME is the rest of the line. Blank
// lines and lines starting with '#' are ignored. A signature proves who signed only through
// this file: the key beside a report is whatever its author put there.
class TrustedKeys
{
    Q_DECLARE_TR_FUNCTIONS(TrustedKeys)
public:
    // No real keyring comes near this; larger files are not read.
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    struct Entry {
        QString fingerprint; // "AB:CD:…", as ReportSigner::fingerprint() writes it
        QString name;
        int line = 0;
    };

    // Where the wizard keeps the user's trusted keys (the application's config folder).
    static QString defaultPath();
    // The file chosen in the review window (a team's shared keyring, say), remembered in the
    // settings; empty when none was chosen. Setting an empty path goes back to defaultPath().
    static QString chosenPath();
    static void setChosenPath(const QString& path);
    // The file a verification without --trust reads: the chosen one, else defaultPath().
    static QString activePath();

    // Reads `path`. A missing file gives an empty keyring and *error (the caller decides whether
    // that matters); a line that is neither a key nor a fingerprint fails the whole file, naming
    // the line, so that a typo never silently distrusts — or trusts — anyone.
    static bool load(const QString& path, TrustedKeys* keys, QString* error);
    // The keyring a verification uses: `explicitPath` (--trust) when given, which must load; else
    // the chosen file, which must load too; else the default file when it exists (a damaged one is
    // an error too), else an empty keyring.
    static bool loadForVerification(const QString& explicitPath, TrustedKeys* keys, QString* error);
    static bool parse(const QByteArray& text, const QString& shownPath, TrustedKeys* keys, QString* error);

    // The line that puts `signer` under `name` in a trusted-keys file.
    static QString lineFor(const ReportSigner& signer, const QString& name);

    bool isEmpty() const { return m_entries.isEmpty(); }
    QString path() const { return m_path; }
    const QList<Entry>& entries() const { return m_entries; }
    // The name the keyring gives the key with this fingerprint; empty when it is not trusted.
    QString nameOf(const QString& fingerprint) const;

private:
    QString m_path;
    QList<Entry> m_entries;
};

} // namespace o365

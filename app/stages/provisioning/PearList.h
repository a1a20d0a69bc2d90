#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace o365
{

struct PearPackage {
    QString name;
    QString version;
    QString state;
    QString channel;
};

// The output of `pear list`, parsed:
//   Installed packages, channel pear.php.net:      (upper case in old and some current releases)
//   =========================================
//   Package          Version State
//   Archive_Tar      1.4.14  stable
// or "(no packages installed from channel pear.php.net)" / "(no packages installed)".
// Tolerates CRLF, a shell prompt or blank lines around it, several channel sections, the ANSI bold
// pear prints on a terminal, and PHP Warning:/Notice:/Strict Standards:/Deprecated: lines anywhere.
// Anything else (garbage, "pear: command not found", a truncated table) is not ok, with a
// message that says what was seen.
class PearList
{
    Q_DECLARE_TR_FUNCTIONS(o365::PearList)
public:
    static PearList parse(const QString& text);

    bool ok = false;
    QString message; // why it is not ok (empty when ok)
    QString channel; // of the first section, e.g. "pear.php.net"
    QList<PearPackage> packages;
    QStringList phpDiagnostics; // PHP Warning:/Notice:/Deprecated: lines seen (and skipped), at most 20

    // Without ANSI/VT escape sequences (pear's bold headings on a terminal) and other control characters.
    static QString stripTerminalCodes(const QString& text);

    // Package names compare case-insensitively, as pear itself does.
    bool has(const QString& name) const;
    QString version(const QString& name) const; // empty when absent

    QJsonObject toJson() const; // {channel, packages: [{name, version, state, channel}]}
};

} // namespace o365

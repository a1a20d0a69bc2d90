#include "TestPki.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTimeZone>

namespace {

QString opensslTime(const QDateTime& t) { return t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z'); }

QString sanArg(const QStringList& names)
{
    QStringList parts;
    for (const QString& n : names)
        parts << QStringLiteral("DNS:") + n;
    return QStringLiteral("subjectAltName=") + parts.join(QLatin1Char(','));
}

} // namespace

TestPki::TestPki()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    const QString d = m_dir.path();
    QDir().mkpath(d + QStringLiteral("/newcerts"));
    QFile(d + QStringLiteral("/index.txt")).open(QIODevice::WriteOnly);
    {
        QFile serial(d + QStringLiteral("/serial"));
        serial.open(QIODevice::WriteOnly);
        serial.write("1000\n");
    }
    {
        QFile cnf(d + QStringLiteral("/ca.cnf"));
        cnf.open(QIODevice::WriteOnly);
        cnf.write(QStringLiteral("[ ca ]\ndefault_ca = testca\n[ testca ]\ndir = %1\ndatabase = $dir/index.txt\n"
                                 "new_certs_dir = $dir/newcerts\nserial = $dir/serial\ncertificate = $dir/ca.crt\n"
                                 "private_key = $dir/ca.key\ndefault_md = sha256\npolicy = policy_any\n"
                                 "unique_subject = no\ncopy_extensions = copy\nemail_in_dn = no\n"
                                 "[ policy_any ]\ncommonName = supplied\n")
                      .arg(d)
                      .toUtf8());
    }
    m_ok = run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), d + QStringLiteral("/ca.key"), QStringLiteral("-out"),
                d + QStringLiteral("/ca.crt"), QStringLiteral("-subj"), QStringLiteral("/CN=O365 Wizard Test CA"),
                QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-addext"),
                QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    if (m_ok) {
        const auto certs = QSslCertificate::fromPath(d + QStringLiteral("/ca.crt"));
        m_ok = !certs.isEmpty();
        if (m_ok)
            m_ca = certs.first();
    }
}

bool TestPki::run(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

TestPki::Leaf TestPki::load(const QString& base)
{
    Leaf leaf;
    leaf.certificatePath = base + QStringLiteral(".crt");
    const auto certs = QSslCertificate::fromPath(leaf.certificatePath);
    if (!certs.isEmpty())
        leaf.certificate = certs.first();
    QFile keyFile(base + QStringLiteral(".key"));
    if (keyFile.open(QIODevice::ReadOnly))
        leaf.key = QSslKey(&keyFile, QSsl::Ec);
    return leaf;
}

TestPki::Leaf TestPki::issue(const QString& name, const QStringList& dnsNames, const QDateTime& notBefore,
                             const QDateTime& notAfter)
{
    const QString base = m_dir.path() + QLatin1Char('/') + name;
    if (!run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"), base + QStringLiteral(".csr"),
              QStringLiteral("-subj"), QStringLiteral("/CN=") + dnsNames.first(), QStringLiteral("-addext"),
              sanArg(dnsNames)}))
        return {};
    if (!run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"), QStringLiteral("-config"),
              m_dir.path() + QStringLiteral("/ca.cnf"), QStringLiteral("-startdate"), opensslTime(notBefore),
              QStringLiteral("-enddate"), opensslTime(notAfter), QStringLiteral("-in"), base + QStringLiteral(".csr"),
              QStringLiteral("-out"), base + QStringLiteral(".crt")}))
        return {};
    return load(base);
}

TestPki::Leaf TestPki::selfSigned(const QString& name, const QStringList& dnsNames, int days)
{
    const QString base = m_dir.path() + QLatin1Char('/') + name;
    if (!run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"), base + QStringLiteral(".crt"),
              QStringLiteral("-subj"), QStringLiteral("/CN=") + dnsNames.first(), QStringLiteral("-addext"),
              sanArg(dnsNames), QStringLiteral("-days"), QString::number(days)}))
        return {};
    return load(base);
}

QString TestPki::opensslFingerprint(const QString& certificatePath)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                        QStringLiteral("-sha256"), QStringLiteral("-in"), certificatePath});
    p.waitForFinished(30000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    const int eq = out.indexOf(QLatin1Char('='));
    return eq < 0 ? QString() : out.mid(eq + 1);
}

// Unit tests for o365::PackageInspector (app/PackageInspector.h): the checks on the Microsoft Office 365
// Application Package before gateway steps 2a–2e (put the package on the host, extract O365-Web.zip,
// unpack it, run setup.ps1). Every archive is built here with QuaZip's writing API.

#include "stages/start/PackageInspector.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <thread>
#include <vector>

using namespace o365;

Q_DECLARE_METATYPE(o365::PackageInfo::Error)

namespace
{

struct ZipEntry {
    QString name;
    QByteArray data;
    int method = 8; // 0: stored, 8: deflated
    const char* password = nullptr;
};

QByteArray makeZip(const QList<ZipEntry>& entries)
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        qWarning("cannot create zip: %d", zip.getZipError());
        return {};
    }
    for (const ZipEntry& e : entries) {
        QuaZipFile file(&zip);
        const quint32 crc = quint32(crc32(0L, reinterpret_cast<const Bytef*>(e.data.constData()), uInt(e.data.size())));
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(e.name), e.password, crc, e.method,
                       e.method == 0 ? 0 : Z_DEFAULT_COMPRESSION)) {
            qWarning("cannot add %s: %d", qPrintable(e.name), file.getZipError());
            return {};
        }
        if (file.write(e.data) != e.data.size())
            qWarning("short write for %s", qPrintable(e.name));
        file.close();
        if (file.getZipError() != UNZ_OK)
            qWarning("cannot close %s: %d", qPrintable(e.name), file.getZipError());
    }
    zip.close();
    if (zip.getZipError() != UNZ_OK)
        qWarning("cannot finish zip: %d", zip.getZipError());
    return buffer.data();
}

QByteArray aps1Meta(const QByteArray& version = "4.1", const QByteArray& release = "103")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<application xmlns=\"http://apstandard.com/ns/1\" version=\"1.2\">\n"
           "  <id>http://www.parallels.com/office365</id>\n"
           "  <requirements><version>9.9</version><name>not this</name></requirements>\n"
           "  <name>Microsoft   Office 365</name>\n"
           "  <version>" +
           version +
           "</version>\n"
           "  <release>" +
           release +
           "</release>\n"
           "  <presentation><summary>Office 365 for PA</summary></presentation>\n"
           "</application>\n";
}

QByteArray aps2Meta()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<application xmlns=\"http://aps-standard.org/ns/2\" version=\"2.0\" packaged=\"2014-08-12T10:00:00\">\n"
           "  <id>http://www.parallels.com/office365/2</id>\n"
           "  <name>Office 365</name>\n"
           "  <version>4.2</version>\n"
           "  <release>7</release>\n"
           "</application>\n";
}

QByteArray setupScript()
{
    return "param([string]$Site)\r\nWrite-Host \"Installing O365 gateway\"\r\n";
}
QByteArray webConfig()
{
    return "<?xml version=\"1.0\"?>\r\n<configuration><appSettings/></configuration>\r\n";
}

QByteArray goodInner(const QString& setupName = QStringLiteral("setup.ps1"))
{
    return makeZip({{setupName, setupScript()},
                    {QStringLiteral("web.config"), webConfig()},
                    {QStringLiteral("bin/O365.Gateway.dll"), QByteArray(4000, 'x')}});
}

QByteArray package(const QByteArray& meta, const QString& innerName, const QByteArray& inner, int innerMethod = 8)
{
    QList<ZipEntry> entries;
    if (!meta.isNull())
        entries << ZipEntry{QStringLiteral("APP-META.xml"), meta};
    entries << ZipEntry{QStringLiteral("scripts/office365.php"), QByteArray("<?php // provisioning\n")};
    entries << ZipEntry{QStringLiteral("images/icon.png"), QByteArray(300, '\x89')};
    if (!innerName.isEmpty())
        entries << ZipEntry{innerName, inner, innerMethod};
    return makeZip(entries);
}

QByteArray goodPackage()
{
    return package(aps1Meta(), QStringLiteral("O365-Web.zip"), goodInner());
}

// A package of a few MiB that does not compress (stored random bytes).
QByteArray bigPackage()
{
    QByteArray noise(3 * 1024 * 1024 + 12345, Qt::Uninitialized);
    QRandomGenerator generator(117222);
    for (char& c : noise)
        c = char(generator.generate() & 0xff);
    return makeZip({{QStringLiteral("APP-META.xml"), aps1Meta()},
                    {QStringLiteral("images/screenshots.bin"), noise, 0},
                    {QStringLiteral("O365-Web.zip"), goodInner()}});
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString describe(const PackageInfo& info)
{
    return QStringLiteral("error=%1 message=\"%2\" version=%3 inner=%4 setup=%5 warnings=[%6]")
        .arg(PackageInfo::errorKey(info.error), info.message, info.displayVersion(), info.innerZipName,
             info.setupScriptPath, info.warnings.join(QLatin1String(" | ")));
}

} // namespace

class TestPackageInspector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        f.close();
        return path;
    }

    // A file that exists and was read: size and SHA-256 must describe exactly these bytes.
    static bool checkHash(const PackageInfo& info, const QByteArray& bytes)
    {
        if (info.size != bytes.size() || info.sha256 != sha256(bytes)) {
            qWarning("size %lld / %lld, sha256 %s / %s", info.size, qint64(bytes.size()), qPrintable(info.sha256),
                     qPrintable(sha256(bytes)));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void goodPackageAps1()
    {
        const QByteArray bytes = goodPackage();
        QVERIFY(!bytes.isEmpty());
        const QString path = write(QStringLiteral("office365-4.1-103.app.zip"), bytes);
        const PackageInfo info = PackageInspector::inspect(path);
        QVERIFY2(info.ok(), qPrintable(describe(info)));
        QVERIFY(info.message.isEmpty());
        QCOMPARE(info.path, path);
        QVERIFY(checkHash(info, bytes));
        QCOMPARE(info.sha256.size(), 64);
        QCOMPARE(info.sha256, info.sha256.toLower());
        QCOMPARE(info.version, QStringLiteral("4.1")); // not the nested <requirements><version>
        QCOMPARE(info.release, QStringLiteral("103"));
        QCOMPARE(info.displayVersion(), QStringLiteral("4.1-103"));
        QCOMPARE(info.appId, QStringLiteral("http://www.parallels.com/office365"));
        QCOMPARE(info.appName, QStringLiteral("Microsoft Office 365")); // whitespace simplified
        QCOMPARE(info.innerZipName, QStringLiteral("O365-Web.zip"));
        QCOMPARE(info.setupScriptPath, QStringLiteral("setup.ps1"));
        QVERIFY2(info.warnings.isEmpty(), qPrintable(info.warnings.join(QLatin1Char('\n'))));
    }

    void bigPackageIsHashedWhole()
    {
        // Larger than the 1 MiB read chunk: the hash must cover every chunk.
        const QByteArray bytes = bigPackage();
        QVERIFY(bytes.size() > 3 * 1024 * 1024);
        const PackageInfo info = PackageInspector::inspect(write(QStringLiteral("big.zip"), bytes));
        QVERIFY2(info.ok(), qPrintable(describe(info)));
        QVERIFY(checkHash(info, bytes));
    }

    void sha256MatchesSha256sum()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
        if (tool.isEmpty())
            QSKIP("sha256sum is not installed; the QCryptographicHash comparison covers the hash");
        const QByteArray bytes = bigPackage();
        const QString path = write(QStringLiteral("for-sha256sum.zip"), bytes);
        QProcess p;
        p.start(tool, {path});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString expected = QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
        QCOMPARE(expected.size(), 64);
        QCOMPARE(PackageInspector::inspect(path).sha256, expected);
    }

    void aps2Metadata()
    {
        const QByteArray bytes = package(aps2Meta(), QStringLiteral("O365-Web.zip"), goodInner());
        const QString path = write(QStringLiteral("aps2.app.zip"), bytes);
        const PackageInfo info = PackageInspector::inspect(path);
        QVERIFY2(info.ok(), qPrintable(describe(info)));
        QCOMPARE(info.version, QStringLiteral("4.2")); // not the root's version="2.0" attribute
        QCOMPARE(info.release, QStringLiteral("7"));
        QCOMPARE(info.displayVersion(), QStringLiteral("4.2-7"));
        QCOMPARE(info.appId, QStringLiteral("http://www.parallels.com/office365/2"));
        QCOMPARE(info.appName, QStringLiteral("Office 365"));
        QVERIFY2(info.warnings.isEmpty(), qPrintable(info.warnings.join(QLatin1Char('\n'))));
        QVERIFY(checkHash(info, bytes));
    }

    void metaWithoutReleaseOrNamespace()
    {
        const QByteArray meta = "<application><version>4.1</version></application>";
        const QString path =
            write(QStringLiteral("norelease.zip"), package(meta, QStringLiteral("O365-Web.zip"), goodInner()));
        const PackageInfo info = PackageInspector::inspect(path);
        QVERIFY2(info.ok(), qPrintable(describe(info)));
        QCOMPARE(info.displayVersion(), QStringLiteral("4.1"));
        QCOMPARE(info.warnings.size(), 1); // not an APS namespace
        QVERIFY(info.warnings.first().contains(QStringLiteral("norelease.zip")));
    }

    void displayVersion()
    {
        PackageInfo info;
        QCOMPARE(info.displayVersion(), QString());
        info.release = QStringLiteral("103");
        QCOMPARE(info.displayVersion(), QString());
        info.version = QStringLiteral("4.1");
        QCOMPARE(info.displayVersion(), QStringLiteral("4.1-103"));
        info.release.clear();
        QCOMPARE(info.displayVersion(), QStringLiteral("4.1"));
        QVERIFY(!info.ok()); // default is NotFound
    }

    void noAppMetaIsOnlyAWarning()
    {
        const QByteArray bytes = package(QByteArray(), QStringLiteral("O365-Web.zip"), goodInner());
        const QString path = write(QStringLiteral("nometa.zip"), bytes);
        const PackageInfo info = PackageInspector::inspect(path);
        QVERIFY2(info.ok(), qPrintable(describe(info)));
        QCOMPARE(info.warnings.size(), 1);
        QVERIFY(info.warnings.first().contains(QStringLiteral("APP-META.xml")));
        QVERIFY(info.warnings.first().contains(QStringLiteral("nometa.zip")));
        QVERIFY(info.version.isEmpty());
        QVERIFY(info.displayVersion().isEmpty());
        QVERIFY(checkHash(info, bytes));
    }

    void appMetaNotAtRootIsIgnored()
    {
        QList<ZipEntry> entries{{QStringLiteral("docs/APP-META.xml"), aps1Meta("9.9", "9")},
                                {QStringLiteral("O365-Web.zip"), goodInner()}};
        const PackageInfo info = PackageInspector::inspect(write(QStringLiteral("deepmeta.zip"), makeZip(entries)));
        QVERIFY2(info.ok(), qPrintable(describe(info)));
        QVERIFY(info.version.isEmpty());
        QCOMPARE(info.warnings.size(), 1);
    }

    void caseInsensitiveNamesAndSetupInFolder()
    {
        const QByteArray inner = makeZip({{QStringLiteral("O365-Web/"), QByteArray()},
                                          {QStringLiteral("O365-Web/Setup.PS1"), setupScript()},
                                          {QStringLiteral("O365-Web/web.config"), webConfig()}});
        QList<ZipEntry> entries{{QStringLiteral("app-meta.XML"), aps1Meta()},
                                {QStringLiteral("scripts/o365-web.ZIP"), inner}};
        const QByteArray bytes = makeZip(entries);
        const PackageInfo info = PackageInspector::inspect(write(QStringLiteral("folder.zip"), bytes));
        QVERIFY2(info.ok(), qPrintable(describe(info)));
        QCOMPARE(info.innerZipName, QStringLiteral("scripts/o365-web.ZIP"));
        QCOMPARE(info.setupScriptPath, QStringLiteral("O365-Web/Setup.PS1"));
        QCOMPARE(info.displayVersion(), QStringLiteral("4.1-103"));
        QVERIFY(checkHash(info, bytes));
    }

    void severalCandidatesPreferShallowest()
    {
        const QByteArray inner =
            makeZip({{QStringLiteral("a/setup.ps1"), setupScript()}, {QStringLiteral("setup.ps1"), setupScript()}});
        QList<ZipEntry> entries{{QStringLiteral("APP-META.xml"), aps1Meta()},
                                {QStringLiteral("old/O365-Web.zip"), QByteArray("stale copy, not a zip")},
                                {QStringLiteral("O365-Web.zip"), inner}};
        const PackageInfo info = PackageInspector::inspect(write(QStringLiteral("several.zip"), makeZip(entries)));
        QVERIFY2(info.ok(), qPrintable(describe(info)));
        QCOMPARE(info.innerZipName, QStringLiteral("O365-Web.zip"));
        QCOMPARE(info.setupScriptPath, QStringLiteral("setup.ps1"));
        QCOMPARE(info.warnings.size(), 2); // two O365-Web.zip, two setup.ps1
    }

    void failures_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<PackageInfo::Error>("error");
        QTest::addColumn<QString>("mentions"); // besides the file name

        const QByteArray good = goodPackage();
        const QByteArray inner = goodInner();
        QTest::newRow("missing inner zip") << "noinner.zip" << package(aps1Meta(), QString(), QByteArray())
                                           << PackageInfo::NoInnerZip << "O365-Web.zip";
        QTest::newRow("O365-Web.zip chosen instead of the package")
            << "O365-Web.zip" << goodInner() << PackageInfo::NoInnerZip << "setup.ps1";
        QTest::newRow("empty archive") << "emptyarchive.zip" << makeZip({}) << PackageInfo::NoInnerZip
                                       << "O365-Web.zip";
        QTest::newRow("inner zip without setup.ps1") << "nosetup.zip"
                                                     << package(aps1Meta(), QStringLiteral("O365-Web.zip"),
                                                                makeZip({{QStringLiteral("web.config"), webConfig()}}))
                                                     << PackageInfo::NoSetupScript << "setup.ps1";
        QTest::newRow("setup.ps1 too deep") << "deepsetup.zip"
                                            << package(aps1Meta(), QStringLiteral("O365-Web.zip"),
                                                       makeZip({{QStringLiteral("a/b/setup.ps1"), setupScript()}}))
                                            << PackageInfo::NoSetupScript << "a/b/setup.ps1";
        QTest::newRow("inner zip is an empty archive")
            << "innerempty.zip" << package(aps1Meta(), QStringLiteral("O365-Web.zip"), makeZip({}))
            << PackageInfo::NoSetupScript << "setup.ps1";
        QTest::newRow("inner zip without its last byte")
            << "innercut1.zip" << package(aps1Meta(), QStringLiteral("O365-Web.zip"), inner.left(inner.size() - 1))
            << PackageInfo::InnerNotAZip << "O365-Web.zip";
        QTest::newRow("inner zip is plain text")
            << "innertext.zip" << package(aps1Meta(), QStringLiteral("O365-Web.zip"), "this is not a zip archive\n")
            << PackageInfo::InnerNotAZip << "O365-Web.zip";
        QTest::newRow("inner zip cut in half")
            << "innercut.zip" << package(aps1Meta(), QStringLiteral("O365-Web.zip"), inner.left(inner.size() / 2))
            << PackageInfo::InnerNotAZip << "O365-Web.zip";
        QTest::newRow("truncated to 10 bytes") << "cut10.zip" << good.left(10) << PackageInfo::Truncated << "SHA-256";
        QTest::newRow("truncated to 2 bytes") << "cut2.zip" << good.left(2) << PackageInfo::Truncated << "SHA-256";
        QTest::newRow("truncated to half")
            << "cuthalf.zip" << good.left(good.size() / 2) << PackageInfo::Truncated << "SHA-256";
        QTest::newRow("last 30 bytes missing")
            << "cut30.zip" << good.left(good.size() - 30) << PackageInfo::Truncated << "SHA-256";
        QTest::newRow("last byte missing")
            << "cut1.zip" << good.left(good.size() - 1) << PackageInfo::Truncated << "SHA-256";
        QTest::newRow("text file renamed .zip")
            << "readme.zip" << QByteArray("Office 365 package readme\n") << PackageInfo::NotAZip << "SHA-256";
        QTest::newRow("html error page") << "download.zip"
                                         << QByteArray("<!DOCTYPE html>\n<html><body>Login required</body></html>")
                                         << PackageInfo::NotAZip << "HTML";
        QTest::newRow("empty file") << "empty.zip" << QByteArray("") << PackageInfo::NotAZip << "0 bytes";
        QTest::newRow("percent in the file name")
            << "pkg %2 %3.zip" << QByteArray("plain text") << PackageInfo::NotAZip << "SHA-256";
    }

    void failures()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(PackageInfo::Error, error);
        QFETCH(QString, mentions);
        const QString path = write(fileName, bytes);
        const PackageInfo info = PackageInspector::inspect(path);
        QVERIFY2(info.error == error, qPrintable(describe(info)));
        QVERIFY(!info.ok());
        QVERIFY2(info.message.contains(fileName), qPrintable(info.message));
        QVERIFY2(info.message.contains(mentions), qPrintable(info.message));
        QVERIFY(checkHash(info, bytes)); // filled even when the archive is bad
    }

    void truncatedMessageTellsWhatToDo()
    {
        const QByteArray good = goodPackage();
        const QByteArray cut = good.left(good.size() / 2);
        const PackageInfo info = PackageInspector::inspect(write(QStringLiteral("partial.zip"), cut));
        QCOMPARE(info.error, PackageInfo::Truncated);
        QVERIFY(info.message.contains(QStringLiteral("again")));
        QVERIFY(info.message.contains(info.sha256));
        QVERIFY(info.message.contains(QLocale().toString(qint64(cut.size()))));
    }

    void corruptedEntryFailsTheChecksum()
    {
        // O365-Web.zip stored uncompressed, so a flipped byte reaches the CRC check (not the inflater).
        const QByteArray inner = goodInner();
        QByteArray bytes = package(aps1Meta(), QStringLiteral("O365-Web.zip"), inner, 0);
        const int at = bytes.indexOf(inner);
        QVERIFY(at > 0);
        bytes[at + inner.size() / 2] = char(bytes[at + inner.size() / 2] ^ 0x5a);
        const PackageInfo info = PackageInspector::inspect(write(QStringLiteral("corrupt.zip"), bytes));
        QVERIFY2(info.error == PackageInfo::Truncated, qPrintable(describe(info)));
        QVERIFY(info.message.contains(QStringLiteral("corrupt.zip")));
        QVERIFY(info.message.contains(QStringLiteral("O365-Web.zip")));
        QVERIFY(checkHash(info, bytes));
    }

    void passwordProtectedInnerZip()
    {
        QList<ZipEntry> entries{{QStringLiteral("APP-META.xml"), aps1Meta()},
                                {QStringLiteral("O365-Web.zip"), goodInner(), 8, "secret"}};
        const QByteArray bytes = makeZip(entries);
        QVERIFY(!bytes.isEmpty());
        const PackageInfo info = PackageInspector::inspect(write(QStringLiteral("encrypted.zip"), bytes));
        QVERIFY2(info.error == PackageInfo::Unreadable, qPrintable(describe(info)));
        QVERIFY(info.message.contains(QStringLiteral("password")));
        QVERIFY(checkHash(info, bytes));
    }

    void missingPath()
    {
        const QString path = m_dir.filePath(QStringLiteral("never-downloaded.zip"));
        const PackageInfo info = PackageInspector::inspect(path);
        QCOMPARE(info.error, PackageInfo::NotFound);
        QVERIFY(info.message.contains(QStringLiteral("never-downloaded.zip")));
        QVERIFY(info.sha256.isEmpty());
        QCOMPARE(info.size, 0);
        QCOMPARE(PackageInspector::inspect(QString()).error, PackageInfo::NotFound);
    }

    void directoryPath()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("unpacked-package")));
        const QString path = m_dir.filePath(QStringLiteral("unpacked-package"));
        const PackageInfo info = PackageInspector::inspect(path);
        QCOMPARE(info.error, PackageInfo::Unreadable);
        QVERIFY(info.message.contains(QStringLiteral("unpacked-package")));
        QVERIFY(info.message.contains(QStringLiteral("folder")));
        QVERIFY(info.sha256.isEmpty());
    }

    void unreadableFile()
    {
        const QString path = write(QStringLiteral("noaccess.zip"), goodPackage());
        QFile::setPermissions(path, QFileDevice::Permissions());
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with privileges that ignore file permissions");
        const PackageInfo info = PackageInspector::inspect(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(info.error, PackageInfo::Unreadable);
        QVERIFY(info.message.contains(QStringLiteral("noaccess.zip")));
        QVERIFY(info.sha256.isEmpty());
    }

    void messagesDifferPerKind()
    {
        // One case per error kind, all with the same file name, so only the wording can differ.
        const QByteArray good = goodPackage();
        const QString name = QStringLiteral("same-name.zip");
        const QList<QPair<PackageInfo::Error, QByteArray>> cases{
            {PackageInfo::NotAZip, "plain text"},
            {PackageInfo::Truncated, good.left(good.size() / 2)},
            {PackageInfo::NoInnerZip, package(aps1Meta(), QString(), QByteArray())},
            {PackageInfo::InnerNotAZip, package(aps1Meta(), QStringLiteral("O365-Web.zip"), "text")},
            {PackageInfo::NoSetupScript,
             package(aps1Meta(), QStringLiteral("O365-Web.zip"), makeZip({{QStringLiteral("x.txt"), "x"}}))},
        };
        QHash<PackageInfo::Error, QString> messages;
        for (const auto& c : cases) {
            const PackageInfo info = PackageInspector::inspect(write(name, c.second));
            QVERIFY2(info.error == c.first, qPrintable(describe(info)));
            QVERIFY(info.message.contains(name));
            messages.insert(info.error, QString(info.message).remove(info.sha256));
        }
        PackageInspector::Limits tiny;
        tiny.maxEntries = 1;
        const PackageInfo tooLarge = PackageInspector::inspect(write(name, good), tiny);
        QCOMPARE(tooLarge.error, PackageInfo::TooLarge);
        messages.insert(tooLarge.error, tooLarge.message);
        QDir(m_dir.path()).mkpath(QStringLiteral("dir/same-name.zip"));
        const PackageInfo dir = PackageInspector::inspect(m_dir.filePath(QStringLiteral("dir/same-name.zip")));
        QCOMPARE(dir.error, PackageInfo::Unreadable);
        messages.insert(dir.error, QString(dir.message).replace(QStringLiteral("dir/"), QString()));
        const PackageInfo missing = PackageInspector::inspect(m_dir.filePath(QStringLiteral("gone/same-name.zip")));
        QCOMPARE(missing.error, PackageInfo::NotFound);
        messages.insert(missing.error, QString(missing.message).replace(QStringLiteral("gone/"), QString()));

        QCOMPARE(messages.size(), 8);
        const QStringList all = messages.values();
        for (int i = 0; i < all.size(); ++i) {
            for (int j = i + 1; j < all.size(); ++j)
                QVERIFY2(all.at(i) != all.at(j), qPrintable(all.at(i)));
        }
        QSet<QString> keys;
        for (auto it = messages.cbegin(); it != messages.cend(); ++it)
            keys.insert(PackageInfo::errorKey(it.key()));
        QCOMPARE(keys.size(), 8);
    }

    void limits()
    {
        const QByteArray good = goodPackage();
        const QString path = write(QStringLiteral("limits.zip"), good);

        PackageInspector::Limits smallInner;
        smallInner.maxInnerZipSize = 100;
        PackageInfo info = PackageInspector::inspect(path, smallInner);
        QVERIFY2(info.error == PackageInfo::TooLarge, qPrintable(describe(info)));
        QVERIFY(info.message.contains(QStringLiteral("limits.zip")));
        QVERIFY(info.message.contains(QStringLiteral("O365-Web.zip")));
        QVERIFY(checkHash(info, good));
        QCOMPARE(info.displayVersion(), QStringLiteral("4.1-103")); // metadata read before the limit hit

        PackageInspector::Limits smallMeta;
        smallMeta.maxMetaSize = 10;
        info = PackageInspector::inspect(path, smallMeta);
        QVERIFY2(info.ok(), qPrintable(describe(info)));
        QVERIFY(info.version.isEmpty());
        QCOMPARE(info.warnings.size(), 1);

        // Inner archive with more entries than allowed; the outer one is within the limit.
        QList<ZipEntry> many;
        for (int i = 0; i < 20; ++i)
            many << ZipEntry{QStringLiteral("f%1.txt").arg(i), "x"};
        many << ZipEntry{QStringLiteral("setup.ps1"), setupScript()};
        PackageInspector::Limits fewEntries;
        fewEntries.maxEntries = 10;
        info = PackageInspector::inspect(
            write(QStringLiteral("many.zip"), package(aps1Meta(), QStringLiteral("O365-Web.zip"), makeZip(many))),
            fewEntries);
        QVERIFY2(info.error == PackageInfo::TooLarge, qPrintable(describe(info)));
        QVERIFY(info.message.contains(QStringLiteral("many.zip")));
    }

    void compressionBombIsNotInflated()
    {
        // 64 MiB of zeros deflates to ~64 KiB; with a 1 MiB cap it must be refused before inflating.
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        const QByteArray bytes = package(aps1Meta(), QStringLiteral("O365-Web.zip"), zeros);
        QVERIFY(bytes.size() < 1024 * 1024);
        PackageInspector::Limits limits;
        limits.maxInnerZipSize = 1024 * 1024;
        QElapsedTimer timer;
        timer.start();
        const PackageInfo info = PackageInspector::inspect(write(QStringLiteral("bomb.zip"), bytes), limits);
        QVERIFY2(info.error == PackageInfo::TooLarge, qPrintable(describe(info)));
        QVERIFY(timer.elapsed() < 2000);
    }

    void hostileAppMeta_data()
    {
        QTest::addColumn<QByteArray>("meta");
        QTest::addColumn<QString>("warning");
        QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE application [\n <!ENTITY lol \"lol\">\n";
        laughs += " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
        for (int i = 2; i <= 9; ++i) {
            laughs += QByteArray(" <!ENTITY lol") + QByteArray::number(i) + " \"";
            for (int j = 0; j < 10; ++j)
                laughs += "&lol" + QByteArray::number(i - 1) + ";";
            laughs += "\">\n";
        }
        laughs += "]>\n<application xmlns=\"http://apstandard.com/ns/1\"><version>&lol9;</version>"
                  "<release>103</release></application>\n";
        QTest::newRow("billion laughs") << laughs << "DOCTYPE";
        QTest::newRow("external entity")
            << QByteArray(
                   "<?xml version=\"1.0\"?>\n<!DOCTYPE application [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                   "<application xmlns=\"http://apstandard.com/ns/1\"><version>&xxe;</version></application>")
            << "DOCTYPE";
        QTest::newRow("undeclared entity")
            << QByteArray("<application xmlns=\"http://apstandard.com/ns/1\"><version>&lol9;</version></application>")
            << "not well-formed";
        QTest::newRow("not xml") << QByteArray("\x01\x02 definitely not <xml") << "not well-formed";
        QTest::newRow("deep nesting") << QByteArray("<application>") + QByteArray(100000, 'x').replace('x', "<a>") +
                                             QByteArray("</application>")
                                      << "not well-formed";
    }

    void hostileAppMeta()
    {
        QFETCH(QByteArray, meta);
        QFETCH(QString, warning);
        const QByteArray bytes = package(meta, QStringLiteral("O365-Web.zip"), goodInner());
        QElapsedTimer timer;
        timer.start();
        const PackageInfo info = PackageInspector::inspect(write(QStringLiteral("hostile.zip"), bytes));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(info.ok(), qPrintable(describe(info))); // metadata is informative only
        QVERIFY2(info.version.isEmpty() || info.version == QStringLiteral("&lol9;"), qPrintable(info.version));
        QVERIFY(!info.version.contains(QStringLiteral("lollol")));
        QVERIFY(!info.version.contains(QStringLiteral("root")));
        QVERIFY(info.version.size() <= 256);
        QVERIFY(!info.warnings.isEmpty());
        QVERIFY(info.warnings.first().contains(QStringLiteral("hostile.zip")));
        const QString warnings = info.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(warning), qPrintable(warnings));
        QVERIFY(checkHash(info, bytes));
    }

    void concurrentInspections()
    {
        const QByteArray good = goodPackage();
        const QString path = write(QStringLiteral("shared.zip"), good);
        const QString cut = write(QStringLiteral("shared-cut.zip"), good.left(good.size() - 30));
        std::vector<PackageInfo> results(8);
        std::vector<std::thread> threads;
        for (size_t i = 0; i < results.size(); ++i) {
            threads.emplace_back([&results, i, &path, &cut] {
                for (int k = 0; k < 10; ++k)
                    results[i] = PackageInspector::inspect(i % 2 ? cut : path);
            });
        }
        for (std::thread& t : threads)
            t.join();
        for (size_t i = 0; i < results.size(); ++i) {
            QCOMPARE(results[i].error, i % 2 ? PackageInfo::Truncated : PackageInfo::NoError);
            if (!(i % 2))
                QCOMPARE(results[i].displayVersion(), QStringLiteral("4.1-103"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackageInspector)
#include "tst_packageinspector.moc"

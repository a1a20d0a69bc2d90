// Files named from outside are read only when they are regular files, and never past the limit:
// /dev/zero once took --verify to std::bad_alloc and a FIFO blocked --check forever.

#include "core/BoundedFile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace o365;

class TestBoundedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void readsARegularFile();
    void refusesWhatIsNotAFile_data();
    void refusesWhatIsNotAFile();
    void refusesTooLarge();
    void readsWhatIsThereNotTheLimit();

private:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QTemporaryDir m_dir;
};

void TestBoundedFile::readsARegularFile()
{
    const QString path = write(QStringLiteral("ok.json"), "{\"a\":1}");
    BoundedFile::Result r = BoundedFile::read(path, 7);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.bytes, QByteArray("{\"a\":1}"));
    QCOMPARE(r.size, qint64(7));
    // Through a link: links are followed to the regular file.
    const QString link = m_dir.filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(path, link));
    r = BoundedFile::read(link, 100);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.bytes.size(), 7);
    QVERIFY(BoundedFile::read(write(QStringLiteral("empty"), {}), 10).ok());
}

void TestBoundedFile::refusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << int(BoundedFile::Error::NotRegular)
                               << QStringLiteral("not a regular file");
    const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
    if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0)
        qFatal("mkfifo failed");
    QTest::newRow("FIFO without a writer") << fifo << int(BoundedFile::Error::NotRegular)
                                           << QStringLiteral("a device, a pipe or a socket");
    const QString toZero = m_dir.filePath(QStringLiteral("zero-link"));
    QFile::link(QStringLiteral("/dev/zero"), toZero);
    QTest::newRow("link to /dev/zero") << toZero << int(BoundedFile::Error::NotRegular) << QStringLiteral("zero-link");
    QTest::newRow("folder") << m_dir.path() << int(BoundedFile::Error::NotRegular) << QStringLiteral("is a folder");
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("none")) << int(BoundedFile::Error::Missing)
                             << QStringLiteral("There is no file");
    const QString dangling = m_dir.filePath(QStringLiteral("dangling"));
    QFile::link(m_dir.filePath(QStringLiteral("gone")), dangling);
    QTest::newRow("dangling link") << dangling << int(BoundedFile::Error::Missing) << QStringLiteral("dangling");
}

void TestBoundedFile::refusesWhatIsNotAFile()
{
    QFETCH(QString, path);
    QFETCH(int, error);
    QFETCH(QString, phrase);
    const BoundedFile::Result r = BoundedFile::read(path, 1024 * 1024);
    QCOMPARE(int(r.error), error);
    QVERIFY(r.bytes.isEmpty());
    QVERIFY2(r.message.contains(phrase), qPrintable(r.message));
}

void TestBoundedFile::refusesTooLarge()
{
    const QString path = write(QStringLiteral("big"), QByteArray(2 * 1024 * 1024 + 1, 'x'));
    const BoundedFile::Result r = BoundedFile::read(path, 2 * 1024 * 1024);
    QCOMPARE(int(r.error), int(BoundedFile::Error::TooLarge));
    QVERIFY(r.bytes.isEmpty());
    QVERIFY2(r.message.contains(QLatin1String("larger than the 2.0 MB")), qPrintable(r.message));
    QCOMPARE(r.size, qint64(2 * 1024 * 1024 + 1));
}

void TestBoundedFile::readsWhatIsThereNotTheLimit()
{
    // A file of several read chunks comes back whole, up to exactly the limit.
    QByteArray many(200 * 1024 + 17, 'y');
    many[0] = 'a';
    many[many.size() - 1] = 'z';
    const QString path = write(QStringLiteral("chunks"), many);
    BoundedFile::Result r = BoundedFile::read(path, many.size());
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.bytes, many);

    // Reading a small file with a large limit takes memory for the file, not for the limit (the
    // verifier's limit is 64 MB, read five times per report; QIODevice::read(limit) allocated it
    // all each time). This test program again, in a process whose address space has no room for 4 GB.
    const QString small = write(QStringLiteral("small"), "0123456789");
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("O365_BOUNDED_READ_CHILD"), small);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit, "the child died reading a 10-byte file with a 4 GB limit");
    QCOMPARE(child.exitCode(), 0);
}

// With O365_BOUNDED_READ_CHILD=FILE: read FILE with a 4 GB limit in at most 2 GB of address space.
int main(int argc, char** argv)
{
    const QByteArray childFile = qgetenv("O365_BOUNDED_READ_CHILD");
    if (!childFile.isEmpty()) {
        rlimit limit{};
        getrlimit(RLIMIT_AS, &limit);
        limit.rlim_cur = rlim_t(2) * 1024 * 1024 * 1024;
        if (setrlimit(RLIMIT_AS, &limit) != 0)
            return 4;
        const BoundedFile::Result r = BoundedFile::read(QString::fromLocal8Bit(childFile), qint64(4) * 1024 * 1024 * 1024);
        return r.ok() && r.bytes == "0123456789" ? 0 : 3;
    }
    QCoreApplication app(argc, argv);
    TestBoundedFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_boundedfile.moc"

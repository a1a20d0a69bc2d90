#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QCoreApplication;

namespace o365
{

class ReportSigner;
class SecretStore;
class Session;

// The report's command line:
//   --export SESSION [--format json|html|pdf ...] [--out PATH] [--stage ID] [--sign]
//   --verify REPORT.json            (exit 0 valid, 1 invalid, 2 unreadable)
// PDF needs a QGuiApplication: main must create one (QT_QPA_PLATFORM=offscreen when there is no
// display) when wantsReportCli() is true; --verify and json/html alone work with a QCoreApplication.
// `withStageAndOut`: also add --stage and --out (false when the application already has them, as
// main.cpp has for --check; the values mean the same here).
void addReportOptions(QCommandLineParser& parser, bool withStageAndOut = true);
bool wantsReportCli(const QStringList& args);
// Runs the report command given on the command line: --verify synchronously, --export in
// `app`'s event loop (it calls app.exec(); call it before any other exec()). Returns the exit code.
// `secrets` holds the signing key (--sign); may be null (signing is then refused).
int runReportCli(QCoreApplication& app, const QCommandLineParser& parser, SecretStore* secrets);

// One --export run, asynchronous (the signing key comes from the keychain). Emits finished(exit code).
class ReportCli : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QString sessionPath;
        QStringList formats;
        QString out;
        QString stage;
        bool sign = false;
        bool force = false;
    };
    explicit ReportCli(SecretStore* secrets, QObject* parent = nullptr);
    void start(const Request& request);

    QString output() const { return m_output; } // what was printed to stdout
    QString errors() const { return m_errors; } // what was printed to stderr

Q_SIGNALS:
    void finished(int exitCode);

private:
    void fail(int code, const QString& message);
    void print(const QString& text);

    SecretStore* m_secrets;
    Request m_request;
    QString m_output;
    QString m_errors;
    Session* m_session = nullptr;
};

} // namespace o365

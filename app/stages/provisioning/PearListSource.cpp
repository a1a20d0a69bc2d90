#include "PearListSource.h"

#include "net/CaptureRecorder.h"

#include "net/ProcessRunner.h"

#include <QRegularExpression>

namespace o365
{

namespace
{

QString stderrExcerpt(const QByteArray& err)
{
    QString text = QString::fromUtf8(err).trimmed();
    if (text.size() > 2000)
        text = text.left(2000) + QStringLiteral("...");
    return text;
}

QString quoteForDisplay(const QString& arg)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./=:@%+,-]+$"));
    if (safe.match(arg).hasMatch())
        return arg;
    QString q = arg;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace

PearListSource::PearListSource(Options options, ProcessRunner* runner, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_runner(runner ? runner : ProcessRunner::system())
{
}

PearListSource::~PearListSource()
{
    m_waiting.clear();
    delete m_runContext; // kills a run still going
}

QString PearListSource::where() const
{
    switch (m_options.source) {
    case Source::Ssh:
        return m_options.user.isEmpty() ? m_options.host : m_options.user + QLatin1Char('@') + m_options.host;
    case Source::Local:
        return tr("this computer");
    case Source::Pasted:
        return tr("the pasted output");
    }
    return {};
}

QString PearListSource::validateHost(const QString& host)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$"));
    static const QRegularExpression ipv6(QStringLiteral("^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[A-Za-z0-9_.-]+)?$"));
    if (host.isEmpty())
        return tr("Enter the Provisioning Gateway Host's name or IP address.");
    if (host.startsWith(QLatin1Char('-')))
        return tr("\"%1\" is not a host name: a host cannot begin with \"-\" (ssh would read it as an option).")
            .arg(host);
    if (!name.match(host).hasMatch() && !ipv6.match(host).hasMatch())
        return tr("\"%1\" is not a host name or IP address: use only letters, digits, \".\", \"-\" and \"_\" (or an "
                  "IPv6 address), without a user name, port, spaces or options.")
            .arg(host);
    return {};
}

QString PearListSource::validateUser(const QString& user)
{
    static const QRegularExpression login(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$"));
    if (user.isEmpty())
        return {}; // ssh's default: the local user name, or the ssh configuration's
    if (!login.match(user).hasMatch())
        return tr("\"%1\" is not a user name: use only letters, digits, \".\", \"-\" and \"_\", not beginning with "
                  "\"-\" or \".\".")
            .arg(user);
    return {};
}

QStringList PearListSource::pearArguments()
{
    return {QStringLiteral("list"), QStringLiteral("-c"), QStringLiteral("pear.php.net")};
}

QStringList PearListSource::sshArguments() const
{
    if (!validateHost(m_options.host).isEmpty() || !validateUser(m_options.user).isEmpty())
        return {};
    QStringList args{QStringLiteral("-T"),
                     QStringLiteral("-o"),
                     QStringLiteral("BatchMode=yes"),
                     QStringLiteral("-o"),
                     QStringLiteral("StrictHostKeyChecking=yes"),
                     QStringLiteral("-o"),
                     QStringLiteral("ConnectTimeout=%1").arg(qMax(1, m_options.connectTimeoutSec))};
    if (!m_options.knownHostsFile.isEmpty())
        args << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + m_options.knownHostsFile;
    if (!m_options.identityFile.isEmpty())
        args << QStringLiteral("-o") << QStringLiteral("IdentitiesOnly=yes") << QStringLiteral("-i")
             << m_options.identityFile;
    if (m_options.port > 0)
        args << QStringLiteral("-p") << QString::number(m_options.port);
    if (!m_options.user.isEmpty())
        args << QStringLiteral("-l") << m_options.user;
    // env TERM=dumb: nothing printed for a terminal (pear's bold headings); -c pear.php.net: the table of
    // that channel whatever the default channel is.
    args << QStringLiteral("--") << m_options.host << QStringLiteral("env") << QStringLiteral("TERM=dumb")
         << QStringLiteral("pear") << pearArguments();
    return args;
}

QString PearListSource::timeoutMessage(int timeoutMs) const
{
    const QString seconds = QString::number(timeoutMs / 1000.0, 'g', 3);
    switch (m_options.source) {
    case Source::Ssh:
        return tr("ssh to %1 did not finish within %2 seconds and was stopped. The host may be unreachable or "
                  "filtered by a firewall, or pear list hangs there: log on to it and run pear list by hand.")
            .arg(where(), seconds);
    case Source::Local:
        return tr("pear list did not finish within %1 seconds on this computer and was stopped.").arg(seconds);
    case Source::Pasted:
        break;
    }
    return tr("No answer within %1 seconds.").arg(seconds);
}

QJsonObject PearListSource::baseEvidence() const
{
    QJsonObject e;
    switch (m_options.source) {
    case Source::Ssh: {
        e.insert(QStringLiteral("source"), QStringLiteral("ssh"));
        e.insert(QStringLiteral("host"), m_options.host);
        if (!m_options.user.isEmpty())
            e.insert(QStringLiteral("user"), m_options.user);
        if (m_options.port > 0)
            e.insert(QStringLiteral("port"), m_options.port);
        QStringList command{m_options.sshProgram};
        for (const QString& a : sshArguments())
            command << quoteForDisplay(a);
        e.insert(QStringLiteral("command"), command.join(QLatin1Char(' ')));
        break;
    }
    case Source::Local:
        e.insert(QStringLiteral("source"), QStringLiteral("local"));
        e.insert(QStringLiteral("command"), m_options.pearProgram + QStringLiteral(" list"));
        break;
    case Source::Pasted:
        e.insert(QStringLiteral("source"), QStringLiteral("pasted"));
        break;
    }
    return e;
}

void PearListSource::fetch(QObject* consumer, Callback done)
{
    connect(consumer, &QObject::destroyed, this, &PearListSource::forget, Qt::UniqueConnection);
    if (m_running) {
        m_waiting.insert(consumer, std::move(done));
        return;
    }
    if (m_result && !m_consumed.contains(consumer) && m_resultAge.elapsed() < MaxResultAgeMs) {
        m_consumed.insert(consumer);
        const Fetch result = *m_result;
        done(result);
        return;
    }
    m_result.reset();
    m_consumed.clear();
    m_waiting.insert(consumer, std::move(done));
    startRun();
}

void PearListSource::cancel(QObject* consumer)
{
    m_waiting.remove(consumer);
    if (m_running && m_waiting.isEmpty()) {
        m_running = false;
        delete m_runContext; // the runner kills the process
        m_runContext = nullptr;
    }
}

void PearListSource::forget(QObject* consumer)
{
    m_consumed.remove(consumer);
    cancel(consumer);
}

void PearListSource::startRun()
{
    QJsonObject evidence = baseEvidence();
    if (m_options.source == Source::Pasted) {
        deliver(fromOutput(m_options.pastedText.toUtf8(), evidence, {}));
        return;
    }
    QString program;
    QStringList args;
    if (m_options.source == Source::Ssh) {
        QString refused = validateHost(m_options.host);
        if (refused.isEmpty())
            refused = validateUser(m_options.user);
        if (!refused.isEmpty()) {
            Fetch f;
            f.message = refused;
            f.evidence = evidence;
            f.evidence.insert(QStringLiteral("refused"), true);
            deliver(f);
            return;
        }
        program = m_options.sshProgram;
        args = sshArguments();
    } else {
        program = m_options.pearProgram;
        args = pearArguments(); // the runner gives every child TERM=dumb
    }
    delete m_runContext;
    m_runContext = new QObject(this);
    m_running = true;
    const int timeoutMs = m_options.timeoutMs;
    QObject* context = m_runContext;
    m_runner->start(program, args, {}, timeoutMs, context,
                    [this, evidence, timeoutMs, context, args](const ProcessRunner::Result& r) mutable {
                        if (context != m_runContext)
                            return; // a run that was dropped
                        m_runContext = nullptr;
                        context->deleteLater();
                        evidence.insert(QStringLiteral("program"), r.program);
                        if (m_options.capture)
                            m_options.capture->recordProcess(r.program, args, r.exitCode, r.standardOutput,
                                                             r.standardError,
                                                             r.timedOut ? QStringLiteral("timed out")
                                                             : r.failedToStart ? r.errorString
                                                             : r.crashed ? QStringLiteral("crashed")
                                                                         : QString());
                        Fetch f;
                        if (r.timedOut) {
                            f.timedOut = true;
                            f.message = timeoutMessage(timeoutMs);
                            f.detail = tr("Killed after %1 ms.").arg(timeoutMs);
                            f.evidence = evidence;
                            f.evidence.insert(QStringLiteral("timedOutAfterMs"), timeoutMs);
                        } else if (r.failedToStart) {
                            f.evidence = evidence;
                            f.detail = r.errorString;
                            f.message = m_options.source == Source::Ssh
                                            ? tr("ssh could not be started on this computer (%1). Install the "
                                                 "OpenSSH client, or run pear list on the host and paste its "
                                                 "output.")
                                                  .arg(r.errorString)
                                            : tr("pear is not installed on this computer, or not on the PATH (%1). "
                                                 "Run pear list on the Provisioning Gateway Host instead.")
                                                  .arg(r.errorString);
                        } else if (r.crashed) {
                            f.evidence = evidence;
                            f.detail = stderrExcerpt(r.standardError);
                            f.message = tr("%1 crashed while running pear list.").arg(r.program);
                        } else if (m_options.source == Source::Ssh) {
                            f = judgeSsh(r.exitCode, r.standardOutput, r.standardError);
                            QJsonObject e = evidence;
                            for (auto it = f.evidence.constBegin(); it != f.evidence.constEnd(); ++it)
                                e.insert(it.key(), it.value());
                            f.evidence = e;
                        } else {
                            evidence.insert(QStringLiteral("exitCode"), r.exitCode);
                            const QString err = stderrExcerpt(r.standardError);
                            if (!err.isEmpty())
                                evidence.insert(QStringLiteral("stderr"), err);
                            if (r.exitCode != 0) {
                                f.evidence = evidence;
                                f.detail = err;
                                f.message = tr("pear list failed on this computer (exit code %1): %2")
                                                .arg(r.exitCode)
                                                .arg(err.isEmpty() ? tr("no error message") : err);
                            } else {
                                f = fromOutput(r.standardOutput, evidence, err);
                            }
                        }
                        if (r.truncated)
                            f.evidence.insert(QStringLiteral("outputTruncated"), true);
                        deliver(f);
                    });
}

PearListSource::Fetch PearListSource::judgeSsh(int exitCode, const QByteArray& out, const QByteArray& err) const
{
    const QString text = QString::fromUtf8(err);
    const QString excerpt = stderrExcerpt(err);
    const QString host = m_options.host;
    QJsonObject evidence{{QStringLiteral("exitCode"), exitCode}};
    if (!excerpt.isEmpty())
        evidence.insert(QStringLiteral("stderr"), excerpt);
    Fetch f;
    f.detail = excerpt;
    auto fail = [&](const QString& kind, const QString& message) {
        f.message = message;
        evidence.insert(QStringLiteral("failure"), kind);
        f.evidence = evidence;
        return f;
    };
    auto has = [&](const char* s) { return text.contains(QLatin1String(s), Qt::CaseInsensitive); };
    if (exitCode == 255) {
        if (has("Could not resolve hostname"))
            return fail(QStringLiteral("unknownHost"),
                        tr("%1 is not known to DNS as seen from this computer (ssh: Could not resolve hostname). "
                           "Check the spelling, or enter the host's IP address.")
                            .arg(host));
        if (has("Connection refused"))
            return fail(QStringLiteral("connectionRefused"),
                        tr("%1 refused the connection: no SSH server listens on that port. Check the port, and "
                           "that sshd runs on the Provisioning Gateway Host.")
                            .arg(host));
        if (has("timed out"))
            return fail(QStringLiteral("connectTimeout"),
                        tr("The connection to %1 timed out: the host is down, or a firewall drops SSH from this "
                           "computer.")
                            .arg(host));
        if (has("No route to host") || has("Network is unreachable"))
            return fail(QStringLiteral("unreachable"),
                        tr("%1 cannot be reached from this computer (no route to host). Check the network path or "
                           "VPN.")
                            .arg(host));
        if (has("REMOTE HOST IDENTIFICATION HAS CHANGED"))
            return fail(QStringLiteral("hostKeyChanged"),
                        tr("The host key of %1 has CHANGED since this computer last connected: this may be a "
                           "reinstalled host, or someone intercepting the connection. Confirm the new key with the "
                           "host's administrator before removing the old one (ssh-keygen -R %1).")
                            .arg(host));
        if (has("Host key verification failed"))
            return fail(QStringLiteral("hostKeyUnknown"),
                        tr("The host key of %1 is not known to this computer, and the wizard never accepts an "
                           "unknown key. Connect once from a terminal (ssh %2), compare the fingerprint with the "
                           "host's administrator, accept it, then re-run.")
                            .arg(host, where()));
        if (has("Permission denied"))
            return fail(QStringLiteral("authRefused"),
                        tr("%1 refused to log in %2 with this computer's SSH keys (Permission denied). The wizard "
                           "never asks for a password: load a key into ssh-agent or add this computer's public key "
                           "to the user's authorized_keys, then re-run.")
                            .arg(host, m_options.user.isEmpty() ? tr("the default user") : m_options.user));
        return fail(QStringLiteral("ssh"),
                    tr("ssh to %1 failed: %2").arg(where(), excerpt.isEmpty() ? tr("no error message") : excerpt));
    }
    if (exitCode == 127 || (exitCode != 0 && (has("command not found") || has("pear: not found")))) {
        return fail(QStringLiteral("pearNotFound"),
                    tr("pear is not installed on %1, or not on the PATH of a non-interactive login (pear: command "
                       "not found). Install PEAR there: wget http://pear.php.net/go-pear.phar and php "
                       "go-pear.phar (or the distribution's php-pear package), then run pear install HTTP_Request2.")
                        .arg(host));
    }
    if (exitCode != 0)
        return fail(QStringLiteral("pearFailed"), tr("pear list failed on %1 (exit code %2): %3")
                                                      .arg(host)
                                                      .arg(exitCode)
                                                      .arg(excerpt.isEmpty() ? tr("no error message") : excerpt));
    return fromOutput(out, evidence, excerpt);
}

PearListSource::Fetch PearListSource::fromOutput(const QByteArray& out, QJsonObject evidence,
                                                 const QString& detail) const
{
    Fetch f;
    f.list = PearList::parse(QString::fromUtf8(out));
    f.detail = detail;
    if (f.list.ok) {
        f.ok = true;
        evidence.insert(QStringLiteral("pearList"), f.list.toJson());
    } else {
        f.message = f.list.message;
        QString raw = QString::fromUtf8(out);
        if (raw.size() > 2000)
            raw = raw.left(2000) + QStringLiteral("...");
        evidence.insert(QStringLiteral("output"), raw);
    }
    f.evidence = evidence;
    return f;
}

void PearListSource::deliver(const Fetch& fetch)
{
    m_running = false;
    m_result = fetch;
    m_resultAge.start();
    const QHash<QObject*, Callback> waiting = std::exchange(m_waiting, {});
    for (auto it = waiting.constBegin(); it != waiting.constEnd(); ++it) {
        m_consumed.insert(it.key());
        if (it.value())
            it.value()(fetch);
    }
}

} // namespace o365

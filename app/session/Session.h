#pragma once

#include "session/CheckResult.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

namespace o365 {

class Clock;

// Who confirmed a step, and when.
struct Confirmation
{
    bool confirmed = false;
    QString by;
    QDateTime at;
};

// A step passed over on purpose, with the engineer's written reason.
struct StepOverride
{
    // What the wizard asks for before it records an override: enough to say why and who agreed
    // ("x" over a failed certificate check tells a reviewer nothing). Sessions read from a file keep
    // whatever they hold.
    static constexpr int MinimumJustification = 15;
    QString justification;
    QString by;
    QDateTime at;
    bool isActive() const { return !justification.trimmed().isEmpty(); }
};

// Everything recorded for one KB step in one scope.
struct StepRecord
{
    Confirmation confirmation;
    QString note;
    QMap<QString, QString> values; // inputs, keyed by StepInput::key
    StepOverride override_;
    QList<CheckResult> checks; // latest result per check id

    bool isEmpty() const;
};

struct GatewayApplication
{
    QString id;    // stable within the session: "gw1", "gw2", …
    QString label; // shown on the tab; defaults to the application name once known
};

// A certificate the engineer accepted for one host after checking its SHA-256 fingerprint.
struct CertificateException
{
    QString sha256; // "AB:CD:…"
    QString subject;
    QStringList problems; // why it was not trusted
    QString by;
    QDateTime at;
};

// The engineer's consent that the PA API password goes to one host over plain http (unencrypted).
struct PlainHttpAcknowledgement
{
    QString by;
    QDateTime at;
};

struct StageSkip
{
    bool skipped = false;
    QString reason;
    QDateTime at;
};

// One upgrade: every input, confirmation, note, check result and override.
// Every change emits changed(); the AutoSaver writes it to disk (SessionJson is its file form).
//
// Scopes: a step's record lives in a scope, "start", "dispatcher", "provisioning",
// "paapp", "features", "signoff", or "gateway/<id>" for each gateway application.
class Session : public QObject
{
    Q_OBJECT
public:

    // Start-page fields (keys are stable; documented in docs/session-format.md).
    static QString fieldCustomer() { return QStringLiteral("customer"); }
    static QString fieldCase() { return QStringLiteral("caseId"); }
    static QString fieldEngineer() { return QStringLiteral("engineer"); }
    static QString fieldPaVersion() { return QStringLiteral("paVersion"); }
    static QString fieldInstalledVersion() { return QStringLiteral("installedVersion"); }
    static QString fieldTargetVersion() { return QStringLiteral("targetVersion"); }
    static QString fieldTopology() { return QStringLiteral("topology"); } // "separate" | "single"
    static QString fieldSyncScript() { return QStringLiteral("syncScript"); } // "yes" | "no"
    static QString fieldPackageFile() { return QStringLiteral("packageFile"); }
    // Provisioning Gateway Host: how `pear list` is obtained ("ssh", "local" or "paste").
    static QString fieldPearSource() { return QStringLiteral("pearSource"); }
    static QString fieldProvisioningHost() { return QStringLiteral("provisioningHost"); }
    static QString fieldProvisioningUser() { return QStringLiteral("provisioningUser"); }
    static QString fieldProvisioningPort() { return QStringLiteral("provisioningPort"); }
    static QString fieldPackageSha256() { return QStringLiteral("packageSha256"); }
    static QString fieldPackageVersion() { return QStringLiteral("packageVersion"); }
    // PA public API: its address (https://pa.example.com:8440/RPC2), the login, and the ID of the
    // Office 365 application in PA. The password is never here: it lives in the SecretStore under
    // PaCredentials::secretKey() ("pa-api/<login>@<host>").
    static QString fieldPaApiUrl() { return QStringLiteral("paApiUrl"); }
    static QString fieldPaApiLogin() { return QStringLiteral("paApiLogin"); }
    static QString fieldPaAppId() { return QStringLiteral("paAppId"); }
    // Training sessions: the scenario the lab plays (a built-in id or a file path).
    static QString fieldTrainingScenario() { return QStringLiteral("trainingScenario"); }
    static QString fieldTrainingTitle() { return QStringLiteral("trainingTitle"); }
    static QString fieldTrainingNotice() { return QStringLiteral("trainingNotice"); }
    static QString fieldTrainingFaults() { return QStringLiteral("trainingFaults"); } // one per line

    static QString topologySingle() { return QStringLiteral("single"); }
    static QString topologySeparate() { return QStringLiteral("separate"); }

    explicit Session(Clock* clock = nullptr, QObject* parent = nullptr);

    QString id() const { return m_id; }
    QDateTime createdAt() const { return m_createdAt; }
    QDateTime updatedAt() const { return m_updatedAt; }
    Clock* clock() const { return m_clock; }

    bool isTraining() const { return m_training; }
    void setTraining(bool training);
    bool isFinished() const { return m_finished; }
    void setFinished(bool finished);
    QString lastPage() const { return m_lastPage; }
    void setLastPage(const QString& stageKey);

    QString field(const QString& key) const { return m_fields.value(key); }
    void setField(const QString& key, const QString& value);
    const QMap<QString, QString>& fields() const { return m_fields; }
    bool singleGatewayTopology() const { return field(fieldTopology()) == topologySingle(); }

    // Gateway applications (at least one, at most MaxGatewayApplications). A real installation has
    // a few; each is a page of steps in the window (about 2 MB), so hundreds would take the window
    // to gigabytes. Past the limit, a second session takes the rest.
    static constexpr int MaxGatewayApplications = 50;
    const QList<GatewayApplication>& gatewayApplications() const { return m_gateways; }
    // The new application's id; empty (nothing added) when the session has MaxGatewayApplications.
    QString addGatewayApplication();
    bool removeGatewayApplication(const QString& id);
    void setGatewayLabel(const QString& id, const QString& label);
    static QString gatewayScope(const QString& gatewayId) { return QStringLiteral("gateway/") + gatewayId; }

    // Stage skips (the Callbacks-Dispatcher stage for the single-gateway topology).
    StageSkip stageSkip(const QString& stageKey) const { return m_skips.value(stageKey); }

    // Certificate exceptions, per host (lower case).
    const QMap<QString, CertificateException>& certificateExceptions() const { return m_certExceptions; }
    QString acceptedFingerprint(const QString& host) const { return m_certExceptions.value(host.toLower()).sha256; }
    void acceptCertificate(const QString& host, const QString& sha256, const QString& subject, const QStringList& problems);
    void revokeCertificate(const QString& host);

    // Plain-http acknowledgements for the PA API, per host (lower case).
    const QMap<QString, PlainHttpAcknowledgement>& plainHttpAcknowledgements() const { return m_plainHttp; }
    bool plainHttpAcknowledged(const QString& host) const { return m_plainHttp.contains(host.toLower()); }
    void acknowledgePlainHttp(const QString& host);
    void withdrawPlainHttp(const QString& host);

    // Step records.
    StepRecord record(const QString& scope, const QString& stepId) const;
    const QMap<QString, QMap<QString, StepRecord>>& records() const { return m_records; }
    void setConfirmed(const QString& scope, const QString& stepId, bool confirmed);
    void setNote(const QString& scope, const QString& stepId, const QString& note);
    void setValue(const QString& scope, const QString& stepId, const QString& key, const QString& value);
    void setOverride(const QString& scope, const QString& stepId, const QString& justification);
    void setCheckResult(const QString& scope, const QString& stepId, const CheckResult& result);

Q_SIGNALS:
    void changed();
    void recordChanged(const QString& scope, const QString& stepId);
    void fieldChanged(const QString& key);
    void gatewayApplicationsChanged();
    void certificateExceptionsChanged();
    void plainHttpAcknowledgementsChanged();

private:
    friend class SessionJson; // reads and writes the whole state, the file format in one place

    StepRecord& mutableRecord(const QString& scope, const QString& stepId);
    void touch();
    void updateDispatcherSkip();

    Clock* m_clock;
    QString m_id;
    QDateTime m_createdAt;
    QDateTime m_updatedAt;
    bool m_training = false;
    bool m_finished = false;
    QString m_lastPage;
    QMap<QString, QString> m_fields;
    QList<GatewayApplication> m_gateways;
    int m_nextGateway = 1;
    QMap<QString, StageSkip> m_skips;
    QMap<QString, CertificateException> m_certExceptions;
    QMap<QString, PlainHttpAcknowledgement> m_plainHttp;
    QMap<QString, QMap<QString, StepRecord>> m_records;
};

} // namespace o365

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace o365 {

// One training scenario: the simulated installation the lab plays and what the trainee should
// notice. Scenarios are JSON files (format: docs/training-scenarios.md); the built-in ones are
// resources at :/training/<id>.json, and a trainer can load another with --training PATH.
struct TrainingScenario
{
    Q_DECLARE_TR_FUNCTIONS(TrainingScenario)
public:
    // One IIS application on a lab host (a gateway application or the Callbacks Dispatcher).
    struct WebApplication {
        QString host;        // lab host name, e.g. gw1.lab.example
        QString application; // IIS application name, e.g. O365Gateway
        QStringList files;   // files the application answers (HTTPEndpoint.aspx, SubscriptionEvents.svc, …)
        QString certificate = QStringLiteral("valid"); // valid | expired | wrong-host
        QString dns = QStringLiteral("ok");            // ok | nxdomain
        bool hang = false;                             // accepts, never answers
    };
    struct Instance {
        int id = 0;
        QString packageVersion;
        QString status;
    };
    // An expected check outcome: in `scope` (start, gateway/gw1, dispatcher, provisioning, paapp)
    // the check `check` ends with `status` (passed, warning, failed, skipped).
    struct Expectation {
        QString scope;
        QString check;
        QString status;
    };

    QString id;      // file name without .json
    QString title;   // one line, shown in the scenario list
    QString summary; // one line: what the lab is
    QString notice;  // what the trainee should notice
    QStringList faults; // short names of the faults present (empty on the happy path)

    // Start page
    QString customer = QStringLiteral("Training lab");
    QString paVersion;        // what the engineer reads in the control panel
    QString installedVersion; // of the Office 365 application
    QString targetVersion;
    bool singleGateway = false;
    bool syncScript = false;

    QList<WebApplication> gateways; // at least one
    WebApplication dispatcher;      // unused with singleGateway

    QString provisioningHost = QStringLiteral("pgh.lab.example");
    QString provisioningUser = QStringLiteral("root");
    QString pearList; // what `pear list` prints there

    // PA public API
    QString paApiVersion; // what the statistics report says (defaults to paVersion)
    bool paAllowed = true; // false: PA resets every connection (this computer is not in its Allowed Networks)
    int appId = 7;
    QList<Instance> instances;
    bool autoprovide = true;
    bool emptyServiceSet = false;     // an "Empty Service Set" resource type exists
    QString emptyServiceSetOffers;    // its Included Offers and Trial Offer ID
    QString mosiUrlSetting;           // "URL for MOSI Connector" in the instance settings

    QList<Expectation> expectations;
    // A support bundle replayed (--training FILE.zip): the expectations are the captured run's results,
    // and a check the capture did not run is not judged (the capture holds nothing for it).
    bool replay = false;

    // Parses and validates; on error returns false with *error naming the field.
    static bool fromJson(const QJsonObject& o, const QString& id, TrainingScenario* out, QString* error);
    // A built-in id ("happy-path") or a path to a .json file.
    static bool load(const QString& idOrPath, TrainingScenario* out, QString* error);
    static QStringList builtInIds(); // in the order they are listed to trainees
    static QString defaultId() { return QStringLiteral("happy-path"); }

    // The URL for MOSI Connector of a gateway application / the dispatcher URL of the agreement.
    static QString mosiUrl(const WebApplication& app);
    static QString dispatcherUrl(const WebApplication& app);
    QString paApiUrl() const { return QStringLiteral("https://pa.lab.example:8440/RPC2"); }
    static QString paApiHost() { return QStringLiteral("pa.lab.example"); }
    static int paApiPort() { return 8440; }
    static QString paApiLogin() { return QStringLiteral("lab-admin"); }
};

} // namespace o365

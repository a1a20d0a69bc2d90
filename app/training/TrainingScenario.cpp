#include "TrainingScenario.h"

#include "core/BoundedFile.h"
#include "session/Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace o365 {

namespace {

const QStringList& knownStatuses()
{
    static const QStringList s{QStringLiteral("passed"), QStringLiteral("warning"), QStringLiteral("failed"),
                               QStringLiteral("skipped")};
    return s;
}

bool isLabHost(const QString& host)
{
    static const QRegularExpression re(QStringLiteral(R"(^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$)"));
    return re.match(host).hasMatch();
}

bool readApplication(const QJsonObject& o, const QString& where, bool gateway, TrainingScenario::WebApplication* app,
                     QString* error)
{
    app->host = o.value(QStringLiteral("host")).toString().trimmed().toLower();
    app->application = o.value(QStringLiteral("application")).toString().trimmed();
    if (!isLabHost(app->host)) {
        *error = TrainingScenario::tr("%1: \"host\" must be a host name such as gw1.lab.example.").arg(where);
        return false;
    }
    static const QRegularExpression appName(QStringLiteral(R"(^[A-Za-z0-9_.-]+$)"));
    if (!appName.match(app->application).hasMatch()) {
        *error = TrainingScenario::tr("%1: \"application\" must be an IIS application name (letters, digits, - _ .).")
                     .arg(where);
        return false;
    }
    const QJsonValue files = o.value(QStringLiteral("files"));
    if (files.isUndefined()) {
        app->files = gateway ? QStringList{QStringLiteral("HTTPEndpoint.aspx"), QStringLiteral("SubscriptionEvents.svc")}
                             : QStringList{QStringLiteral("Callbacks.svc")};
    } else {
        if (!files.isArray()) {
            *error = TrainingScenario::tr("%1: \"files\" must be a list of file names.").arg(where);
            return false;
        }
        for (const QJsonValue& f : files.toArray())
            app->files << f.toString();
    }
    app->certificate = o.value(QStringLiteral("certificate")).toString(QStringLiteral("valid"));
    if (!QStringList{QStringLiteral("valid"), QStringLiteral("expired"), QStringLiteral("wrong-host")}.contains(
            app->certificate)) {
        *error = TrainingScenario::tr("%1: \"certificate\" must be valid, expired or wrong-host.").arg(where);
        return false;
    }
    app->dns = o.value(QStringLiteral("dns")).toString(QStringLiteral("ok"));
    if (app->dns != QLatin1String("ok") && app->dns != QLatin1String("nxdomain")) {
        *error = TrainingScenario::tr("%1: \"dns\" must be ok or nxdomain.").arg(where);
        return false;
    }
    app->hang = o.value(QStringLiteral("hang")).toBool(false);
    return true;
}

// A text the lab cannot play: a control character other than tab and line breaks, or what is not a
// character at all (a lone surrogate, U+FFFE/U+FFFF). The lab sends the scenario's texts as XML-RPC,
// IIS output and `pear list` output, and XML cannot carry these. Returns the path of the first one.
QString unplayableText(const QJsonValue& v, const QString& path)
{
    if (v.isString()) {
        const QString text = v.toString();
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            const ushort u = c.unicode();
            if ((u < 0x20 && u != 0x9 && u != 0xA && u != 0xD) || c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
                return path;
        }
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString inner = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (const QString bad = unplayableText(QJsonValue(it.key()), inner); !bad.isEmpty())
                return bad;
            if (const QString bad = unplayableText(it.value(), inner); !bad.isEmpty())
                return bad;
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (const QString bad = unplayableText(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)); !bad.isEmpty())
                return bad;
    }
    return {};
}

QString requiredString(const QJsonObject& o, const char* key, QString* error)
{
    const QString v = o.value(QLatin1String(key)).toString().trimmed();
    if (v.isEmpty() && error->isEmpty())
        *error = TrainingScenario::tr("\"%1\" is missing or empty.").arg(QLatin1String(key));
    return v;
}

} // namespace

bool TrainingScenario::fromJson(const QJsonObject& o, const QString& id, TrainingScenario* out, QString* error)
{
    if (const QString bad = unplayableText(o, {}); !bad.isEmpty()) {
        *error = tr("\"%1\" holds a control character (other than tab or a line break) or an invalid character: "
                    "the lab could not play it.")
                     .arg(bad);
        return false;
    }
    TrainingScenario s;
    QString e;
    s.id = id;
    s.title = requiredString(o, "title", &e);
    s.summary = requiredString(o, "summary", &e);
    s.notice = requiredString(o, "notice", &e);
    for (const QJsonValue& f : o.value(QStringLiteral("faults")).toArray())
        s.faults << f.toString();
    const QJsonObject start = o.value(QStringLiteral("start")).toObject();
    s.customer = start.value(QStringLiteral("customer")).toString(s.customer);
    s.paVersion = requiredString(start, "paVersion", &e);
    s.installedVersion = requiredString(start, "installedVersion", &e);
    s.targetVersion = requiredString(start, "targetVersion", &e);
    s.singleGateway = start.value(QStringLiteral("topology")).toString() == QLatin1String("single");
    s.syncScript = start.value(QStringLiteral("syncScript")).toBool(false);
    if (!e.isEmpty()) {
        *error = e;
        return false;
    }

    const QJsonArray gateways = o.value(QStringLiteral("gateways")).toArray();
    if (gateways.isEmpty()) {
        *error = tr("\"gateways\" must list at least one gateway application.");
        return false;
    }
    if (gateways.size() > Session::MaxGatewayApplications) {
        *error = tr("\"gateways\" lists %1 gateway applications; a session holds at most %2.")
                     .arg(gateways.size())
                     .arg(Session::MaxGatewayApplications);
        return false;
    }
    for (int i = 0; i < gateways.size(); ++i) {
        WebApplication app;
        if (!readApplication(gateways.at(i).toObject(), tr("gateways[%1]").arg(i), true, &app, error))
            return false;
        s.gateways << app;
    }
    if (!s.singleGateway &&
        !readApplication(o.value(QStringLiteral("dispatcher")).toObject(), QStringLiteral("dispatcher"), false,
                         &s.dispatcher, error))
        return false;

    const QJsonObject pgh = o.value(QStringLiteral("provisioningHost")).toObject();
    s.provisioningHost = pgh.value(QStringLiteral("host")).toString(s.provisioningHost).toLower();
    s.provisioningUser = pgh.value(QStringLiteral("user")).toString(s.provisioningUser);
    const QJsonValue pear = pgh.value(QStringLiteral("pearList"));
    s.pearList = pear.isArray() ? [&] {
        QStringList lines;
        for (const QJsonValue& l : pear.toArray())
            lines << l.toString();
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }()
                                : pear.toString();
    if (s.pearList.trimmed().isEmpty()) {
        *error = tr("\"provisioningHost.pearList\" must hold what `pear list` prints there.");
        return false;
    }

    const QJsonObject pa = o.value(QStringLiteral("pa")).toObject();
    s.paApiVersion = pa.value(QStringLiteral("version")).toString(s.paVersion);
    s.appId = pa.value(QStringLiteral("appId")).toInt(7);
    s.paAllowed = pa.value(QStringLiteral("allowed")).toBool(true);
    for (const QJsonValue& v : pa.value(QStringLiteral("instances")).toArray()) {
        const QJsonObject io = v.toObject();
        Instance inst;
        inst.id = io.value(QStringLiteral("id")).toInt();
        inst.packageVersion = io.value(QStringLiteral("packageVersion")).toString();
        inst.status = io.value(QStringLiteral("status")).toString(QStringLiteral("Ready"));
        if (inst.id <= 0) {
            *error = tr("\"pa.instances\": every instance needs a positive \"id\".");
            return false;
        }
        s.instances << inst;
    }
    s.autoprovide = pa.value(QStringLiteral("autoprovide")).toBool(true);
    s.emptyServiceSet = pa.value(QStringLiteral("emptyServiceSet")).toBool(false);
    s.emptyServiceSetOffers =
        pa.value(QStringLiteral("emptyServiceSetOffers")).toString(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    s.mosiUrlSetting = pa.value(QStringLiteral("mosiUrlSetting")).toString(mosiUrl(s.gateways.first()));

    for (const QJsonValue& v : o.value(QStringLiteral("expect")).toArray()) {
        const QJsonObject eo = v.toObject();
        Expectation x{eo.value(QStringLiteral("scope")).toString(), eo.value(QStringLiteral("check")).toString(),
                      eo.value(QStringLiteral("status")).toString()};
        if (x.scope.isEmpty() || x.check.isEmpty() || !knownStatuses().contains(x.status)) {
            *error = tr("\"expect\": each entry needs \"scope\", \"check\" and a \"status\" of %1.")
                         .arg(knownStatuses().join(QStringLiteral(", ")));
            return false;
        }
        s.expectations << x;
    }
    *out = s;
    return true;
}

bool TrainingScenario::load(const QString& idOrPath, TrainingScenario* out, QString* error)
{
    const bool isPath = idOrPath.contains(QLatin1Char('/')) || idOrPath.endsWith(QLatin1String(".json"));
    const QString path = isPath ? idOrPath : QStringLiteral(":/training/%1.json").arg(idOrPath);
    QByteArray bytes;
    if (isPath) {
        // A scenario file from a trainer: a regular file of at most 1 MB (a larger one is refused as
        // such, not cut and then reported as broken JSON).
        const BoundedFile::Result file = BoundedFile::read(path, 1024 * 1024);
        if (!file.ok()) {
            *error = tr("Cannot read the scenario file %1: %2").arg(idOrPath, file.message);
            return false;
        }
        bytes = file.bytes;
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("There is no training scenario \"%1\". The scenarios are: %2.")
                         .arg(idOrPath, builtInIds().join(QStringLiteral(", ")));
            return false;
        }
        bytes = f.readAll();
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (!doc.isObject()) {
        *error = tr("The scenario %1 is not a JSON object: %2 (at byte %3).")
                     .arg(idOrPath, pe.error == QJsonParseError::NoError ? tr("wrong type") : pe.errorString())
                     .arg(pe.offset);
        return false;
    }
    QString why;
    if (!fromJson(doc.object(), QFileInfo(path).completeBaseName(), out, &why)) {
        *error = tr("The scenario %1 is not usable: %2").arg(idOrPath, why);
        return false;
    }
    return true;
}

QStringList TrainingScenario::builtInIds()
{
    // The listing order: the happy path first, then the faults in the order of the procedure.
    QFile index(QStringLiteral(":/training/index.txt"));
    QStringList ids;
    if (index.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : index.readAll().split('\n')) {
            const QString id = QString::fromUtf8(line).trimmed();
            if (!id.isEmpty() && !id.startsWith(QLatin1Char('#')))
                ids << id;
        }
    }
    return ids;
}

QString TrainingScenario::mosiUrl(const WebApplication& app)
{
    return QStringLiteral("https://%1/%2/HTTPEndpoint.aspx").arg(app.host, app.application);
}

QString TrainingScenario::dispatcherUrl(const WebApplication& app)
{
    return QStringLiteral("https://%1/%2/").arg(app.host, app.application);
}

} // namespace o365

#pragma once

#include "session/CheckResult.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace o365
{

class Session;

// The report's model: everything the engineer did in one session, in catalogue order, with
// texts already translated and times as ISO 8601 strings (so that it round-trips through
// JSON exactly). Built from a Session (fromSession) or read back from a report's JSON
// (ReportJson::fromBytes).
struct ReportHeader {
    QString customer;
    QString caseId;
    QString engineer;
    QString paVersion;
    QString installedVersion;
    QString targetVersion;
    QString packageFile;
    QString packageSha256;
    QString packageVersion;
    QString topology; // "separate" | "single"
    QString syncScript;
    QString articleId;
    QString toolVersion;
    QString sessionId;
    QString createdAt;
    QString updatedAt;
    QString timeZone; // of the session's timestamps, e.g. "UTC+01:00"
    bool training = false;
    bool finished = false;
    // The session's log as it was when the report was made: its file name and SHA-256.
    QString logFile;
    QString logSha256;
};

struct ReportStep {
    QString id;
    QString number;
    QString role;  // "numbered", "subStep", "important", "note", "text"
    QString kind;  // "information", "manualConfirmation", "input", "automatedCheck"
    QString text;  // translated
    QString state; // toString(StepState)
    QString notApplicableReason;
    bool confirmed = false;
    QString confirmedBy;
    QString confirmedAt;
    QString note;
    QMap<QString, QString> values;
    QString overrideJustification;
    QString overrideBy;
    QString overrideAt;
    QList<CheckResult> checks;
    bool hasCommand = false;
    QString command;
    QStringList commandErrors;
};

struct ReportScope {
    QString scope; // "start", "gateway/gw1", …
    QString label; // "Gateway application gw1 — O365Gateway"; the stage title otherwise
    QList<ReportStep> steps;
};

struct ReportStage {
    QString key;
    QString title;
    QString kbSection;
    bool skipped = false;
    QString skipReason;
    QString skippedAt;
    QList<ReportScope> scopes;
};

struct ReportCertificateException {
    QString host;
    QString sha256;
    QString subject;
    QStringList problems;
    QString by;
    QString at;
};

// The engineer agreed that the PA API password went to this host over plain http.
struct ReportPlainHttpAcknowledgement {
    QString host;
    QString by;
    QString at;
};

struct ReportFeature {
    QString id;
    QString version;
    QString feature;
    QString instruction;
    QString status; // "deployed", "deferred", "open"
    QString by;
    QString at;
    QString reason; // why deferred
    QString note;
};

struct ReportSignOff {
    bool confirmed = false;
    QString by;
    QString at;
    QString note;
};

struct Report {
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    static QString formatName() { return QStringLiteral("o365-upgrade-wizard/report"); }
    static constexpr int SchemaVersion = 1;

    ReportHeader header;
    QString stageFilter; // empty: the whole session; else the one stage this report covers
    QList<ReportStage> stages;
    QList<ReportCertificateException> certificateExceptions;
    QList<ReportPlainHttpAcknowledgement> plainHttpAcknowledgements;
    bool includesFeatures = true;
    QList<ReportFeature> features;
    bool includesSignOff = true;
    ReportSignOff signOff;

    // The whole session, or only the stage `stageKey` (see ProcedureCatalogue::stageKey).
    // An unknown stage key gives a report with no stage and *error set.
    static Report fromSession(const Session& session, const QString& stageKey = {}, QString* error = nullptr);

    // Who signed and when, as the verifier prints it: the sign-off, else the last change.
    QString signedAt() const { return signOff.at.isEmpty() ? header.updatedAt : signOff.at; }
    // Every stage title, for checks that a format shows them all.
    QStringList stageTitles() const;
};

// How a report is sealed: the SHA-256 of its JSON bytes and the signing key's fingerprint,
// shown in HTML and PDF. An empty fingerprint means "not signed" (with the reason, if any).
struct ReportSeal {
    QString jsonSha256;
    QString fingerprint;
    QString notSignedReason;
    bool isSigned() const { return !fingerprint.isEmpty(); }
};

} // namespace o365

#include "SignOffPage.h"

#include "kb/ProcedureCatalogue.h"
#include "session/Session.h"
#include "net/NetworkContext.h"
#include "report/ReportExportJob.h"
#include "kb/StepState.h"
#include "procedure/Procedure.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QWizard>

#include "core/SessionLog.h"
#include "training/TrainingSummary.h"
#include "dialogs/PublicKeyDialog.h"
#include "stages/gateway/GatewayStage.h"
#include "widgets/StepListWidget.h"
#include "widgets/WrapLabel.h"

#include <QUrl>

namespace o365 {

SignOffPage::SignOffPage(Session* session, const NetworkContext* net, QWidget* parent)
    : StagePage(ProcedureCatalogue::instance().stage(StageId::SignOff), session, parent), m_net(net)
{
    setSubTitle(tr("Check the summary, confirm, then sign off: the report is saved, signed, when you do."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Sign off and save the report"));
    m_summary = new WrapLabel(this);
    m_summary->setObjectName(QStringLiteral("signoffSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::RichText);
    body()->addWidget(m_summary);
    if (session->isTraining()) {
        auto* box = new QGroupBox(tr("Training summary"), this);
        auto* boxLayout = new QVBoxLayout(box);
        m_trainingSummary = new WrapLabel(box);
        m_trainingSummary->setObjectName(QStringLiteral("trainingSummary"));
        m_trainingSummary->setTextFormat(Qt::RichText);
        m_trainingSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        boxLayout->addWidget(m_trainingSummary);
        body()->addWidget(box);
    }
    // The session's log, beside the session file (its SHA-256 goes into the report).
    const QString log = SessionLog::path();
    if (!log.isEmpty()) {
        auto* logLink = new QLabel(tr("Session log: <a href=\"%1\">%2</a>")
                                       .arg(QUrl::fromLocalFile(log).toString().toHtmlEscaped(), log.toHtmlEscaped()),
                                   this);
        logLink->setObjectName(QStringLiteral("sessionLogLink"));
        logLink->setTextFormat(Qt::RichText);
        logLink->setOpenExternalLinks(true);
        logLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
        logLink->setAccessibleName(tr("Open the session log"));
        body()->addWidget(logLink);
    }
    m_confirm = new QCheckBox(tr("&I, the engineer named on the Start page, confirm that the upgrade was carried out as "
                                 "recorded above."),
                              this);
    m_confirm->setObjectName(QStringLiteral("signoffConfirm"));
    body()->addWidget(m_confirm);

    auto* reportBox = new QGroupBox(tr("Report"), this);
    auto* reportLayout = new QVBoxLayout(reportBox);
    m_sign = new QCheckBox(tr("Si&gn it with my key (kept in the keychain; created the first time)"), reportBox);
    m_sign->setObjectName(QStringLiteral("signReport"));
    m_sign->setChecked(true);
    m_export = new QPushButton(tr("&Export a draft now (JSON, HTML, PDF)…"), reportBox);
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_exportResult = new WrapLabel(reportBox);
    m_exportResult->setObjectName(QStringLiteral("exportResult"));
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportResult->setTextFormat(Qt::PlainText);
    // The public half of the signing key, for the team's trusted-keys file: without it, a report
    // verifies only as "signed by a key that is not trusted".
    m_publicKey = new QPushButton(tr("Show my &public key…"), reportBox);
    m_publicKey->setObjectName(QStringLiteral("showPublicKey"));
    m_publicKey->setToolTip(tr("The line and fingerprint your team lead adds to the team's trusted-keys file"));
    m_publicKey->setAccessibleName(tr("Show my public key for the trusted-keys file"));
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_export);
    buttonRow->addWidget(m_publicKey);
    buttonRow->addStretch(1);
    reportLayout->addWidget(m_sign);
    reportLayout->addLayout(buttonRow);
    reportLayout->addWidget(m_exportResult);
    body()->addWidget(reportBox);
    body()->addStretch(1);
    connect(m_export, &QPushButton::clicked, this, [this] { exportReport(false); });
    connect(m_publicKey, &QPushButton::clicked, this, [this] {
        auto* dialog = new PublicKeyDialog(m_net ? m_net->secrets : nullptr,
                                           this->session()->field(Session::fieldEngineer()), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_confirm, &QCheckBox::toggled, this, [this](bool on) {
        this->session()->setConfirmed(scope(), stepId(), on);
        Q_EMIT completeChanged();
    });
}

void SignOffPage::initializePage()
{
    m_summary->setText(summaryHtml());
    if (m_trainingSummary)
        m_trainingSummary->setText(TrainingSummary::toHtml(*session()));
    const QSignalBlocker block(m_confirm);
    m_confirm->setChecked(session()->record(scope(), stepId()).confirmation.confirmed);
}

bool SignOffPage::isComplete() const { return m_confirm->isChecked() && !m_exporting; }

bool SignOffPage::validatePage()
{
    if (m_saved)
        return true;
    if (!m_exporting)
        exportReport(true); // asynchronous: its end goes on to the Done page
    return false;
}

void SignOffPage::exportReport(bool signOff)
{
    const QString folder = reportFolderChooser()(this);
    if (folder.isEmpty()) {
        if (signOff)
            m_exportResult->setText(tr("Not signed off: choose the folder the report is saved to."));
        return;
    }
    m_exporting = true;
    Q_EMIT completeChanged();
    m_export->setEnabled(false);
    m_sign->setEnabled(false);
    m_confirm->setEnabled(false);
    if (signOff)
        session()->setFinished(true); // the report says so
    m_exportResult->setText(signOff ? tr("Signing off: writing the report…") : tr("Exporting…"));
    auto* job = new ReportExportJob(session(), m_net ? m_net->secrets : nullptr, this);
    const bool sign = m_sign->isChecked();
    connect(job, &ReportExportJob::finished, this, [this, job, signOff, sign](const ReportExportJob::Outcome& o) {
        job->deleteLater();
        m_exporting = false;
        m_export->setEnabled(true);
        m_sign->setEnabled(true);
        m_confirm->setEnabled(true);
        Q_EMIT completeChanged();
        if (o.exitCode != 0) {
            if (signOff)
                session()->setFinished(false);
            QString text = tr("✖ %1").arg(o.error);
            if (signOff)
                text += QLatin1Char('\n') +
                        (sign ? tr("Not signed off. Fix the cause and sign off again, or untick \"Sign it with my key\" to "
                                   "save the report unsigned.")
                              : tr("Not signed off. Fix the cause, or choose another folder, and sign off again."));
            m_exportResult->setText(text);
            return;
        }
        QStringList lines;
        if (o.keyCreated)
            lines << tr("A new signing key was created and stored in the keychain.");
        lines << tr("✔ Written:") << o.result.files;
        lines << tr("SHA-256 of the JSON: %1").arg(o.result.seal.jsonSha256);
        lines << (o.result.seal.isSigned() ? tr("Signed; key fingerprint %1").arg(o.result.seal.fingerprint)
                                           : tr("Not signed."));
        if (!signOff)
            lines << (m_confirm->isChecked()
                          ? tr("This is a draft: the session is not signed off yet. \"Sign off and save the report\" "
                               "writes the final report.")
                          : tr("This is an unconfirmed DRAFT (marked so in the report): you have not confirmed the "
                               "upgrade above."));
        m_exportResult->setText(lines.join(QLatin1Char('\n')));
        if (signOff) {
            m_saved = true;
            Q_EMIT reportSaved(o.result);
            if (wizard() && wizard()->currentPage() == this)
                wizard()->next();
        }
    });
    ReportExportJob::Request request;
    request.out = folder;
    request.sign = sign;
    job->start(request);
}

QString SignOffPage::summaryHtml() const
{
    const Session& s = *session();
    const ProcedureCatalogue& cat = ProcedureCatalogue::instance();
    QString html = tr("<p><b>%1</b> — case %2 — engineer %3<br>PA %4; application %5 → %6</p>")
                       .arg(s.field(Session::fieldCustomer()).toHtmlEscaped(), s.field(Session::fieldCase()).toHtmlEscaped(),
                            s.field(Session::fieldEngineer()).toHtmlEscaped(), s.field(Session::fieldPaVersion()).toHtmlEscaped(),
                            s.field(Session::fieldInstalledVersion()).toHtmlEscaped(),
                            s.field(Session::fieldTargetVersion()).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=0 cellpadding=4 border=1><tr><th>%1</th><th>%2</th></tr>")
                .arg(tr("Stage"), tr("State"));
    QStringList overrides;
    QStringList notes;
    // A step as the article numbers it ("Gateway 6b"), never its internal id.
    auto stepName = [&cat](const QString& stepId) {
        const Step* step = cat.step(stepId);
        const Stage* stage = cat.stageByKey(stepId.section(QLatin1Char('.'), 0, 0));
        return step && stage ? StepListWidget::displayNumber(*stage, *step) : stepId;
    };
    auto row = [&](const Stage& stage, const QString& scope, const QString& label) {
        const StepRules::Summary sum = StepRules::summarize(Procedure::instance().stage(stage.key), s, scope);
        QString state;
        QString colour;
        if (!sum.complete()) {
            state = tr("✖ incomplete: %1 open, %2 failed").arg(sum.open).arg(sum.failed);
            colour = QStringLiteral("#b00020");
        } else if (sum.overridden) {
            // Finished, but not clean: an exception a reviewer must read, not a green tick.
            state = tr("⚠ complete with exceptions: %n overridden", nullptr, sum.overridden);
            colour = QStringLiteral("#a05a00");
        } else {
            state = tr("✔ complete: %1 of %2 steps done").arg(sum.done).arg(sum.actionable);
            colour = QStringLiteral("#1b5e20");
        }
        html += QStringLiteral("<tr><td>%1</td><td style=\"color:%3\">%2</td></tr>")
                    .arg(label.toHtmlEscaped(), state.toHtmlEscaped(), colour);
        for (auto it = s.records().value(scope).cbegin(); it != s.records().value(scope).cend(); ++it) {
            if (it->override_.isActive())
                overrides << tr("<li><b>%1</b> (%2): %3 — %4, %5</li>")
                                 .arg(stepName(it.key()).toHtmlEscaped(), label.toHtmlEscaped(),
                                      it->override_.justification.toHtmlEscaped(), it->override_.by.toHtmlEscaped(),
                                      QLocale().toString(it->override_.at, QLocale::ShortFormat));
            if (!it->note.trimmed().isEmpty())
                notes << QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                             .arg(stepName(it.key()).toHtmlEscaped(), label.toHtmlEscaped(), it->note.toHtmlEscaped());
        }
    };
    row(cat.stage(StageId::Start), QStringLiteral("start"), cat.stage(StageId::Start).translatedTitle());
    for (const GatewayApplication& g : s.gatewayApplications())
        row(cat.stage(StageId::Gateway), Session::gatewayScope(g.id),
            tr("%1 — %2").arg(cat.stage(StageId::Gateway).translatedTitle(),
                              Procedure::instance().gateway().displayName(s, g.id)));
    const StageSkip skip = s.stageSkip(QStringLiteral("dispatcher"));
    if (skip.skipped)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(cat.stage(StageId::Dispatcher).translatedTitle().toHtmlEscaped(),
                         tr("– skipped: %1").arg(skip.reason).toHtmlEscaped());
    else
        row(cat.stage(StageId::Dispatcher), QStringLiteral("dispatcher"), cat.stage(StageId::Dispatcher).translatedTitle());
    row(cat.stage(StageId::Provisioning), QStringLiteral("provisioning"), cat.stage(StageId::Provisioning).translatedTitle());
    row(cat.stage(StageId::PaApplication), QStringLiteral("paapp"), cat.stage(StageId::PaApplication).translatedTitle());
    // New Features: deployed, or deferred (an override with its reason), by the feature's title.
    QStringList deployed;
    const Stage& features = cat.stage(StageId::NewFeatures);
    auto featureTitle = [&cat](const QString& id) {
        for (const FeatureRow& f : cat.features())
            if (f.id == id)
                return QStringLiteral("%1: %2").arg(f.version, QCoreApplication::translate("Procedure", f.feature));
        return id;
    };
    for (auto it = s.records().value(QStringLiteral("features")).cbegin();
         it != s.records().value(QStringLiteral("features")).cend(); ++it) {
        if (it->override_.isActive())
            overrides << tr("<li><b>%1</b> (%2): deferred — %3 — %4, %5</li>")
                             .arg(featureTitle(it.key()).toHtmlEscaped(), features.translatedTitle().toHtmlEscaped(),
                                  it->override_.justification.toHtmlEscaped(), it->override_.by.toHtmlEscaped(),
                                  QLocale().toString(it->override_.at, QLocale::ShortFormat));
        else if (it->confirmation.confirmed)
            deployed << featureTitle(it.key());
    }
    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                .arg(features.translatedTitle().toHtmlEscaped(),
                     (deployed.isEmpty() ? tr("none deployed") : tr("deployed: %1").arg(deployed.join(QStringLiteral("; "))))
                         .toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (!overrides.isEmpty())
        html += tr("<p><b>Overrides</b></p><ul>%1</ul>").arg(overrides.join(QString()));
    if (!notes.isEmpty())
        html += tr("<p><b>Your notes</b></p><ul>%1</ul>").arg(notes.join(QString()));
    return html;
}

} // namespace o365

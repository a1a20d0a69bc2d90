#include "PaApplicationPage.h"

#include "paapi/PaCredentials.h"
#include "kb/ProcedureCatalogue.h"
#include "session/Session.h"
#include "core/SecretMemory.h"
#include "core/SessionLog.h"
#include "widgets/StepListWidget.h"
#include "widgets/WrapLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace o365 {

PaApplicationPage::PaApplicationPage(Session* session, const NetworkContext* net, QWidget* parent)
    : StepListPage(ProcedureCatalogue::instance().stage(StageId::PaApplication), session, net, parent), m_appNet(net)
{
    if (net) {
        m_net = *net;
        setNetworkContext(&m_net);
    }

    auto* box = new QGroupBox(tr("PA public API (optional: without it, steps 2–4 are confirmed by hand)"), this);
    auto* layout = new QVBoxLayout(box);
    auto* form = new QFormLayout;
    m_url = new QLineEdit(session->field(Session::fieldPaApiUrl()), box);
    m_url->setObjectName(QStringLiteral("paApiUrl"));
    m_url->setPlaceholderText(tr("https://pa.example.com:8440/RPC2"));
    m_login = new QLineEdit(session->field(Session::fieldPaApiLogin()), box);
    m_login->setObjectName(QStringLiteral("paApiLogin"));
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("paApiPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the keychain, never in the session"));
    m_appId = new QLineEdit(session->field(Session::fieldPaAppId()), box);
    m_appId->setObjectName(QStringLiteral("paAppId"));
    m_appId->setPlaceholderText(tr("the ID of the Office 365 application in PA"));
    m_appId->setValidator(new QIntValidator(1, 999999999, m_appId));
    auto addRow = [&](const QString& label, QWidget* field, QLineEdit* edit) {
        auto* l = new QLabel(label, box);
        l->setBuddy(edit);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, field);
    };
    addRow(tr("API &address:"), m_url, m_url);
    addRow(tr("&Login:"), m_login, m_login);
    auto* passwordRow = new QWidget(box);
    auto* passwordLayout = new QHBoxLayout(passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    m_save = new QPushButton(tr("&Save in keychain"), passwordRow);
    m_save->setObjectName(QStringLiteral("savePaApiPassword"));
    m_useForRun = new QPushButton(tr("Use for this r&un only"), passwordRow);
    m_useForRun->setObjectName(QStringLiteral("usePaApiPasswordForRun"));
    m_useForRun->setToolTip(tr("Keep the password in memory until the wizard closes; nothing is stored."));
    passwordLayout->addWidget(m_password, 1);
    passwordLayout->addWidget(m_save);
    passwordLayout->addWidget(m_useForRun);
    addRow(tr("&Password:"), passwordRow, m_password);
    addRow(tr("Application &ID:"), m_appId, m_appId);
    layout->addLayout(form);
    // Plain http is PA's default, so it is allowed, but only with the engineer's word, per host.
    m_plainHttpWarning = new WrapLabel(box);
    m_plainHttpWarning->setObjectName(QStringLiteral("paApiPlainHttpWarning"));
    m_plainHttpWarning->setTextFormat(Qt::PlainText);
    m_plainHttpWarning->setStyleSheet(QStringLiteral("QLabel{background:#fff3cd;color:#5c4400;padding:4px;}"));
    layout->addWidget(m_plainHttpWarning);
    m_plainHttpAck = new QCheckBox(box);
    m_plainHttpAck->setObjectName(QStringLiteral("paApiPlainHttpAck"));
    layout->addWidget(m_plainHttpAck);
    m_status = new WrapLabel(box);
    m_status->setObjectName(QStringLiteral("paApiStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);
    layout->addWidget(m_status);
    body()->addWidget(box);

    m_rerun = new QTimer(this);
    m_rerun->setSingleShot(true);
    m_rerun->setInterval(500);
    connect(m_rerun, &QTimer::timeout, this, [this] {
        if (steps())
            steps()->runChecks();
    });
    auto bind = [this](QLineEdit* edit, const QString& key) {
        connect(edit, &QLineEdit::textEdited, this, [this, key](const QString& t) {
            this->session()->setField(key, t.trimmed());
            m_rerun->start();
        });
    };
    bind(m_url, Session::fieldPaApiUrl());
    connect(m_plainHttpAck, &QCheckBox::toggled, this, [this](bool agreed) {
        const QString host = PaCredentials::configFrom(*this->session()).endpoint.host();
        if (agreed)
            this->session()->acknowledgePlainHttp(host);
        else
            this->session()->withdrawPlainHttp(host);
        updatePlainHttp();
        m_rerun->start();
    });
    updatePlainHttp();
    bind(m_login, Session::fieldPaApiLogin());
    bind(m_appId, Session::fieldPaAppId());
    // After the bindings: the warning reads the session's address and login.
    connect(m_url, &QLineEdit::textEdited, this, &PaApplicationPage::updatePlainHttp);
    connect(m_login, &QLineEdit::textEdited, this, &PaApplicationPage::updatePlainHttp);
    connect(m_save, &QPushButton::clicked, this, [this] { storePassword(Target::Keychain); });
    connect(m_useForRun, &QPushButton::clicked, this, [this] { storePassword(Target::ThisRun); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { storePassword(Target::Keychain); });
}

QString PaApplicationPage::currentKey(QString* missing) const
{
    const PaApiConfig c = PaCredentials::configFrom(*session());
    if (!c.isConfigured()) {
        *missing = tr("Enter the API address and the login first: the password is kept for that login at that host.");
        return {};
    }
    return PaCredentials::secretKey(c.login, c.endpoint);
}

void PaApplicationPage::updatePlainHttp()
{
    const PaApiConfig c = PaCredentials::configFrom(*session());
    const bool clear = c.sendsPasswordInClear();
    m_plainHttpWarning->setVisible(clear);
    m_plainHttpAck->setVisible(clear);
    if (!clear)
        return;
    m_plainHttpWarning->setText(QStringLiteral("⚠ ") + PaApiClient::plainHttpWarning(c));
    m_plainHttpAck->setText(tr("Send the PA password to %1 over plain &http anyway (recorded in the session and the "
                               "report)")
                                .arg(c.endpoint.host()));
    const QSignalBlocker block(m_plainHttpAck);
    m_plainHttpAck->setChecked(c.plainHttpAcknowledged);
}

void PaApplicationPage::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void PaApplicationPage::storePassword(Target target)
{
    QByteArray password = m_password->text().toUtf8();
    // Overwritten when this returns; the stores keep their own copies.
    const auto wipe = qScopeGuard([&password] { SecretMemory::wipe(password); });
    if (password.isEmpty()) {
        setStatus(tr("Type the password first."));
        return;
    }
    QString missing;
    const QString key = currentKey(&missing);
    if (key.isEmpty()) {
        setStatus(missing);
        return;
    }
    SessionLog::addSecret(password); // no log line may ever hold it
    const QString who = key.mid(key.indexOf(QLatin1Char('/')) + 1);
    auto stored = [this](const QString& message) {
        m_password->clear();
        setStatus(message);
        m_rerun->stop();
        if (steps())
            steps()->runChecks();
    };
    if (target == Target::ThisRun || !m_appNet || !m_appNet->secrets) {
        m_runOnly.write(key, password, this, [this, stored, who, target](const SecretStore::Result& r) {
            if (!r.ok()) {
                setStatus(r.message);
                return;
            }
            m_net.secrets = &m_runOnly;
            stored(target == Target::ThisRun
                       ? tr("The password for %1 is used for this run only: it is not stored anywhere.").arg(who)
                       : tr("No keychain is available here: the password for %1 is used for this run only.")
                             .arg(who));
        });
        return;
    }
    m_save->setEnabled(false);
    m_appNet->secrets->write(key, password, this, [this, stored, who](const SecretStore::Result& r) {
        m_save->setEnabled(true);
        if (r.ok()) {
            m_net.secrets = m_appNet->secrets;
            stored(tr("The password for %1 is saved in the keychain.").arg(who));
            return;
        }
        if (r.error == SecretStore::Error::Unavailable) {
            setStatus(tr("The keychain cannot be used, so the password was not saved: %1\nClick \"Use for this run "
                         "only\" to use it until the wizard closes, without storing it.")
                          .arg(r.message));
            m_useForRun->setFocus();
            return;
        }
        setStatus(tr("The password could not be saved: %1").arg(r.message));
    });
}

} // namespace o365

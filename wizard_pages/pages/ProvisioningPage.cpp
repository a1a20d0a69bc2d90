#include "ProvisioningPage.h"

#include "kb/ProcedureCatalogue.h"
#include "session/Session.h"
#include "widgets/StepListWidget.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace o365 {

ProvisioningPage::ProvisioningPage(Session* session, const NetworkContext* net, QWidget* parent)
    : StepListPage(ProcedureCatalogue::instance().stage(StageId::Provisioning), session, net, parent)
{
    auto* box = new QGroupBox(tr("How to read pear list from the Provisioning Gateway Host"), this);
    auto* layout = new QVBoxLayout(box);
    m_ssh = new QRadioButton(tr("Over &ssh (this computer's ssh and keys; no password is ever asked)"), box);
    m_ssh->setObjectName(QStringLiteral("pearSourceSsh"));
    m_local = new QRadioButton(tr("Run it &here (this computer is the Provisioning Gateway Host)"), box);
    m_local->setObjectName(QStringLiteral("pearSourceLocal"));
    m_paste = new QRadioButton(tr("&Paste its output at step 2"), box);
    m_paste->setObjectName(QStringLiteral("pearSourcePaste"));
    auto* group = new QButtonGroup(this);
    for (QRadioButton* b : {m_ssh, m_local, m_paste}) {
        group->addButton(b);
        layout->addWidget(b);
    }
    m_sshFields = new QWidget(box);
    auto* form = new QFormLayout(m_sshFields);
    m_host = new QLineEdit(session->field(Session::fieldProvisioningHost()), m_sshFields);
    m_host->setObjectName(QStringLiteral("provisioningHost"));
    m_host->setPlaceholderText(tr("pgw.example.com"));
    m_user = new QLineEdit(session->field(Session::fieldProvisioningUser()), m_sshFields);
    m_user->setObjectName(QStringLiteral("provisioningUser"));
    m_user->setPlaceholderText(tr("root"));
    m_port = new QLineEdit(session->field(Session::fieldProvisioningPort()), m_sshFields);
    m_port->setObjectName(QStringLiteral("provisioningPort"));
    m_port->setPlaceholderText(tr("22"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    auto addRow = [&](const QString& label, QLineEdit* edit) {
        auto* l = new QLabel(label, m_sshFields);
        l->setBuddy(edit);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, edit);
    };
    addRow(tr("H&ost:"), m_host);
    addRow(tr("&User:"), m_user);
    addRow(tr("Por&t:"), m_port);
    layout->addWidget(m_sshFields);
    body()->addWidget(box);

    const QString source = session->field(Session::fieldPearSource());
    (source == QLatin1String("ssh") ? m_ssh : source == QLatin1String("local") ? m_local : m_paste)->setChecked(true);
    updateSourceWidgets();

    auto* rerun = new QTimer(this);
    rerun->setSingleShot(true);
    rerun->setInterval(500);
    connect(rerun, &QTimer::timeout, this, [this] {
        if (steps())
            steps()->runChecks();
    });
    auto bind = [this, rerun](QLineEdit* edit, const QString& key) {
        connect(edit, &QLineEdit::textEdited, this, [this, rerun, key](const QString& t) {
            this->session()->setField(key, t.trimmed());
            rerun->start();
        });
    };
    bind(m_host, Session::fieldProvisioningHost());
    bind(m_user, Session::fieldProvisioningUser());
    bind(m_port, Session::fieldProvisioningPort());
    connect(group, &QButtonGroup::buttonClicked, this, [this, rerun](QAbstractButton* b) {
        const QString value = b == m_ssh ? QStringLiteral("ssh") : b == m_local ? QStringLiteral("local")
                                                                               : QStringLiteral("paste");
        this->session()->setField(Session::fieldPearSource(), value);
        updateSourceWidgets();
        rerun->start();
    });
}

void ProvisioningPage::updateSourceWidgets() { m_sshFields->setEnabled(m_ssh->isChecked()); }

} // namespace o365

#pragma once

#include "net/NetworkContext.h"
#include "net/SecretStore.h"
#include "pages/StagePage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace o365 {

// The Microsoft Office 365 Application stage in PA: the PA public API's address, login and
// password (the password only ever goes to the keychain, or to memory for this run), the
// application's ID, and steps 1–5; steps 2–4 are checked through the API when it is configured.
class PaApplicationPage : public StepListPage
{
    Q_OBJECT
public:
    PaApplicationPage(Session* session, const NetworkContext* net, QWidget* parent = nullptr);

private:
    // Where the password goes: the keychain, or memory for this run only.
    enum class Target { Keychain, ThisRun };
    void storePassword(Target target);
    void setStatus(const QString& text);
    QString currentKey(QString* missing) const;
    // Shows the plain-http warning and the host's acknowledgement for the address entered.
    void updatePlainHttp();

    const NetworkContext* m_appNet;
    NetworkContext m_net;         // the application's, with secrets replaced by m_runOnly once chosen
    MemorySecretStore m_runOnly; // "Use for this run only": never written anywhere
    QLineEdit* m_url;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLineEdit* m_appId;
    QPushButton* m_save;
    QPushButton* m_useForRun;
    QLabel* m_status;
    QLabel* m_plainHttpWarning;
    QCheckBox* m_plainHttpAck;
    QTimer* m_rerun;
};

} // namespace o365

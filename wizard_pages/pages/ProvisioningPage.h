#pragma once

#include "pages/StagePage.h"

class QLineEdit;
class QRadioButton;
class QWidget;

namespace o365 {

// Provisioning Gateway Host, steps 1–3 and the Note: `pear list` is read over the system's
// ssh, run on this computer, or pasted, and steps 2 and 3 are checked from it.
class ProvisioningPage : public StepListPage
{
    Q_OBJECT
public:
    ProvisioningPage(Session* session, const NetworkContext* net, QWidget* parent = nullptr);

private:
    void updateSourceWidgets();

    QRadioButton* m_ssh;
    QRadioButton* m_local;
    QRadioButton* m_paste;
    QLineEdit* m_host;
    QLineEdit* m_user;
    QLineEdit* m_port;
    QWidget* m_sshFields;
};

} // namespace o365

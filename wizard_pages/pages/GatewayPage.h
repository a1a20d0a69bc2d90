#pragma once

#include "paapi/PaMosiUrlLookup.h"
#include "pages/StagePage.h"

#include <QMap>
#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace o365 {

class GatewayStage;

// Office 365 Gateway, steps 1–7, once for each gateway application (a tab each).
class GatewayPage : public StagePage
{
    Q_OBJECT
public:
    GatewayPage(Session* session, const NetworkContext* net, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool isBusy() const override;
    int nextId() const override;

    QTabWidget* tabs() const { return m_tabs; }
    StepListWidget* stepsFor(const QString& gatewayId) const { return m_lists.value(gatewayId); }

    // Seam for tests: asks before a gateway application and its records are removed.
    static std::function<bool(QWidget*, const QString&)>& confirmRemoval();

private:
    const GatewayStage& gateway() const;
    void syncTabs();
    void addTab(const QString& gatewayId);
    void updateTab(const QString& gatewayId);
    QString tabLabel(const QString& gatewayId) const;
    void removeCurrent();
    void readMosiUrlFromPa();
    void fillMosiUrls(const PaMosiUrlLookup::Answer& answer);
    void updateMosiButton();

    QTabWidget* m_tabs;
    QPushButton* m_add;
    QPushButton* m_remove;
    QMap<QString, StepListWidget*> m_lists;
    const NetworkContext* m_net;
    PaMosiUrlLookup* m_mosiLookup;
    QPushButton* m_readMosi;
    QLabel* m_mosiSource;
};

} // namespace o365

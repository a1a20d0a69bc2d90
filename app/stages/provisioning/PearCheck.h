#pragma once

#include "checks/Check.h"

#include <QPointer>
#include <QStringList>

namespace o365
{

class PearListSource;

// Provisioning Gateway Host, steps 2 and 3, judged from one `pear list` (a PearListSource
// shared by both checks, so one run of pear serves both):
//  - Requirement::HttpRequest2 ("provisioning.pear", step "provisioning.2"): HTTP_Request2
//    installed, else the exact `pear install HTTP_Request2` and the Note's go-pear steps.
//  - Requirement::HttpRequestForOldInstances ("provisioning.pearHttpRequest", step
//    "provisioning.3"): HTTP_Request installed when an application instance is older than
//    4.0. Instance versions unknown (empty list) → Skipped; none older → Passed, no pear run.
class PearCheck : public Check
{
    Q_OBJECT
public:
    enum class Requirement { HttpRequest2, HttpRequestForOldInstances };

    static Spec step2Spec(int timeoutMs = 40000);
    static Spec step3Spec(int timeoutMs = 40000);

    PearCheck(Spec spec, Requirement requirement, PearListSource* source, const QStringList& instanceVersions = {},
              Clock* clock = nullptr, QObject* parent = nullptr);
    ~PearCheck() override;

    static QString installHttpRequest2Command() { return QStringLiteral("pear install HTTP_Request2"); }
    static QString installHttpRequestCommand() { return QStringLiteral("pear install HTTP_Request"); }
    static QString upgradePearCommand() { return QStringLiteral("pear upgrade PEAR"); }
    static QStringList goPearCommands();

protected:
    void run() override;
    void abort() override;
    QString timeoutMessage() const override;

private:
    Requirement m_requirement;
    QPointer<PearListSource> m_source;
    QStringList m_instanceVersions;
};

} // namespace o365

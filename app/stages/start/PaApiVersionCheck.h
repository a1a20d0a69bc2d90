#pragma once

#include "paapi/PaApiCheck.h"
#include "paapi/PaApiParse.h"

namespace o365 {

// The prerequisite "POA 5.4.4 or later", from the PA public API: the report-for-cep statistics
// report (an XML text whose <ClientVersion> is the version), else the older poaVersion report.
class PaApiVersionCheck : public PaApiCheck
{
    Q_OBJECT
public:
    PaApiVersionCheck(const PaApiConfig& config, const NetworkContext& net, const QString& minimum = QString(),
                      Clock* clock = nullptr, QObject* parent = nullptr);
    static Spec defaultSpec();

protected:
    void run() override;

private:
    void askOlderReport(const QString& manual, const QString& cepProblem);
    void judge(const PaApiParse::FoundVersion& found, const PaApiClient::Result& r);

    QString m_minimum;
};

} // namespace o365

#include "PaMosiUrlReader.h"

#include "paapi/PaApiParse.h"
#include "paapi/XmlRpc.h"

namespace o365 {

PaMosiUrlReader::PaMosiUrlReader(const PaApiConfig& config, const NetworkContext& net, QObject* parent)
    : QObject(parent), m_client(config, net)
{
}

void PaMosiUrlReader::read(int applicationInstanceId, std::function<void(const Answer&)> done)
{
    m_client.call(
        QStringLiteral("pem.APS.getApplicationInstanceSettings"),
        {{QStringLiteral("application_instance_id"), applicationInstanceId}},
        [applicationInstanceId, done](const PaApiClient::Result& r) {
            Answer a;
            if (!r.ok()) {
                a.manual = true;
                a.message = tr("%1 Enter the URL for MOSI Connector by hand.").arg(r.message);
                done(a);
                return;
            }
            QStringList missing;
            a.settings = PaApiParse::settings(r.result, &missing);
            const std::optional<QString> url = PaApiParse::mosiConnectorUrl(a.settings);
            if (url) {
                a.found = true;
                a.url = *url;
                a.message =
                    tr("The URL for MOSI Connector of instance #%1 is %2.").arg(applicationInstanceId).arg(*url);
            } else {
                a.manual = true;
                a.message =
                    tr("The settings of instance #%1 hold no URL for MOSI Connector%2. Enter it by "
                       "hand.")
                        .arg(applicationInstanceId)
                        .arg(missing.isEmpty() ? QString() : tr(" (%1)").arg(missing.join(QStringLiteral(", "))));
            }
            done(a);
        });
}

} // namespace o365

#pragma once

#include "net/NetworkContext.h"
#include "paapi/PaApiClient.h"

#include <QObject>
#include <QVariantMap>

#include <functional>

namespace o365 {

// Reads the "URL for MOSI Connector" from an application instance's settings, to prefill the
// Office 365 Gateway page. Not a check: the answer goes to the callback once.
class PaMosiUrlReader : public QObject
{
    Q_OBJECT
public:
    struct Answer {
        bool found = false;
        QString url;
        QString message;      // what was found, or why not (plain, no secret)
        bool manual = false;  // the engineer must enter the URL by hand
        QVariantMap settings; // every setting as given (names → values)
    };
    PaMosiUrlReader(const PaApiConfig& config, const NetworkContext& net, QObject* parent = nullptr);
    void read(int applicationInstanceId, std::function<void(const Answer&)> done);

private:
    PaApiClient m_client;
};

} // namespace o365

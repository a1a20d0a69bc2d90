// GatewayUrl::parseMosiConnectorUrl / parseDispatcherUrl on arbitrary text. Invariants: an accepted
// URL has a host and an application and no message; a rejected one says why; the normalized form of
// an accepted URL is accepted again as the same gateway application.

#include "FuzzCommon.h"

#include "stages/application/MosiUrl.h"

using o365::GatewayUrl;

namespace
{

void checkOne(const GatewayUrl& url, GatewayUrl (*parse)(const QString&))
{
    FUZZ_ASSERT(!GatewayUrl::errorKey(url.error).isEmpty());
    if (!url.ok()) {
        FUZZ_ASSERT(!url.message.isEmpty());
        return;
    }
    FUZZ_ASSERT(url.message.isEmpty());
    FUZZ_ASSERT(!url.host.isEmpty());
    FUZZ_ASSERT(!url.application.isEmpty());
    const GatewayUrl again = parse(url.normalized);
    FUZZ_ASSERT(again.ok());
    FUZZ_ASSERT(again.host == url.host);
    FUZZ_ASSERT(again.port == url.port);
    FUZZ_ASSERT(again.application == url.application);
    FUZZ_ASSERT(again.normalized == url.normalized);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    checkOne(GatewayUrl::parseMosiConnectorUrl(text), &GatewayUrl::parseMosiConnectorUrl);
    checkOne(GatewayUrl::parseDispatcherUrl(text), &GatewayUrl::parseDispatcherUrl);
    return 0;
}

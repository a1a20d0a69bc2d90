// TrainingScenario::load on a fuzzed scenario file — what a trainer passes with --training PATH —
// then what the lab plays from it. Invariants: a refused file says why; an accepted scenario has a
// gateway application, the IIS inventory the lab prints for each of its applications is one the
// wizard's own parser reads and matches (the trainee pastes it), and every PA API answer the lab
// gives encodes as XML-RPC and reads back.

#include "FuzzCommon.h"

#include "paapi/XmlRpc.h"
#include "stages/application/IisInventory.h"
#include "stages/provisioning/PearList.h"
#include "training/TrainingLab.h"
#include "training/TrainingPaApi.h"
#include "training/TrainingScenario.h"

#include <QFile>

using o365::IisInventory;
using o365::TrainingLab;
using o365::TrainingScenario;
using o365::XmlRpc;

namespace
{

void assertInventoryReadable(const TrainingScenario::WebApplication& app, bool gateway)
{
    const IisInventory::ParseResult inv = IisInventory::parse(TrainingLab::iisInventory(app, gateway));
    FUZZ_ASSERT(inv.ok);
    const IisInventory::Match m = IisInventory::match(inv, QStringLiteral("127.0.0.1"), app.application);
    FUZZ_ASSERT(m.siteFound && m.applicationFound);
}

void assertAnswerEncodes(const o365::TrainingPaApi& api, const QString& method, const QVariantMap& params)
{
    bool known = false;
    const QVariant answer = api.call(method, params, &known);
    FUZZ_ASSERT(known);
    QString error;
    const QByteArray xml = XmlRpc::encodeResponse(answer, &error);
    FUZZ_ASSERT(!xml.isEmpty());
    const XmlRpc::Response back = XmlRpc::decodeResponse(xml);
    FUZZ_ASSERT(back.valid && !back.isFault);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 2 * 1024 * 1024)
        return 0;
    static const QString path = fuzz::scratchFile(QStringLiteral("scenario.json"));
    FUZZ_ASSERT(fuzz::writeScratch(path, data, size));
    TrainingScenario scenario;
    QString error;
    const bool loaded = TrainingScenario::load(path, &scenario, &error);
    QFile::remove(path);
    if (!loaded) {
        FUZZ_ASSERT(!error.isEmpty());
        return 0;
    }
    FUZZ_ASSERT(!scenario.gateways.isEmpty());
    for (const TrainingScenario::WebApplication& app : scenario.gateways)
        assertInventoryReadable(app, true);
    if (!scenario.singleGateway)
        assertInventoryReadable(scenario.dispatcher, false);
    o365::PearList::parse(scenario.pearList); // a scenario may play a broken pear on purpose

    const o365::TrainingPaApi api(scenario, TrainingScenario::paApiLogin(), QByteArrayLiteral("lab-password"));
    assertAnswerEncodes(api, QStringLiteral("pem.statistics.getStatisticsReport"), {});
    assertAnswerEncodes(api, QStringLiteral("pem.getResourceTypesByClass"),
                        {{QStringLiteral("resclass_name"), QStringLiteral("rc.saas.service")}});
    assertAnswerEncodes(api, QStringLiteral("pem.APS.getApplicationInstances"),
                        {{QStringLiteral("app_id"), scenario.appId}});
    for (const TrainingScenario::Instance& i : scenario.instances) {
        const QVariantMap params{{QStringLiteral("application_instance_id"), i.id}};
        assertAnswerEncodes(api, QStringLiteral("pem.APS.getApplicationInstance"), params);
        assertAnswerEncodes(api, QStringLiteral("pem.APS.getApplicationInstanceSettings"), params);
        assertAnswerEncodes(api, QStringLiteral("pem.APS.getApplicationInstanceServiceResourceTypes"), params);
    }
    return 0;
}

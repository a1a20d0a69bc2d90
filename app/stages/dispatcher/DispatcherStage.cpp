#include "DispatcherStage.h"

#include "session/Session.h"

namespace o365 {

namespace {

ApplicationStage::Traits dispatcherTraits()
{
    ApplicationStage::Traits t;
    t.stageKey = DispatcherStage::stageKey();
    t.urlKind = MosiUrlCheck::Kind::Dispatcher;
    t.urlStep = QStringLiteral("dispatcher.1a");
    t.urlKey = QStringLiteral("dispatcherUrl");
    t.urlCheckId = QStringLiteral("dispatcher.url");
    t.urlCheckStep = QStringLiteral("dispatcher.1b");
    t.dnsStep = QStringLiteral("dispatcher.1c");
    t.siteStep = QStringLiteral("dispatcher.4");
    t.serviceStep = QStringLiteral("dispatcher.6b");
    t.stopStep = QStringLiteral("dispatcher.6.important");
    t.setupStep = QStringLiteral("dispatcher.7e");
    t.serviceFile = QStringLiteral("Callbacks.svc");
    t.iisService = IisInventoryCheck::Service::Callbacks;
    t.setupKind = SetupCommand::Kind::Dispatcher;
    t.copyParent = QStringLiteral("dispatcher.8");
    t.copyStep = QStringLiteral("dispatcher.8c");
    t.copyAfterId = QStringLiteral("dispatcher.copyAfter");
    return t;
}

} // namespace

DispatcherStage::DispatcherStage() : ApplicationStage(dispatcherTraits()) {}

QStringList DispatcherStage::scopes(const Session& session) const
{
    if (session.stageSkip(stageKey()).skipped)
        return {};
    return {stageKey()};
}

QString DispatcherStage::urlMissingMessage() const
{
    return tr("Enter a valid URL from the syndication agreement at step 1a: the application name comes from it.");
}

} // namespace o365

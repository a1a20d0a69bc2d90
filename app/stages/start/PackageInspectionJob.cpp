#include "PackageInspectionJob.h"

#include "core/SessionLog.h"

#include <QtConcurrent/QtConcurrentRun>

namespace o365 {

PackageInspectionJob::PackageInspectionJob(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<PackageInfo>::finished, this, [this] {
        const PackageInfo info = m_watcher.result();
        if (info.path != m_path)
            return;
        qCInfo(lcPackage).noquote() << info.path << (info.ok() ? QStringLiteral("ok") : info.message) << "version"
                                    << info.displayVersion() << "sha256" << info.sha256;
        Q_EMIT finished(info);
    });
}

// A worker still running keeps going on its own (it holds only the path) and its result is
// dropped: nothing waits for it.
PackageInspectionJob::~PackageInspectionJob() { m_watcher.disconnect(this); }

void PackageInspectionJob::start(const QString& path)
{
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run([path] { return PackageInspector::inspect(path); }));
}

} // namespace o365

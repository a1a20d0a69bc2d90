#pragma once

#include "stages/start/PackageInspector.h"

#include <QFutureWatcher>
#include <QObject>

namespace o365 {

// Runs PackageInspector::inspect in a worker thread (hashing a large package must not
// freeze the window) and reports back in the owner's thread. A new start() supersedes a
// running one: only the latest path's result is reported.
class PackageInspectionJob : public QObject
{
    Q_OBJECT
public:
    explicit PackageInspectionJob(QObject* parent = nullptr);
    ~PackageInspectionJob() override;

    void start(const QString& path);
    bool isRunning() const { return m_watcher.isRunning(); }
    QString path() const { return m_path; }

Q_SIGNALS:
    void finished(const o365::PackageInfo& info);

private:
    QFutureWatcher<PackageInfo> m_watcher;
    QString m_path;
};

} // namespace o365

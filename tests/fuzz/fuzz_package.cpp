// PackageInspector::inspect on arbitrary bytes as a package file (ZIP inside ZIP), with small limits
// so that the fuzzer explores structure, not size. Invariants: a refused package says why; a
// readable one has its size and SHA-256; an accepted one names O365-Web.zip and setup.ps1.

#include "FuzzCommon.h"

#include "stages/start/PackageInspector.h"

#include <QFile>

using o365::PackageInfo;
using o365::PackageInspector;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    static const QString path = fuzz::scratchFile(QStringLiteral("package.app.zip"));
    FUZZ_ASSERT(fuzz::writeScratch(path, data, size));
    PackageInspector::Limits limits;
    limits.maxMetaSize = 64 * 1024;
    limits.maxInnerZipSize = 4 * 1024 * 1024;
    limits.maxEntries = 2000;
    const PackageInfo info = PackageInspector::inspect(path, limits);
    FUZZ_ASSERT(!PackageInfo::errorKey(info.error).isEmpty());
    if (info.ok()) {
        FUZZ_ASSERT(info.message.isEmpty());
        FUZZ_ASSERT(!info.innerZipName.isEmpty());
        FUZZ_ASSERT(!info.setupScriptPath.isEmpty());
        FUZZ_ASSERT(info.size == qint64(size));
        FUZZ_ASSERT(info.sha256.size() == 64);
        info.displayVersion();
    } else {
        FUZZ_ASSERT(!info.message.isEmpty());
    }
    QFile::remove(path);
    return 0;
}

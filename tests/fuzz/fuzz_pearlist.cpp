// PearList::parse on arbitrary `pear list` output. Invariants: not ok comes with a message; every
// package found has a name; has()/version() and toJson() work on whatever was found.

#include "FuzzCommon.h"

#include "stages/provisioning/PearList.h"

#include <QJsonArray>

using o365::PearList;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const PearList list = PearList::parse(text);
    FUZZ_ASSERT(list.ok || !list.message.isEmpty());
    for (const auto& package : list.packages) {
        FUZZ_ASSERT(!package.name.isEmpty());
        FUZZ_ASSERT(list.has(package.name));
    }
    list.version(QStringLiteral("HTTP_Request2"));
    list.has(QStringLiteral("HTTP_Request"));
    const QJsonObject json = list.toJson();
    FUZZ_ASSERT(json.value(QStringLiteral("packages")).toArray().size() == list.packages.size());
    return 0;
}

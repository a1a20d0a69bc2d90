// IisInventory::parse on arbitrary pasted PowerShell output, then match() against an address and an
// application taken from what was parsed (and fixed ones). Invariants: not ok comes with a message;
// a match always says something.

#include "FuzzCommon.h"

#include "stages/application/IisInventory.h"

using o365::IisInventory;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const IisInventory::ParseResult inv = IisInventory::parse(text);
    FUZZ_ASSERT(inv.ok || !inv.message.isEmpty());
    FUZZ_ASSERT(inv.ignoredLines >= 0);
    QString ip = QStringLiteral("10.0.0.5");
    QString app = QStringLiteral("O365Gateway");
    if (!inv.sites.isEmpty())
        ip = inv.sites.constLast().bindingIp;
    if (!inv.applications.isEmpty())
        app = inv.applications.constFirst().path.mid(1);
    for (const QString& address : {ip, QStringLiteral("10.0.0.5"), QStringLiteral("*"), QString()}) {
        const IisInventory::Match m = IisInventory::match(inv, address, app);
        FUZZ_ASSERT(!m.message.isEmpty());
    }
    return 0;
}

#include "SecretMemory.h"

#include <atomic>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace o365
{

namespace
{

std::atomic<bool> s_protected{false};

// A plain memset before a free may be removed by the optimiser; a volatile write may not.
void cleanse(void* data, size_t size)
{
    volatile unsigned char* p = static_cast<volatile unsigned char*>(data);
    while (size--)
        *p++ = 0;
}

} // namespace

void SecretMemory::protectProcess()
{
    if (s_protected.exchange(true))
        return;
#ifdef Q_OS_LINUX
    const struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool SecretMemory::processProtected()
{
#ifdef Q_OS_LINUX
    struct rlimit core = {};
    return s_protected && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 && getrlimit(RLIMIT_CORE, &core) == 0 &&
           core.rlim_cur == 0;
#else
    return s_protected;
#endif
}

void SecretMemory::wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes.clear(); // shared: another owner still reads these bytes; drop our reference only
        return;
    }
    if (!bytes.isEmpty())
        cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void SecretMemory::wipe(QString& text)
{
    if (!text.isEmpty() && !text.isDetached()) {
        text.clear();
        return;
    }
    if (!text.isEmpty())
        cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace o365

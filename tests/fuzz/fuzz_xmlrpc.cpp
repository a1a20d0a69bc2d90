// XmlRpc::decodeResponse and decodeCall on arbitrary bytes. Invariants: a refused document says why;
// an accepted value can be described; a decoded call's parameters encode again (or say why not).

#include "FuzzCommon.h"

#include "paapi/XmlRpc.h"

using o365::XmlRpc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray xml = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const XmlRpc::Response response = XmlRpc::decodeResponse(xml);
    FUZZ_ASSERT(response.valid || !response.error.isEmpty());
    if (response.valid && !response.isFault) {
        XmlRpc::describe(response.value);
        QString error;
        const QByteArray again = XmlRpc::encodeResponse(response.value, &error);
        FUZZ_ASSERT(!again.isEmpty() || !error.isEmpty());
    }
    const XmlRpc::Call call = XmlRpc::decodeCall(xml);
    FUZZ_ASSERT(call.valid || !call.error.isEmpty());
    if (call.valid) {
        for (const QVariant& v : call.params)
            XmlRpc::describe(v, 40);
        QString error;
        const QByteArray again = XmlRpc::encodeCall(call.method, call.params, &error);
        FUZZ_ASSERT(!again.isEmpty() || !error.isEmpty());
    }
    return 0;
}

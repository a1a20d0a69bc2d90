#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace fuzz
{

// A scratch file for targets that read from a path (removed by the caller when done).
QString scratchFile(const QString& name);
bool writeScratch(const QString& path, const uint8_t* data, size_t size);

} // namespace fuzz

// A failed invariant: abort, so that libFuzzer (and the replay runner) report the input.
#define FUZZ_ASSERT(cond)                                                                                              \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            fprintf(stderr, "FUZZ_ASSERT failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);                            \
            abort();                                                                                                   \
        }                                                                                                              \
    } while (0)

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace fuzz
{

// A scratch file for targets that read from a path (removed by the caller when done).
QString scratchFile(const QString& name);
bool writeScratch(const QString& path, const uint8_t* data, size_t size);
// Runs the event loop until done() holds or timeoutMs passed; returns done() (for the targets that
// talk to a loopback server).
bool runUntil(const std::function<bool()>& done, int timeoutMs);
// With O365_FUZZ_VERBOSE set, prints what a target saw (to understand a seed); else nothing.
void trace(const QString& what);
// The input split at "\n--8<--\n", the separator of the targets that take several files or answers.
QList<QByteArray> splitParts(const QByteArray& input);

} // namespace fuzz

// A failed invariant: abort, so that libFuzzer (and the replay runner) report the input.
#define FUZZ_ASSERT(cond)                                                                                              \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            fprintf(stderr, "FUZZ_ASSERT failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);                            \
            abort();                                                                                                   \
        }                                                                                                              \
    } while (0)

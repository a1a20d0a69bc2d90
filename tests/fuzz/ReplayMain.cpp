// Replays fuzz inputs without libFuzzer: every file named on the command line, and every file in
// every folder named (not recursive), goes through LLVMFuzzerTestOneInput once. Built with the
// normal compiler, so the seeds and regression inputs of tests/fuzz/corpus/ run in the normal suite.
// Exit 0 when all ran; a crash or a failed FUZZ_ASSERT aborts with the input's name printed first.

#include "FuzzCommon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char** argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QFileInfo info(QString::fromLocal8Bit(argv[i]));
        if (info.isDir()) {
            const QFileInfoList entries = QDir(info.filePath()).entryInfoList(QDir::Files, QDir::Name);
            for (const QFileInfo& e : entries)
                files << e.filePath();
        } else {
            files << info.filePath();
        }
    }
    if (files.isEmpty()) {
        fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...  (no input found)\n", argv[0]);
        return 2;
    }
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray bytes = file.readAll();
        fprintf(stderr, "replay %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
        fflush(stderr);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
    }
    printf("%lld inputs replayed\n", static_cast<long long>(files.size()));
    return 0;
}

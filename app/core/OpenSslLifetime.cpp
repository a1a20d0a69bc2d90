// Linked into every program that links o365core (see app/CMakeLists.txt): before main(), libcrypto
// is initialised without its atexit handler, OPENSSL_cleanup().
//
// Why: OpenSSL runs on threads whose end we cannot wait for. Qt does TLS on each
// QNetworkAccessManager's own thread, and ReportExportJob signs on a QtConcurrent pool thread.
// QThread::wait() returns when such a thread has left its event loop, but before its pthread exit
// frees the thread's OpenSSL state (error queue, random generators) through a thread-local key's
// destructor. When main() returns right after, the atexit OPENSSL_cleanup() can win that race: it
// deletes the key, so the thread's state is never freed. Those were the leaks in tst_report (904
// bytes: a pool thread's error queue) and in the `--training … --check` run (~10 KB: the HTTP
// threads' random generators). A thread still inside OpenSSL at exit would even use freed tables:
// the atexit cleanup assumes no other thread runs (openssl/openssl#6214). Without it, each thread
// frees its own state as it ends, and libcrypto's global tables live until the process is gone.
#include <openssl/crypto.h>

namespace
{

// The first initialisation decides whether the atexit handler is registered, so this must run
// before any other OpenSSL call: static initialisation comes before main() and before Qt loads its
// TLS backend.
[[maybe_unused]] const bool s_openSslWithoutAtExit = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;

} // namespace

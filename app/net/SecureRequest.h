#pragma once

#include <QNetworkRequest>
#include <QUrl>

namespace o365 {

struct NetworkContext;

// A request as every HTTPS call of the wizard makes it: to the address the resolver pins the
// host to (asking for, and verifying, the real host name), certificates verified against the
// system's authorities plus the context's extra ones, a full handshake each time (no resumed
// TLS session), no cache, no HTTP/2, redirects left to the caller, the wizard's User-Agent.
QNetworkRequest makeSecureRequest(const QUrl& url, const NetworkContext& net);

// "host" or "host:port" as the Host header and messages write it.
QString hostAndPort(const QUrl& url);

} // namespace o365

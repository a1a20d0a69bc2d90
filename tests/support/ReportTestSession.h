#pragma once

#include "core/Clock.h"
#include "session/Session.h"

#include <memory>

// A realistic session for the report tests: two gateway applications, a failed 6b check with
// its 404 message, an override, a note, a certificate exception, the single-gateway skip,
// New Features deployed and deferred, and the sign-off.
struct ReportTestSession {
    std::unique_ptr<o365::ManualClock> clock;
    std::unique_ptr<o365::Session> session;

    static QString failedMessage();
    static ReportTestSession make(bool training = false);
};

#pragma once

#include "core/Clock.h"
#include "session/Session.h"

#include <memory>

namespace bench
{

// A large, complete session for the export and autosave benchmarks: `gateways` gateway
// applications (4 = the "large session"), the separate Callbacks-Dispatcher, and every
// step of every stage confirmed or entered, with a note, and with an HTTPS check result carrying
// certificate evidence where the step is an automated check; New Features and the sign-off done.
struct LargeSession {
    std::unique_ptr<o365::ManualClock> clock;
    std::unique_ptr<o365::Session> session;
    int rows = 0; // steps with a record (the report's rows)

    static LargeSession make(int gateways);
};

} // namespace bench

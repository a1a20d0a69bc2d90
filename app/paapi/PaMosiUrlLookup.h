#pragma once

#include "net/NetworkContext.h"
#include "paapi/PaApiClient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace o365
{

class PaCredentials;
class PaMosiUrlReader;
class Session;

// The URL for MOSI Connector, read from the PA public API to prefill the Office 365 Gateway page
// (step 1e): the password from the SecretStore (PaCredentials), the Office 365 application's
// instances (pem.APS.getApplicationInstances with the session's application ID), then each
// instance's settings (PaMosiUrlReader). One lookup at a time; finished() comes once, later.
class PaMosiUrlLookup : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxInstances = 50;

    struct Found {
        int instanceId = 0;
        QString url;
    };
    struct Answer {
        QList<Found> found; // every instance that gave a URL, in PA's order
        QString message;    // what was read, or why nothing was (plain, says what to do; no secret)
        bool ok() const { return !found.isEmpty(); }
        // The first URL not in `taken` (those already entered for other gateway applications);
        // nothing when every URL found is taken.
        const Found* firstNotIn(const QStringList& taken) const;
    };

    // Whether the session names the PA API's address, login and the application ID.
    static bool isConfigured(const Session& session);

    PaMosiUrlLookup(const NetworkContext* net, QObject* parent = nullptr);
    ~PaMosiUrlLookup() override;

    // Reads the address, login and application ID from the session (now; the session is not kept).
    void start(const Session& session);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const o365::PaMosiUrlLookup::Answer& answer);

private:
    void listInstances(const PaApiConfig& config);
    void readNext();
    void finish(const QString& message);

    const NetworkContext* m_net;
    bool m_running = false;
    int m_generation = 0;
    int m_appId = 0;
    std::shared_ptr<PaCredentials> m_credentials;
    PaApiClient* m_client = nullptr;
    PaMosiUrlReader* m_reader = nullptr;
    QList<int> m_pending;
    QStringList m_notes; // why instances gave no URL
    Answer m_answer;
};

} // namespace o365

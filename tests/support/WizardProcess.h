#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The wizard's binary run from a test whose peers live in the test's own process: the wait keeps
// the event loop running (never a blocking waitFor…). Offscreen, `input` on standard input.
struct WizardRun
{
    int exitCode = -1; // -1: it crashed, or did not end within the time given (then killed)
    QString out;
    QString err;
};
WizardRun runWizard(const QString& binary, const QStringList& args, const QByteArray& input = {},
                    int timeoutMs = 120000);

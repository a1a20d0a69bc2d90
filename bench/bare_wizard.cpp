// The floor of the start-up benchmark: a bare Qt 6 QWizard with two empty pages, built with the
// same compiler and flags as the wizard and measured by the same probe (O365_STARTUP_PROBE=1).

#include "core/StartupProbe.h"

#include <QApplication>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    o365::StartupProbe::installFromEnvironment();
    QWizard wizard;
    wizard.addPage(new QWizardPage);
    wizard.addPage(new QWizardPage);
    wizard.show();
    return app.exec();
}

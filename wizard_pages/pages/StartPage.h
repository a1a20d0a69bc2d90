#pragma once

#include "stages/start/PackageInspectionJob.h"
#include "pages/StagePage.h"

#include <QMap>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace o365 {

// Case, customer and engineer; PA and package versions; topology; synchronization
// script; the package file; and the article's prerequisites and release information.
class StartPage : public StagePage
{
    Q_OBJECT
public:
    StartPage(Session* session, const NetworkContext* net, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool isBusy() const override;
    int nextId() const override;

    // Seam for tests: replaces the file dialog of "Browse…".
    static std::function<QString(QWidget*)>& packageFileChooser();

private:
    void inspectPackage();
    void showPackage(const PackageInfo& info);
    QLineEdit* addField(const QString& key, const QString& objectName, const QString& label, bool mandatory,
                        const QString& placeholder = {});
    void updateVersionHints();

    QLineEdit* m_paVersion = nullptr;
    QLineEdit* m_installed = nullptr;
    QLineEdit* m_target = nullptr;
    QLineEdit* m_package = nullptr;
    QLabel* m_packageInfo = nullptr;
    PackageInspectionJob* m_job = nullptr;
    bool m_packageOk = true;
    QLabel* m_versionHint = nullptr;
    QRadioButton* m_separate = nullptr;
    QRadioButton* m_single = nullptr;
    QCheckBox* m_sync = nullptr;
    StepListWidget* m_steps = nullptr;
    QFormLayout* m_form = nullptr;
    QMap<QString, QLineEdit*> m_fieldEdits;
};

} // namespace o365

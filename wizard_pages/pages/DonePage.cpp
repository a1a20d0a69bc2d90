#include "DonePage.h"

#include "session/Session.h"
#include "widgets/WrapLabel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace o365 {

DonePage::DonePage(Session* session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("Done"));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_text = new WrapLabel(this);
    m_text->setObjectName(QStringLiteral("doneText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    m_openReport = new QPushButton(tr("&Open the report"), this);
    m_openReport->setObjectName(QStringLiteral("openReport"));
    m_openReport->setAccessibleName(tr("Open the report (HTML) in the browser"));
    m_openFolder = new QPushButton(tr("Open the &folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openReportFolder"));
    m_openFolder->setAccessibleName(tr("Open the folder that holds the report"));
    m_copyPath = new QPushButton(tr("Copy the &path"), this);
    m_copyPath->setObjectName(QStringLiteral("copyReportPath"));
    m_copyPath->setAccessibleName(tr("Copy the report's path to the clipboard"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_openReport);
    row->addWidget(m_openFolder);
    row->addWidget(m_copyPath);
    row->addStretch(1);
    layout->addLayout(row);
    m_openResult = new WrapLabel(this);
    m_openResult->setObjectName(QStringLiteral("doneOpenResult"));
    m_openResult->setTextFormat(Qt::PlainText);
    layout->addWidget(m_openResult);
    layout->addStretch(1);

    connect(m_openReport, &QPushButton::clicked, this, [this] {
        const QString html = m_report.baseName + QStringLiteral(".html");
        open(QFileInfo::exists(html) ? html : m_report.jsonPath);
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] { open(QFileInfo(m_report.jsonPath).absolutePath()); });
    connect(m_copyPath, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(m_report.jsonPath));
        m_openResult->setText(tr("Copied: %1").arg(QDir::toNativeSeparators(m_report.jsonPath)));
    });
}

std::function<bool(const QUrl&)>& DonePage::urlOpener()
{
    static std::function<bool(const QUrl&)> opener = [](const QUrl& url) { return QDesktopServices::openUrl(url); };
    return opener;
}

void DonePage::open(const QString& path)
{
    if (urlOpener()(QUrl::fromLocalFile(path)))
        m_openResult->clear();
    else
        m_openResult->setText(tr("Nothing on this computer opens %1: open it yourself, or copy the path.")
                                  .arg(QDir::toNativeSeparators(path)));
}

void DonePage::setReport(const ReportExporter::Result& report) { m_report = report; }

void DonePage::initializePage()
{
    const QString customer = m_session->field(Session::fieldCustomer());
    QStringList lines;
    lines << (m_session->isTraining() ? tr("Training finished and signed off.")
                                      : tr("The upgrade of %1 is signed off.")
                                            .arg(customer.isEmpty() ? tr("this installation") : customer));
    lines << tr("The report is saved to %1:").arg(QDir::toNativeSeparators(QFileInfo(m_report.jsonPath).absolutePath()));
    for (const QString& f : m_report.files)
        lines << QStringLiteral("  ") + QFileInfo(f).fileName();
    lines << (m_report.seal.isSigned() ? tr("Signed with your key (fingerprint %1).").arg(m_report.seal.fingerprint)
                                       : tr("Not signed."));
    lines << tr("Anyone can check it: o365-upgrade-wizard --verify \"%1\"").arg(QDir::toNativeSeparators(m_report.jsonPath));
    lines << tr("The session stays on this computer; Close ends the wizard.");
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_openResult->clear();
    const bool have = !m_report.jsonPath.isEmpty();
    m_openReport->setEnabled(have);
    m_openFolder->setEnabled(have);
    m_copyPath->setEnabled(have);
}

} // namespace o365

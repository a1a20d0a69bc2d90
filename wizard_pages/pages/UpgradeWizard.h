#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QWizard>

#include <functional>

namespace o365 {

class Session;
class StagePage;
struct NetworkContext;

// The wizard: one page per stage of KB 117222. Page ids are stable and follow the
// article's order; the Callbacks-Dispatcher page is skipped (nextId) for the
// single-gateway topology.
class UpgradeWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        Page_Start,
        Page_Gateway,
        Page_Dispatcher,
        Page_Provisioning,
        Page_PaApplication,
        Page_NewFeatures,
        Page_SignOff,
        Page_Done, // after the sign-off: where the report is
    };
    Q_ENUM(PageId)

    // `net` is what network checks use (resolver, certificate authorities); it must outlive the wizard.
    UpgradeWizard(Session* session, const NetworkContext* net, QWidget* parent = nullptr);

    Session* session() const { return m_session; }
    StagePage* stagePage(int id) const;

    // Walks forward, page by page, to the page the session was last on (waiting for each
    // page's checks), and stops early at the first page that is not complete.
    void resumeAtLastPage();
    bool isResuming() const { return m_resumeTarget >= 0; }

    // Runs the current page's checks again (e.g. after the proxy's user name and password were entered).
    void rerunChecks();

    static QString stageKeyForPage(int id);
    static int pageForStageKey(const QString& key);

    // "Support bundle…" (every page): the session, its log and what this run saw (net->capture) in
    // one zip for a support escalation. Asks where through this seam (a file dialog by default); the
    // outcome is shown in a non-modal message box named "supportBundleResult".
    static std::function<QString(QWidget*, const QString& suggested)>& bundleFileChooser();
    void saveSupportBundle();

    // Where the session is saved, for the question Close and Esc ask (how to resume it).
    void setSessionPath(const QString& path) { m_sessionPath = path; }
    // Close, Esc and the window's close box ask first ("closeQuestion": Close the wizard / Keep
    // working) unless the session is signed off; this closes without asking (a restart into training).
    void reject() override;
    void closeWithoutQuestion();

Q_SIGNALS:
    void resumeFinished(int pageId);
    // The engineer asked to practise a training scenario (main restarts the wizard with it).
    void trainingRequested(const QString& scenario);

private:
    void advanceTowardsTarget();
    void updateTitle();
    // Next's (and Sign-off's) tooltip says what keeps it closed, in KB numbering.
    void updateNextToolTip();

    Session* m_session;
    const NetworkContext* m_net;
    int m_resumeTarget = -1;
    int m_savedPage = -1;
    QString m_sessionPath;
    bool m_closeAgreed = false;
    QPointer<QMessageBox> m_closeQuestion;
};

} // namespace o365

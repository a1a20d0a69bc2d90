#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>

class QAuthenticator;
class QLabel;
class QLineEdit;
class QNetworkProxy;
class QRadioButton;
class QSpinBox;

namespace o365 {

// "Network…" on the Start page: the system's proxy (default), no proxy, or one entered by hand (host, port,
// user). Saved and applied when accepted (ProxySettings); a password is never asked here, only when the proxy
// wants one (ProxyAuthPrompt).
class ProxyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProxyDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    void updateFields();

    QRadioButton* m_system;
    QRadioButton* m_none;
    QRadioButton* m_manual;
    QWidget* m_fields;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_user;
    QLabel* m_error;
};

// Answers a proxy's request for a user name and password (NetworkContext::proxyAuthenticator). Known
// credentials are given at once; otherwise, or when the proxy refused them, a dialog asks for them (never a
// nested event loop: that request fails with the proxy's message, and credentialsEntered() lets the checks run
// again). The password stays in memory for this run only, and is redacted from the session log.
class ProxyAuthPrompt : public QObject
{
    Q_OBJECT
public:
    explicit ProxyAuthPrompt(QObject* parent = nullptr);

    // For NetworkContext::proxyAuthenticator and NetworkContext::proxyCredentialsRefused.
    std::function<void(const QNetworkProxy&, QAuthenticator*)> authenticator();
    std::function<void(const QNetworkProxy&)> refusedHandler();
    void answer(const QNetworkProxy& proxy, QAuthenticator* authenticator);
    void refused(const QNetworkProxy& proxy);

Q_SIGNALS:
    void credentialsEntered();

private:
    struct Credentials
    {
        QString user;
        QString password;
    };
    static QString key(const QNetworkProxy& proxy);
    void ask(const QNetworkProxy& proxy, const QString& user, bool refused);

    QHash<QString, Credentials> m_known; // by proxy host:port
    QPointer<QDialog> m_dialog;
};

} // namespace o365

#include "ProxyDialog.h"

#include "net/ProxySettings.h"
#include "core/SessionLog.h"

#include <QApplication>
#include <QAuthenticator>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace o365 {

ProxyDialog::ProxyDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("proxyDialog"));
    setWindowTitle(tr("Network"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("How the wizard reaches the gateway applications and the PA API. A proxy password "
                                "is asked for when the proxy wants one and kept for this run only."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_system = new QRadioButton(tr("Use the &system's proxy settings"), this);
    m_system->setObjectName(QStringLiteral("proxySystem"));
    m_none = new QRadioButton(tr("&No proxy"), this);
    m_none->setObjectName(QStringLiteral("proxyNone"));
    m_manual = new QRadioButton(tr("&Manual proxy (HTTP, CONNECT for https):"), this);
    m_manual->setObjectName(QStringLiteral("proxyManual"));
    auto* group = new QButtonGroup(this);
    for (QRadioButton* b : {m_system, m_none, m_manual}) {
        group->addButton(b);
        layout->addWidget(b);
    }

    m_fields = new QWidget(this);
    auto* form = new QFormLayout(m_fields);
    m_host = new QLineEdit(m_fields);
    m_host->setObjectName(QStringLiteral("proxyHost"));
    m_host->setAccessibleName(tr("Proxy host"));
    m_host->setPlaceholderText(tr("e.g. proxy.example.com"));
    m_port = new QSpinBox(m_fields);
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_port->setAccessibleName(tr("Proxy port"));
    m_port->setRange(1, 65535);
    m_user = new QLineEdit(m_fields);
    m_user->setObjectName(QStringLiteral("proxyUser"));
    m_user->setAccessibleName(tr("Proxy user"));
    m_user->setPlaceholderText(tr("Only if the proxy asks for one"));
    auto addRow = [this, form](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, m_fields);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&Host:"), m_host);
    addRow(tr("&Port:"), m_port);
    addRow(tr("&User:"), m_user);
    layout->addWidget(m_fields);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("proxyError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("proxyOk"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProxyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProxyDialog::reject);

    const ProxySettings settings = ProxySettings::load();
    m_system->setChecked(settings.mode == ProxySettings::Mode::System);
    m_none->setChecked(settings.mode == ProxySettings::Mode::None);
    m_manual->setChecked(settings.mode == ProxySettings::Mode::Manual);
    m_host->setText(settings.host);
    m_port->setValue(settings.port > 0 ? settings.port : 3128);
    m_user->setText(settings.user);
    connect(m_manual, &QRadioButton::toggled, this, &ProxyDialog::updateFields);
    updateFields();
}

void ProxyDialog::updateFields() { m_fields->setEnabled(m_manual->isChecked()); }

void ProxyDialog::accept()
{
    ProxySettings settings;
    settings.mode = m_manual->isChecked() ? ProxySettings::Mode::Manual
                    : m_none->isChecked() ? ProxySettings::Mode::None
                                          : ProxySettings::Mode::System;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.user = m_user->text().trimmed();
    QString error;
    if (!settings.isValid(&error)) {
        m_error->setText(QStringLiteral("✖ ") + error);
        m_host->setFocus();
        return;
    }
    settings.save();
    settings.apply();
    QDialog::accept();
}

ProxyAuthPrompt::ProxyAuthPrompt(QObject* parent) : QObject(parent) {}

std::function<void(const QNetworkProxy&, QAuthenticator*)> ProxyAuthPrompt::authenticator()
{
    QPointer<ProxyAuthPrompt> self(this);
    return [self](const QNetworkProxy& proxy, QAuthenticator* auth) {
        if (self)
            self->answer(proxy, auth);
    };
}

QString ProxyAuthPrompt::key(const QNetworkProxy& proxy)
{
    return QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
}

std::function<void(const QNetworkProxy&)> ProxyAuthPrompt::refusedHandler()
{
    QPointer<ProxyAuthPrompt> self(this);
    return [self](const QNetworkProxy& proxy) {
        if (self)
            self->refused(proxy);
    };
}

void ProxyAuthPrompt::answer(const QNetworkProxy& proxy, QAuthenticator* authenticator)
{
    const auto known = m_known.constFind(key(proxy));
    if (known != m_known.constEnd()) {
        authenticator->setUser(known->user);
        authenticator->setPassword(known->password);
        return;
    }
    ask(proxy, proxy.user(), false);
}

void ProxyAuthPrompt::refused(const QNetworkProxy& proxy)
{
    const QString k = key(proxy);
    const QString user = m_known.value(k).user;
    m_known.remove(k);
    ask(proxy, user.isEmpty() ? proxy.user() : user, true);
}

void ProxyAuthPrompt::ask(const QNetworkProxy& proxy, const QString& user, bool refused)
{
    if (m_dialog)
        return; // one question at a time; every waiting request is answered by the checks that run again
    const QString k = key(proxy);
    auto* dialog = new QDialog(QApplication::activeWindow());
    m_dialog = dialog;
    dialog->setObjectName(QStringLiteral("proxyAuthDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Proxy authentication"));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QLabel(refused ? tr("The proxy %1 did not accept the user name and password. Enter them again; "
                                         "they are kept for this run only.")
                                          .arg(k)
                                    : tr("The proxy %1 asks for a user name and password. They are kept for this "
                                         "run only, never saved.")
                                          .arg(k),
                            dialog);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    auto* userEdit = new QLineEdit(user, dialog);
    userEdit->setObjectName(QStringLiteral("proxyAuthUser"));
    userEdit->setAccessibleName(tr("Proxy user name"));
    auto* passwordEdit = new QLineEdit(dialog);
    passwordEdit->setObjectName(QStringLiteral("proxyAuthPassword"));
    passwordEdit->setAccessibleName(tr("Proxy password"));
    passwordEdit->setEchoMode(QLineEdit::Password);
    auto* userLabel = new QLabel(tr("&User name:"), dialog);
    userLabel->setBuddy(userEdit);
    auto* passwordLabel = new QLabel(tr("&Password:"), dialog);
    passwordLabel->setBuddy(passwordEdit);
    form->addRow(userLabel, userEdit);
    form->addRow(passwordLabel, passwordEdit);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::finished, this, [this] { m_dialog.clear(); }); // closed: the next refusal asks again
    connect(dialog, &QDialog::accepted, this, [this, k, userEdit, passwordEdit] {
        const QString password = passwordEdit->text();
        SessionLog::addSecret(password.toUtf8());
        m_known.insert(k, {userEdit->text().trimmed(), password});
        Q_EMIT credentialsEntered();
    });
    (user.isEmpty() ? userEdit : passwordEdit)->setFocus();
    // After the signal that asked has returned: the request waiting for it fails with the proxy's message.
    QTimer::singleShot(0, dialog, &QDialog::open);
}

} // namespace o365

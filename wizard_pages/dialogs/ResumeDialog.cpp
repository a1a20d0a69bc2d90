#include "ResumeDialog.h"

#include "widgets/PlainToolTip.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace o365 {

ResumeDialog::ResumeDialog(const QList<SessionStore::Summary>& sessions, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("resumeDialog"));
    setWindowTitle(tr("Resume an upgrade"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("These upgrades are not finished. Resume one, or start a new session."), this);
    label->setWordWrap(true);
    layout->addWidget(label);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("sessionList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Customer"), tr("Case"), tr("Engineer"), tr("Started"), tr("Last saved"),
                             tr("Last page"), tr("File")});
    m_list->setAccessibleName(tr("Unfinished sessions"));
    label->setBuddy(m_list);
    for (const SessionStore::Summary& s : sessions) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, s.path);
        item->setText(6, s.path);
        if (!s.error.isEmpty()) {
            item->setText(0, tr("(cannot be opened)"));
            item->setToolTip(0, plainToolTip(s.error));
            item->setText(5, s.error);
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled & ~Qt::ItemIsSelectable);
            continue;
        }
        item->setText(0, s.customer + (s.training ? tr(" (training)") : QString()));
        item->setText(1, s.caseId);
        item->setText(2, s.engineer);
        item->setText(3, QLocale().toString(s.createdAt, QLocale::ShortFormat));
        item->setText(4, QLocale().toString(s.updatedAt, QLocale::ShortFormat));
        item->setText(5, s.lastPage);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_resume = buttons->addButton(tr("&Resume"), QDialogButtonBox::AcceptRole);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    QPushButton* fresh = buttons->addButton(tr("Start &new session"), QDialogButtonBox::AcceptRole);
    fresh->setObjectName(QStringLiteral("newSessionButton"));
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    layout->addWidget(buttons);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_startNew = false;
        accept();
    });
    connect(fresh, &QPushButton::clicked, this, [this] {
        m_startNew = true;
        accept();
    });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        m_startNew = false;
        accept();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_resume->setEnabled(item && (item->flags() & Qt::ItemIsEnabled)); });
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            break;
        }
    }
    m_resume->setEnabled(m_list->currentItem() != nullptr);
    m_resume->setDefault(true);
    resize(820, 360);
}

QString ResumeDialog::selectedPath() const
{
    if (m_startNew || !m_list->currentItem())
        return {};
    return m_list->currentItem()->data(0, Qt::UserRole).toString();
}

} // namespace o365

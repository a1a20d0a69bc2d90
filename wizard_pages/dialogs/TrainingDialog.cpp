#include "TrainingDialog.h"

#include "widgets/PlainToolTip.h"

#include "training/TrainingScenario.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace o365 {

TrainingDialog::TrainingDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("trainingDialog"));
    setWindowTitle(tr("Practise in the training lab"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The training lab simulates a PA installation inside the wizard: gateway and "
                                "dispatcher applications, the PA API and a Provisioning Gateway Host, on this "
                                "computer only. Nothing reaches a customer. Each scenario hides a fault that "
                                "happens in real upgrades; find it where the wizard shows it.\n\n"
                                "The wizard restarts with a new TRAINING session; your current session is saved."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* listLabel = new QLabel(tr("&Scenario:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setAccessibleName(tr("Training scenarios"));
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    for (const QString& id : TrainingScenario::builtInIds()) {
        TrainingScenario s;
        QString error;
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, id);
        if (TrainingScenario::load(id, &s, &error)) {
            item->setText(s.title);
            item->setToolTip(plainToolTip(s.summary));
            item->setData(Qt::UserRole + 1, QStringLiteral("<p>%1</p><p><b>%2</b> %3</p>")
                                                .arg(s.summary.toHtmlEscaped(), tr("What to notice:"),
                                                     s.notice.toHtmlEscaped()));
        } else {
            item->setText(id);
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setData(Qt::UserRole + 1, error.toHtmlEscaped());
        }
    }
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("scenarioDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setMinimumHeight(80);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start &training"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("startTraining"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TrainingDialog::showDetails);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    m_list->setCurrentRow(0);
    resize(620, 520);
}

QString TrainingDialog::selectedScenario() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void TrainingDialog::showDetails()
{
    const QListWidgetItem* item = m_list->currentItem();
    m_details->setText(item ? item->data(Qt::UserRole + 1).toString() : QString());
}

} // namespace o365

#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace o365 {

// "Practise in the training lab": the built-in scenarios, each with its one-line summary and
// what the trainee should notice; the chosen one is selectedScenario().
class TrainingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrainingDialog(QWidget* parent = nullptr);
    QString selectedScenario() const;

private:
    void showDetails();

    QListWidget* m_list;
    QLabel* m_details;
};

} // namespace o365

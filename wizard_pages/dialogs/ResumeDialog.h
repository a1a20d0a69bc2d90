#pragma once

#include "session/SessionStore.h"

#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace o365 {

// Offered at start when unfinished sessions exist: resume one, or start a new one.
// Files that cannot be read are listed with the reason (and left untouched).
class ResumeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ResumeDialog(const QList<SessionStore::Summary>& sessions, QWidget* parent = nullptr);

    QString selectedPath() const; // empty: start a new session

private:
    QTreeWidget* m_list;
    QPushButton* m_resume;
    bool m_startNew = false;
};

} // namespace o365

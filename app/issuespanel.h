#pragma once
// The issues dock: the validator's findings for the whole workspace, with severity, rule,
// location and message. Double-click (or Enter) asks the main window to go to the location.
#include "validator.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace tthc {

class IssuesPanel : public QWidget {
    Q_OBJECT
public:
    explicit IssuesPanel(QWidget *parent = nullptr);
    // With a workspace, locations name steps and flows by what the user sees on the chart.
    void setFindings(const QList<Finding> &findings, const Workspace *ws = nullptr);
    const QList<Finding> &findings() const { return m_findings; }
    QTreeWidget *tree() const { return m_tree; }
    static QString locationText(const Location &loc, const Workspace *ws = nullptr);

signals:
    void activated(const tthc::Finding &finding);

private:
    QList<Finding> m_findings;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace tthc

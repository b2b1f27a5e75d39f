#pragma once
// The properties dock of the chart editor: every field of the selected step (as in tthc-json,
// with the additive nature, place, applicant's and agency hours), or the selected flow's
// label, kind and — for a decision's branch — probability, or the selected lane's name and kind. Documents,
// systems and as-is steps are picked from lists. Each change is an undo command; the panel
// reloads whenever the model or the selection changes.
#include "processscene.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace tthc {

class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    PropertiesPanel(WorkspaceModel *model, QWidget *parent = nullptr);
    void setScene(ProcessScene *scene); // the editor whose selection is shown
    QWidget *stepField(const char *name) const; // for tests: "name", "hours", "documents", …

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void editStep(const std::function<void(Step &)> &change);
    void editFlow(const std::function<void(Flow &)> &change);
    void editLane(const std::function<void(Lane &)> &change);
    QList<QPair<QString, QString>> documentChoices() const;
    QString ownerAgency() const; // the procedure's agency, the default place of a visit

    WorkspaceModel *m_model;
    ProcessScene *m_scene = nullptr;
    QStackedWidget *m_pages;
    bool m_loading = false;
    QString m_stepId, m_flowId, m_laneId;
    // Step page.
    QLabel *m_stepIdLabel;
    QLineEdit *m_name;
    QComboBox *m_kind, *m_lane, *m_procedure, *m_nature;
    QLineEdit *m_place;
    QDoubleSpinBox *m_applicantHours, *m_agencyHours; // -1 = not given (the rule's default)
    QPlainTextEdit *m_description;
    QDoubleSpinBox *m_hours, *m_waitDays, *m_cost;
    QCheckBox *m_inPerson, *m_manual;
    QListWidget *m_documents, *m_systems, *m_derived;
    // Flow page.
    QLabel *m_flowEnds;
    QLineEdit *m_flowLabel;
    QComboBox *m_flowKind;
    QDoubleSpinBox *m_probability; // percent; -1 = not given
    QLabel *m_probabilityRule;
    // Lane page.
    QLineEdit *m_laneName;
    QComboBox *m_laneKind;
};

} // namespace tthc

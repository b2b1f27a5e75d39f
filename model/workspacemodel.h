#pragma once
// The live, headless workspace: the data of one workspace plus its database. Everything is
// addressed by id (procedure code, group id, step/lane/flow id); every change is written to
// the workspace file in one transaction before it takes effect in memory, so a failed save
// changes nothing, and a crash loses nothing that was shown. Views (catalogue, forms, the
// diagram scene) follow the signals; undo commands call the setters with ids.
#include "result.h"
#include "types.h"
#include "dossiersettings.h"
#include "workspacedb.h"

#include <QObject>
#include <QVariant>
#include <functional>
#include <memory>

namespace tthc {

// The catalogue fields of a procedure that forms edit one at a time.
enum class ProcedureField {
    Name, FieldOfWork, Agency, Level, AnnualVolume, ComplaintsPerYear, StatutoryDays, OnlineLevel,
    LegalBasis, Published, FormsDownloadable, FormsOnline, OnlinePayment, ProcessedOnline,
    HighVolume, Frequent, Complaints, Investment, HourlyIncome, AgencyHourlyCost, EvaluationNotes,
    ApplicantType // int(tthc::ApplicantType), the additive field "applicantType" (compliancecost.h)
};

class WorkspaceModel : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceModel(QObject *parent = nullptr);
    ~WorkspaceModel() override;

    // Storage. Without a database the model works in memory (command line, tests).
    Status open(const QString &path, WorkspaceDb::Access access = WorkspaceDb::Access::ReadWrite);
    bool isReadOnly() const { return m_db && m_db->isReadOnly(); }
    Status create(const QString &path, const Workspace &initial = {});
    void close();
    bool hasDatabase() const { return m_db != nullptr; }
    QString path() const;
    // The file's full integrity check (WorkspaceDb::integrity); success without a file.
    Status integrity();
    // Reads in what other programs saved to the file since we last read it (polled by the
    // window; cheap when nothing changed) and emits the signals of what changed. Returns
    // the number of procedures, groups and workspace parts that changed.
    Result<int> refresh();
    Result<int> reloadFromFile();

    const Workspace &workspace() const { return m_ws; }
    const Procedure *procedure(const QString &code) const { return m_ws.procedure(code); }
    const ProcedureGroup *group(const QString &id) const { return m_ws.group(id); }
    // The shown proposal is this procedure, or a group that has it as a member: what a view of
    // the proposal must follow when the procedure changes.
    bool concerns(const ProcessRef &owner, const QString &procedureCode) const;
    const Process *process(const ProcessRef &ref) const;

    // Whole-workspace changes.
    Status replaceAll(const Workspace &ws);
    // Adds what `incoming` holds: procedures and groups replace those with the same code/id,
    // systems replace those with the same id, workspace-level fields (dossier settings)
    // replace ours; everything else is kept.
    Status merge(const Workspace &incoming);

    // Procedures and groups.
    static QVariant fieldValue(const Procedure &p, ProcedureField f);
    Status setProcedureField(const QString &code, ProcedureField f, const QVariant &value);
    Status addProcedure(const Procedure &p);
    Status removeProcedure(const QString &code);
    Status setProcedure(const Procedure &p); // replaces the procedure with that code
    Status setSystems(const QList<System> &systems);
    Status setDossierSettings(const DossierSettings &settings);
    Status setDocuments(const QString &code, const QList<Document> &documents);
    // The analysis row of one as-is step of a procedure or group (inserted or replaced by
    // step id); an empty optional removes the row.
    Status setAnalysisRow(ProcessRef::Owner owner, const QString &ownerId, const QString &stepId,
                          const std::optional<StepAnalysis> &row);
    static const QList<StepAnalysis> *analysisOf(const Workspace &ws, ProcessRef::Owner owner, const QString &ownerId);

    // Processes, by reference and id.
    Status setProcess(const ProcessRef &ref, const Process &process);
    Status addLane(const ProcessRef &ref, const Lane &lane, int index = -1);
    Status updateLane(const ProcessRef &ref, const Lane &lane);
    Status removeLane(const ProcessRef &ref, const QString &laneId); // refused while steps use it
    Status addStep(const ProcessRef &ref, const Step &step, int index = -1);
    Status updateStep(const ProcessRef &ref, const Step &step);
    Status removeStep(const ProcessRef &ref, const QString &stepId); // and the flows that touch it
    Status addFlow(const ProcessRef &ref, const Flow &flow, int index = -1);
    Status updateFlow(const ProcessRef &ref, const Flow &flow);
    Status removeFlow(const ProcessRef &ref, const QString &flowId);

signals:
    void reset(); // opened, closed, or replaced as a whole
    void procedureAdded(const QString &code);
    void procedureRemoved(const QString &code);
    void procedureChanged(const QString &code);
    void groupChanged(const QString &id);
    void systemsChanged();
    void dossierSettingsChanged();
    void processChanged(const tthc::ProcessRef &ref); // after any change inside the process
    void laneAdded(const tthc::ProcessRef &ref, const QString &id);
    void laneChanged(const tthc::ProcessRef &ref, const QString &id);
    void laneRemoved(const tthc::ProcessRef &ref, const QString &id);
    void stepAdded(const tthc::ProcessRef &ref, const QString &id);
    void stepChanged(const tthc::ProcessRef &ref, const QString &id);
    void stepRemoved(const tthc::ProcessRef &ref, const QString &id);
    void flowAdded(const tthc::ProcessRef &ref, const QString &id);
    void flowChanged(const tthc::ProcessRef &ref, const QString &id);
    void flowRemoved(const tthc::ProcessRef &ref, const QString &id);
    void saved(); // a change was committed to the workspace file

private:
    using ItemSignal = void (WorkspaceModel::*)(const ProcessRef &, const QString &);
    using ProcessCheck = std::function<Status(const Process &, const QString &id)>;
    // Lanes, steps and flows are all items of a process list addressed by id.
    template <class T>
    Status addItem(const ProcessRef &ref, QList<T> Process::*list, const T &item, int index, const QString &noun,
                   ItemSignal added, const ProcessCheck &check = {});
    template <class T>
    Status updateItem(const ProcessRef &ref, QList<T> Process::*list, const T &item, const QString &noun,
                      ItemSignal changed, const ProcessCheck &check = {});
    template <class T>
    Status removeItem(const ProcessRef &ref, QList<T> Process::*list, const QString &id, const QString &noun,
                      ItemSignal removed, const ProcessCheck &check = {});
    Process *mutableProcess(const ProcessRef &ref);
    Status changeProcess(const ProcessRef &ref, const std::function<Status(Process &)> &change);
    Status commit(const std::function<Status(WorkspaceDb &)> &write);
    static Status writeDifference(WorkspaceDb &db, const Workspace &from, const Workspace &to);

    Workspace m_ws;
    std::unique_ptr<WorkspaceDb> m_db;
};

} // namespace tthc

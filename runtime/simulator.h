#pragma once
// Discrete-event simulation of a year of dossiers through the as-is chart and the to-be
// e-process of a procedure or group. Dossiers arrive as a Poisson stream spread over the
// working hours of the year (the annual volume); each step takes its actor's working time
// (SimulationParams::duration) from the staff of its lane, queueing first-come first-served
// when all are busy, then waits its waiting days (no one works); decisions send a dossier
// along one branch (see Simulator::definition() for every rule). The clock runs in working
// hours of the WorkingCalendar, so "n working days" last n × its standard day; deadlines are
// counted on dates like the one-stop does. Seeded: the same input, options and seed give the
// same result. Simulator::run is a plain function for a worker thread; SimulationRunner runs
// it in a QThread for the GUI.
#include "result.h"
#include "types.h"
#include "workingcalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QThread>
#include <atomic>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>

namespace tthc {

// What to simulate: copies of the charts and figures, so that a worker needs no workspace.
struct SimulationInput {
    QString id; // the procedure code or group id
    QString name;
    bool group = false;
    double annualVolume = 0; // dossiers per year (a group: its smallest member's, as ComplianceCostRules)
    // Time limit in working days; 0 = none (no on-time share). A group: the limits of the
    // members that its chart runs, added up.
    double statutoryDaysAsIs = 0;
    double statutoryDaysToBe = 0;
    Process asIs;
    Process toBe;
    // A group: the members' charts by code, each sub-procedure step running its member's chart
    // (to-be: the member's e-process, or its as-is chart while none is drafted).
    QHash<QString, Process> membersAsIs;
    QHash<QString, Process> membersToBe;

    static Result<SimulationInput> forProcedure(const Workspace &ws, const QString &code);
    static Result<SimulationInput> forGroup(const Workspace &ws, const QString &id);
    // A group id if the workspace has one, else a procedure code.
    static Result<SimulationInput> fromWorkspace(const Workspace &ws, const QString &codeOrGroupId);
};

struct SimulationOptions {
    qint64 cases = 0;      // dossiers per replication; 0 = the annual volume (at least 1)
    quint64 seed = 1;
    int replications = 5;  // independent runs; the confidence intervals need at least 2
    int year = 2026;       // arrivals start on 1 January and follow its working hours
    WorkingCalendar calendar = WorkingCalendar::vietnam();
    int maxVisits = 100;   // a dossier entering a step more often leaves the loop (see definition())
    int defaultStaff = 0;  // staff of a human lane without "staff"; 0 = sized to its load
    double targetUtilisation = 0.85; // the load a sized lane is given staff for
};

// A figure over the replications: their mean and its 95 % confidence interval (Student t).
struct Estimate {
    double mean = 0;
    double halfWidth = std::numeric_limits<double>::quiet_NaN(); // NaN with fewer than 2 values
    double low() const { return mean - halfWidth; }
    double high() const { return mean + halfWidth; }
    bool hasInterval() const { return std::isfinite(halfWidth); }
    static Estimate of(const QList<double> &values); // non-finite values are left out
    static double studentT975(int degreesOfFreedom);
};

struct LaneResult { // one lane in one replication
    QString id;
    double busyHours = 0;      // working time spent on its steps
    double utilisation = std::numeric_limits<double>::quiet_NaN(); // busy / (staff × horizon); NaN unlimited
    double meanQueueHours = 0; // waiting for a free person, per step started
    qint64 maxQueue = 0;
    qint64 visits = 0;         // steps started
};

struct ReplicationResult {
    quint64 seed = 0;
    qint64 cases = 0;    // arrived
    qint64 finished = 0; // reached an end
    qint64 stuck = 0;    // left at the visit limit, or ended without reaching an end
    qint64 events = 0;
    double horizonHours = 0; // working hours from the first arrival to the last event
    double meanHours = 0, p50Hours = 0, p90Hours = 0, p95Hours = 0, maxHours = 0; // cycle time
    double waitingShare = 0; // (queue + waiting days) / (queue + waiting days + work) over all steps
    double onTimeShare = std::numeric_limits<double>::quiet_NaN(); // within the time limit; NaN without one
    QList<LaneResult> lanes;
    QList<double> cycleHours; // first replication only: each finished dossier's cycle time, for the histogram (not in toJson)
};

struct LaneSummary {
    QString id; // lanes of a group's members: "code/laneId"
    QString name;
    LaneKind kind = LaneKind::Unit;
    int staff = 0;             // 0 = unlimited
    bool staffDefaulted = false; // no "staff" in the chart: the simulator chose it
    Estimate utilisation;      // NaN for unlimited lanes
    Estimate meanQueueHours;
};

struct ScenarioResult { // the as-is chart or the to-be e-process
    bool present = false; // false: the chart has no steps
    double arrivalsPerHour = 0;
    double statutoryDays = 0;
    Estimate meanHours, p50Hours, p90Hours, p95Hours; // cycle time, in working hours
    Estimate waitingShare;
    Estimate onTimeShare; // NaN mean without a time limit
    qint64 finished = 0, stuck = 0; // over all replications
    QList<LaneSummary> lanes;
    QList<ReplicationResult> replications;
};

struct SimulationResult {
    QString id;
    QString name;
    bool group = false;
    quint64 seed = 0;
    qint64 cases = 0; // per replication
    int replications = 0;
    int year = 0;
    double hoursPerDay = 8; // the calendar's standard working day: days = hours / hoursPerDay
    double annualVolume = 0;
    ScenarioResult asIs;
    ScenarioResult toBe;
    qint64 events = 0;  // over everything
    double seconds = 0; // wall-clock time of the run (not in toJson: it differs run to run)

    double days(double hours) const { return hours / hoursPerDay; }
    // Stable keys; the same input, options and seed give the same bytes.
    QJsonObject toJson() const;
};

class Simulator {
    Q_DECLARE_TR_FUNCTIONS(tthc::Simulator)
public:
    // Runs every replication of the as-is and the to-be chart on the calling thread. progress
    // gets 0..1 now and then; a set *cancel stops the run soon after (failure, "cancelled").
    static Result<SimulationResult> run(const SimulationInput &input, const SimulationOptions &options,
                                        const std::function<void(double)> &progress = {},
                                        const std::atomic<bool> *cancel = nullptr);
    static QString cancelledMessage();
    static QString definition(); // translated: how the simulation treats the charts
};

// Runs Simulator::run in a worker thread for the GUI: start(), then one of finished, failed or
// cancelled, delivered in the runner's thread. Destroying a running runner cancels and waits.
class SimulationRunner : public QObject {
    Q_OBJECT
public:
    explicit SimulationRunner(QObject *parent = nullptr);
    ~SimulationRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    // False (and nothing happens) while a run is in progress.
    bool start(const SimulationInput &input, const SimulationOptions &options);

public slots:
    void cancel();

signals:
    void progress(int percent); // 0..100, only when it changes
    void finished(const tthc::SimulationResult &result);
    void failed(const QString &message);
    void cancelled();

private:
    void deliver(const Result<SimulationResult> &result);

    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel{false};
};

} // namespace tthc

Q_DECLARE_METATYPE(tthc::SimulationResult)

#pragma once
// The simulation parameters of a chart: optional additive fields of tthc-json kept in the
// `extra` objects, so a file without them is valid and files from older tools keep them.
//   step  "duration": {"distribution": "fixed|uniform|triangular|exponential",
//                      "min", "mode", "max", "mean"}      working hours of the actor
//   step  "wait":     the same shape, in working days       replaces the fixed waitDays
//   lane  "staff":    n ≥ 1 people working in parallel, or 0 / "unlimited"
//   flow  "probability": 0..1, the share of dossiers a decision sends along this flow
// Without them: a step lasts triangular(0.5 h, h, 1.5 h) around its hours (mean = hours, so
// the figures agree with the elapsed days and the costs), waits its waitDays exactly; the
// applicant's and information systems' lanes have no limit, and the other lanes are staffed
// by the simulator (see Simulator). Probabilities are read as ReductionRules reads them.
#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace tthc {

struct Distribution {
    enum class Kind { Fixed, Uniform, Triangular, Exponential };
    Kind kind = Kind::Fixed;
    double min = 0, mode = 0, max = 0; // uniform: min, max; triangular: min, mode, max
    double mean = 0;                   // fixed: the value; exponential: the mean

    static Distribution fixed(double value) { return {Kind::Fixed, 0, 0, 0, value}; }
    static Distribution uniform(double lo, double hi) { return {Kind::Uniform, lo, 0, hi, 0}; }
    static Distribution triangular(double lo, double mode, double hi) { return {Kind::Triangular, lo, mode, hi, 0}; }
    static Distribution exponential(double mean) { return {Kind::Exponential, 0, 0, 0, mean}; }

    double expected() const;
    bool isZero() const { return expected() <= 0; } // parameters are never negative: always 0
    Distribution scaled(double factor) const; // days → hours
    QJsonObject toJson() const;
    // `what` names the field in errors (e.g. "step s4: duration").
    static Result<Distribution> fromJson(const QJsonValue &v, const QString &what);
    bool operator==(const Distribution &) const = default;
};

class SimulationParams {
    Q_DECLARE_TR_FUNCTIONS(tthc::SimulationParams)
public:
    static constexpr double defaultSpread = 0.5; // default triangular: hours × (1 − 0.5, 1, 1 + 0.5)

    // Working time of the step's actor, in hours.
    static Result<Distribution> duration(const Step &s);
    // Pure waiting before the step ends (no one works), in working days.
    static Result<Distribution> wait(const Step &s);
    // Staff of a lane: nullopt when not given (the default applies), 0 for unlimited.
    static Result<std::optional<int>> staff(const Lane &l);
    static bool unlimitedByDefault(LaneKind kind) { return kind == LaneKind::Applicant || kind == LaneKind::System; }
    // The flow's probability when it is a number (negative read as 0, as ReductionRules).
    static std::optional<double> probability(const Flow &f);

    // Setters for editors; nullopt removes the field (back to the default).
    static void setDuration(Step &s, const std::optional<Distribution> &d);
    static void setWait(Step &s, const std::optional<Distribution> &d);
    static void setStaff(Lane &l, std::optional<int> staff);
    static void setProbability(Flow &f, std::optional<double> p);

    // Every parameter of the chart that cannot be used, one translated line each, naming the
    // step, lane or flow; empty when the chart can be simulated as it is.
    static QStringList problems(const Process &p);
};

} // namespace tthc

#pragma once
// The domain types of TTHC Studio as plain values (see the glossary of DESIGN.md).
// They carry no behaviour beyond look-ups by id, compare by value (round-trip tests rely on
// it) and keep the JSON fields this build does not know in `extra`, so that a file from a
// newer tool survives import → export unchanged.
#include "enums.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tthc {

struct System {
    QString id;
    QString name;
    SystemKind kind = SystemKind::Other;
    QString owner;
    Readiness readiness = Readiness::None;
    QString note;
    QJsonObject extra;
    bool operator==(const System &) const = default;
};

struct Document {
    QString id;
    QString name;
    DocumentKind kind = DocumentKind::Other;
    QJsonObject extra;
    bool operator==(const Document &) const = default;
};

struct Lane {
    QString id;
    QString name;
    LaneKind kind = LaneKind::Unit;
    QJsonObject extra;
    bool operator==(const Lane &) const = default;
};

struct Step {
    QString id;
    StepKind kind = StepKind::Task;
    QString name;
    QString lane;
    QString description;  // duties and work content of the actor
    QString procedure;    // kind == Procedure: the member's code
    double hours = 0;     // working time of the actor on this step
    double waitDays = 0;  // elapsed waiting before the step ends
    bool inPerson = false;
    bool manual = false;
    QStringList documents;
    QStringList systems;
    double costVnd = 0;
    QStringList derivedFrom; // to-be only: the as-is steps this one comes from
    QJsonObject extra;
    bool operator==(const Step &) const = default;
};

// Flows have no id in tthc-json v1; the model gives each one (written back as an additive
// optional "id") so that the diagram and the validator can address a flow stably.
struct Flow {
    QString id;
    QString from;
    QString to;
    QString label;
    FlowKind kind = FlowKind::Sequence;
    QJsonObject extra;
    bool operator==(const Flow &) const = default;
};

struct Process {
    QList<Lane> lanes;
    QList<Step> steps;
    QList<Flow> flows;
    QJsonObject layout; // optional diagram geometry (additive)
    QJsonObject extra;
    bool operator==(const Process &) const = default;

    bool isEmpty() const { return lanes.isEmpty() && steps.isEmpty() && flows.isEmpty(); }
    int stepIndex(const QString &id) const;
    int laneIndex(const QString &id) const;
    int flowIndex(const QString &id) const;
    const Step *step(const QString &id) const;
    const Lane *lane(const QString &id) const;
    // A fresh id with the given prefix that no step, lane or flow uses yet.
    QString newId(const QString &prefix) const;
};

struct StepAnalysis {
    QString step;
    QString dataSharing;     // (1) data connection/sharing and digitisation
    QString interconnection; // (2) electronic interconnection
    QString efficiency;      // (3) system efficiency
    QString performance;     // (4) system performance
    QStringList systems;
    QStringList reuseDocuments;
    Action action = Action::Keep;
    QJsonObject extra;
    bool operator==(const StepAnalysis &) const = default;
};

// Every object kind keeps the fields it does not know (`extra`), so a tthc-json round trip
// through the app is lossless.
struct Fee {
    QString name;
    double amountVnd = 0;
    QJsonObject extra{}; // (a default initializer: aggregate initialisations may leave it out)
    bool operator==(const Fee &) const = default;
};

struct Eligibility {
    bool published = false;
    bool formsDownloadable = false;
    bool formsOnline = false;
    bool onlinePayment = false;
    bool processedOnline = false;
    QJsonObject extra{}; // (a default initializer: aggregate initialisations may leave it out)
    bool operator==(const Eligibility &) const = default;
};

struct Priority {
    bool highVolume = false;
    bool frequent = false;
    bool complaints = false;
    bool investment = false;
    QJsonObject extra{}; // (a default initializer: aggregate initialisations may leave it out)
    bool operator==(const Priority &) const = default;
};

// Inputs of step 3; the results are always computed, never stored.
struct Evaluation {
    double hourlyIncomeVnd = 0;     // the applicant's time (Thông tư 02/2017/TT-VPCP, Điều 27)
    double agencyHourlyCostVnd = 0; // the agency's staff time, counted separately (additive field)
    QString notes;                  // where the figures come from
    QJsonObject extra;
    bool operator==(const Evaluation &) const = default;
};

// Appraisal state of a proposal (additive "review" object in tthc-json).
struct Review {
    ReviewState state = ReviewState::Draft;
    QString comments;
    QString decisionNo;
    QDate decisionDate;
    QJsonObject extra{}; // (a default initializer: aggregate initialisations may leave it out)
    bool operator==(const Review &) const = default;
    bool isDefault() const { return *this == Review{}; }
};

struct Procedure {
    QString code;
    QString name;
    QString field;
    QString agency;
    Level level = Level::Province;
    double annualVolume = 0;
    double complaintsPerYear = 0;
    double statutoryDays = 0;
    QList<Fee> fees;
    QStringList legalBasis;
    OnlineLevel onlineLevel = OnlineLevel::None;
    Eligibility eligibility;
    Priority priority;
    QList<Document> documents;
    Process asIs;
    Process toBe;
    QList<StepAnalysis> analysis;
    Evaluation evaluation;
    Review review;
    QJsonObject extra;
    bool operator==(const Procedure &) const = default;

    const Document *document(const QString &id) const;
    const StepAnalysis *analysisFor(const QString &stepId) const;
};

struct ProcedureGroup {
    QString id;
    QString name;
    QStringList members; // procedure codes, in order
    Process asIs;
    Process toBe;
    QList<StepAnalysis> analysis;
    Review review;
    QJsonObject extra;
    bool operator==(const ProcedureGroup &) const = default;

    // The group's e-process still runs this member: it has a sub-procedure step of it. A member
    // it does not run (with an e-process drawn) is cut by the analysis.
    bool runsInToBe(const QString &memberCode) const;
};

// The level of a new procedure from its agency's name (local government has two tiers since
// 1 July 2025): "UBND xã/phường/đặc khu …" or "… cấp xã" → commune; "Bộ …" → ministry; else
// province. District is only read from older files (the validator warns).
Level levelForAgency(const QString &agency);

struct Workspace {
    QList<System> systems;
    QList<Procedure> procedures;
    QList<ProcedureGroup> groups;
    QJsonObject extra;
    bool operator==(const Workspace &) const = default;

    int procedureIndex(const QString &code) const;
    int groupIndex(const QString &id) const;
    int systemIndex(const QString &id) const;
    const Procedure *procedure(const QString &code) const;
    const ProcedureGroup *group(const QString &id) const;
    const System *system(const QString &id) const;
};

// Which process of which owner: a procedure (by code) or a group (by id), as-is or to-be.
enum class Which { AsIs, ToBe };
struct ProcessRef {
    enum class Owner { Procedure, Group };
    Owner owner = Owner::Procedure;
    QString id;
    Which which = Which::AsIs;
    bool operator==(const ProcessRef &) const = default;
    static ProcessRef procedure(const QString &code, Which w) { return {Owner::Procedure, code, w}; }
    static ProcessRef group(const QString &id, Which w) { return {Owner::Group, id, w}; }
};

QString whichKey(Which w); // "asIs" / "toBe", as in tthc-json

} // namespace tthc

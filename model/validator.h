#pragma once
// The linter for processes and proposals. Each rule has a stable id, a severity, a
// Vietnamese message (English source through tr()) and a location in the model plus the
// JSON path of the offending value, so that the issues dock can go to the step and the
// command line can point into the file. Integrity rules (dangling references, duplicate
// ids) also guard the import: a file that breaks one is refused.
#include "types.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace tthc {

enum class Severity { Error, Warning, Info };

struct Location {
    QString procedure;            // procedure code, or empty
    QString group;                // group id, or empty
    std::optional<Which> process; // which process, if the finding is inside one
    QString step;                 // step id, or empty
    QString flow;                 // flow id, or empty
    bool operator==(const Location &) const = default;
};

struct Finding {
    QString rule;
    Severity severity = Severity::Error;
    QString message;
    Location location;
    QString path; // JSON path, e.g. procedures[0].asIs.flows[3].to
    bool operator==(const Finding &) const = default;
};

struct RuleInfo {
    QString id;
    Severity severity;
    bool integrity; // a broken reference or duplicate id: refused on import
    QString description;
};

// A legal basis as the decision cites it: "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của
// Chính phủ quy định chi tiết …" — number, date, title; a law by its name and date.
class LegalBasis {
    Q_DECLARE_TR_FUNCTIONS(tthc::LegalBasis)
public:
    // What the entry lacks, translated and joined ("date, title"); empty when complete.
    static QString missing(const QString &entry);
};

class Validator {
    Q_DECLARE_TR_FUNCTIONS(tthc::Validator)
public:
    static QList<RuleInfo> rules();
    static QList<Finding> validate(const Workspace &ws);
    // Findings of one procedure (its processes, documents and analysis) only.
    static QList<Finding> validateProcedure(const Workspace &ws, int procedureIndex);
    static QList<Finding> validateGroup(const Workspace &ws, int groupIndex);
    // Workspace-wide findings only (duplicate codes and ids of the registry).
    static QList<Finding> validateWorkspaceIds(const Workspace &ws);
    static bool isIntegrityRule(const QString &ruleId);

    static QString severityName(Severity s); // translated: "error", "warning", "info"
    static int count(const QList<Finding> &findings, Severity s);
    // One line for a terminal: "error [rule] path: message"
    static QString formatLine(const Finding &f);
};

} // namespace tthc

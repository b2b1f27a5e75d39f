#pragma once
// Builds the approval dossier of one procedure or one group (seed 003: the draft decision
// with its appendices) as a report::Document, from the model only: the draft decision in
// the format of Nghị định 30/2020/NĐ-CP worded by the decision template; Phụ lục I the
// as-is chart and each actor's duties per step; Phụ lục II the related systems and the
// criteria analysis table with seed 003's columns; Phụ lục III the e-process chart and its
// steps; Phụ lục IV the evaluation (indicators, compliance cost per dossier and per year,
// charts). The dossier is a Vietnamese administrative document whatever the interface
// language, so its wording is Vietnamese here and in the template, not translated.
#include "decisiontemplate.h"
#include "dossiersettings.h"
#include "reportdocument.h"
#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace tthc {

struct DossierTarget {
    enum class Kind { Procedure, Group };
    Kind kind = Kind::Procedure;
    QString id; // procedure code or group id

    static DossierTarget procedure(const QString &code) { return {Kind::Procedure, code}; }
    static DossierTarget group(const QString &id) { return {Kind::Group, id}; }
    ProcessRef ref(Which which) const
    {
        return kind == Kind::Group ? ProcessRef::group(id, which) : ProcessRef::procedure(id, which);
    }
};

class DossierBuilder {
    Q_DECLARE_TR_FUNCTIONS(tthc::DossierBuilder)
public:
    // Draws a chart of the workspace as a figure (the caller owns the diagram scene).
    using ChartSource = std::function<Result<report::Figure>(const ProcessRef &)>;

    // The file name stem of a target's dossier: "Ho-so-1.002804", safe on every system and
    // distinct for distinct ids ("a/b" → "Ho-so-a_b-<8 hex of its SHA-1>", "a_b" → "Ho-so-a_b").
    static QString fileStem(const DossierTarget &target);
    // What the placeholders of the decision template stand for, for this target.
    static Result<QHash<QString, QStringList>> placeholderValues(const Workspace &ws, const DossierTarget &target,
                                                                 const DossierSettings &settings, const QDate &today);
    // A procedure or group that cannot have a dossier yet says why (no chart, no e-process …).
    static Status check(const Workspace &ws, const DossierTarget &target);

    // The settings a decision cannot do without (the issuing body and its name in a sentence,
    // the place, the proposer, the signer's name): empty when all are there, else one message
    // naming them and how to fill them in, in the window or on the command line.
    static QString missingSettings(const DossierSettings &settings);
    static Result<report::Document> build(const Workspace &ws, const DossierTarget &target,
                                          const DecisionTemplate &decisionTemplate, const DossierSettings &settings,
                                          const ChartSource &charts, const QDate &today);
};

} // namespace tthc

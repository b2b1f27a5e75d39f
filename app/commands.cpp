#include "commands.h"

#include <QCoreApplication>

namespace tthc {

namespace {
// The translation context of the undo texts.
class Commands {
    Q_DECLARE_TR_FUNCTIONS(tthc::Commands)
};

// Runs `change`; on failure the command becomes obsolete and the error is reported.
void guarded(QUndoCommand *command, const ErrorSink &onError, const Status &result)
{
    if (result)
        return;
    command->setObsolete(true);
    if (onError)
        onError(result.error());
}
} // namespace

QString SetProcedureFieldCommand::fieldName(ProcedureField f)
{
    switch (f) {
    case ProcedureField::Name: return Commands::tr("name");
    case ProcedureField::FieldOfWork: return Commands::tr("field");
    case ProcedureField::Agency: return Commands::tr("agency");
    case ProcedureField::Level: return Commands::tr("level");
    case ProcedureField::AnnualVolume: return Commands::tr("dossiers per year");
    case ProcedureField::ComplaintsPerYear: return Commands::tr("complaints per year");
    case ProcedureField::StatutoryDays: return Commands::tr("statutory time limit");
    case ProcedureField::OnlineLevel: return Commands::tr("online level");
    case ProcedureField::LegalBasis: return Commands::tr("legal basis");
    case ProcedureField::Published: return Commands::tr("published on the national database");
    case ProcedureField::FormsDownloadable: return Commands::tr("forms downloadable");
    case ProcedureField::FormsOnline: return Commands::tr("forms online");
    case ProcedureField::OnlinePayment: return Commands::tr("online payment");
    case ProcedureField::ProcessedOnline: return Commands::tr("processed online");
    case ProcedureField::HighVolume: return Commands::tr("high volume");
    case ProcedureField::Frequent: return Commands::tr("frequent");
    case ProcedureField::Complaints: return Commands::tr("many complaints");
    case ProcedureField::Investment: return Commands::tr("investment environment");
    case ProcedureField::HourlyIncome: return Commands::tr("hourly income");
    case ProcedureField::AgencyHourlyCost: return Commands::tr("agency hourly cost");
    case ProcedureField::EvaluationNotes: return Commands::tr("evaluation notes");
    case ProcedureField::ApplicantType: return Commands::tr("applicant type");
    }
    return {};
}

SetProcedureFieldCommand::SetProcedureFieldCommand(WorkspaceModel *model, const QString &code, ProcedureField field,
                                                   const QVariant &value, ErrorSink onError)
    : m_model(model), m_code(code), m_field(field), m_new(value), m_onError(std::move(onError))
{
    if (const Procedure *p = model->procedure(code))
        m_old = WorkspaceModel::fieldValue(*p, field);
    setText(Commands::tr("Change %1 of %2").arg(fieldName(field), code));
}

void SetProcedureFieldCommand::apply(const QVariant &value)
{
    if (m_model)
        guarded(this, m_onError, m_model->setProcedureField(m_code, m_field, value));
}

void SetProcedureFieldCommand::redo() { apply(m_new); }
void SetProcedureFieldCommand::undo() { apply(m_old); }

bool SetProcedureFieldCommand::mergeWith(const QUndoCommand *other)
{
    // Typing into the same field of the same procedure is one edit.
    const auto *o = static_cast<const SetProcedureFieldCommand *>(other);
    if (o->m_code != m_code || o->m_field != m_field || o->isObsolete())
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

AddRemoveProcedureCommand::AddRemoveProcedureCommand(WorkspaceModel *model, Mode mode, const Procedure &snapshot,
                                                     ErrorSink onError)
    : m_model(model), m_mode(mode), m_snapshot(snapshot), m_onError(std::move(onError))
{
    setText(mode == Mode::Add ? Commands::tr("Add procedure %1").arg(snapshot.code)
                              : Commands::tr("Delete procedure %1").arg(snapshot.code));
}

void AddRemoveProcedureCommand::run(bool add)
{
    if (!m_model)
        return;
    guarded(this, m_onError, add ? m_model->addProcedure(m_snapshot) : m_model->removeProcedure(m_snapshot.code));
}

void AddRemoveProcedureCommand::redo() { run(m_mode == Mode::Add); }
void AddRemoveProcedureCommand::undo() { run(m_mode != Mode::Add); }

ReplaceWorkspaceCommand::ReplaceWorkspaceCommand(WorkspaceModel *model, const Workspace &next, const QString &text,
                                                 ErrorSink onError)
    : m_model(model), m_before(model->workspace()), m_after(next), m_onError(std::move(onError))
{
    setText(text);
}

void ReplaceWorkspaceCommand::apply(const Workspace &ws)
{
    if (m_model)
        guarded(this, m_onError, m_model->replaceAll(ws));
}

void ReplaceWorkspaceCommand::redo() { apply(m_after); }
void ReplaceWorkspaceCommand::undo() { apply(m_before); }

SetAnalysisRowCommand::SetAnalysisRowCommand(WorkspaceModel *model, ProcessRef::Owner owner, const QString &ownerId,
                                             const QString &stepId, const std::optional<StepAnalysis> &after,
                                             ErrorSink onError)
    : m_model(model), m_owner(owner), m_ownerId(ownerId), m_stepId(stepId), m_after(after), m_onError(std::move(onError))
{
    if (const QList<StepAnalysis> *rows = WorkspaceModel::analysisOf(model->workspace(), owner, ownerId))
        for (const StepAnalysis &a : *rows)
            if (a.step == stepId)
                m_before = a;
    setText(Commands::tr("Analyse step %1").arg(stepId));
}

void SetAnalysisRowCommand::apply(const std::optional<StepAnalysis> &row)
{
    if (m_model)
        guarded(this, m_onError, m_model->setAnalysisRow(m_owner, m_ownerId, m_stepId, row));
}

void SetAnalysisRowCommand::redo() { apply(m_after); }
void SetAnalysisRowCommand::undo() { apply(m_before); }

bool SetAnalysisRowCommand::mergeWith(const QUndoCommand *other)
{
    // Consecutive edits of one row (typing in several cells) are one edit.
    const auto *o = static_cast<const SetAnalysisRowCommand *>(other);
    if (o->m_owner != m_owner || o->m_ownerId != m_ownerId || o->m_stepId != m_stepId || o->isObsolete())
        return false;
    m_after = o->m_after;
    return true;
}

SetDocumentsCommand::SetDocumentsCommand(WorkspaceModel *model, const QString &code, const QList<Document> &after,
                                         const QString &text, ErrorSink onError)
    : m_model(model), m_code(code), m_after(after), m_onError(std::move(onError))
{
    if (const Procedure *p = model->procedure(code))
        m_before = p->documents;
    setText(text);
}

void SetDocumentsCommand::redo()
{
    if (m_model)
        guarded(this, m_onError, m_model->setDocuments(m_code, m_after));
}

void SetDocumentsCommand::undo()
{
    if (m_model)
        guarded(this, m_onError, m_model->setDocuments(m_code, m_before));
}

SetSystemsCommand::SetSystemsCommand(WorkspaceModel *model, const QList<System> &after, const QString &text,
                                     ErrorSink onError)
    : m_model(model), m_before(model->workspace().systems), m_after(after), m_onError(std::move(onError))
{
    setText(text);
}

void SetSystemsCommand::redo()
{
    if (m_model)
        guarded(this, m_onError, m_model->setSystems(m_after));
}

void SetSystemsCommand::undo()
{
    if (m_model)
        guarded(this, m_onError, m_model->setSystems(m_before));
}

SetDossierSettingsCommand::SetDossierSettingsCommand(WorkspaceModel *model, const DossierSettings &after,
                                                     ErrorSink onError)
    : m_model(model), m_before(DossierSettings::of(model->workspace())), m_after(after), m_onError(std::move(onError))
{
    setText(Commands::tr("Change dossier settings"));
}

void SetDossierSettingsCommand::redo()
{
    if (m_model)
        guarded(this, m_onError, m_model->setDossierSettings(m_after));
}

void SetDossierSettingsCommand::undo()
{
    if (m_model)
        guarded(this, m_onError, m_model->setDossierSettings(m_before));
}

} // namespace tthc

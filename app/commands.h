#pragma once
// Undo commands of the catalogue. Each holds ids and values, never pointers into the model,
// and looks the procedure up again on every redo/undo. A command whose change cannot be saved
// marks itself obsolete (QUndoStack then drops it) and reports the error through the model's
// owner, so the undo history only ever lists edits that reached the workspace file.
#include "workspacemodel.h"

#include <QPointer>
#include <QUndoCommand>
#include <functional>

namespace tthc {

using ErrorSink = std::function<void(const QString &)>;

class SetProcedureFieldCommand : public QUndoCommand {
public:
    SetProcedureFieldCommand(WorkspaceModel *model, const QString &code, ProcedureField field,
                             const QVariant &value, ErrorSink onError);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

    static QString fieldName(ProcedureField f);

private:
    void apply(const QVariant &value);
    QPointer<WorkspaceModel> m_model;
    QString m_code;
    ProcedureField m_field;
    QVariant m_old;
    QVariant m_new;
    ErrorSink m_onError;
};

// Adds a procedure, or removes one (storing a snapshot to restore on undo).
class AddRemoveProcedureCommand : public QUndoCommand {
public:
    enum class Mode { Add, Remove };
    AddRemoveProcedureCommand(WorkspaceModel *model, Mode mode, const Procedure &snapshot, ErrorSink onError);
    void redo() override;
    void undo() override;

private:
    void run(bool add);
    QPointer<WorkspaceModel> m_model;
    Mode m_mode;
    Procedure m_snapshot;
    ErrorSink m_onError;
};

// Replaces the whole workspace (import): undo restores the previous content.
class ReplaceWorkspaceCommand : public QUndoCommand {
public:
    ReplaceWorkspaceCommand(WorkspaceModel *model, const Workspace &next, const QString &text, ErrorSink onError);
    void redo() override;
    void undo() override;

private:
    void apply(const Workspace &ws);
    QPointer<WorkspaceModel> m_model;
    Workspace m_before;
    Workspace m_after;
    ErrorSink m_onError;
};

// One analysis row (the Phụ lục table) of a procedure's or group's as-is step.
class SetAnalysisRowCommand : public QUndoCommand {
public:
    SetAnalysisRowCommand(WorkspaceModel *model, ProcessRef::Owner owner, const QString &ownerId,
                          const QString &stepId, const std::optional<StepAnalysis> &after, ErrorSink onError);
    void redo() override;
    void undo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const std::optional<StepAnalysis> &row);
    QPointer<WorkspaceModel> m_model;
    ProcessRef::Owner m_owner;
    QString m_ownerId, m_stepId;
    std::optional<StepAnalysis> m_before, m_after;
    ErrorSink m_onError;
};

// The documents (thành phần hồ sơ) of a procedure, as a whole list.
class SetDocumentsCommand : public QUndoCommand {
public:
    SetDocumentsCommand(WorkspaceModel *model, const QString &code, const QList<Document> &after, const QString &text,
                        ErrorSink onError);
    void redo() override;
    void undo() override;

private:
    QPointer<WorkspaceModel> m_model;
    QString m_code;
    QList<Document> m_before, m_after;
    ErrorSink m_onError;
};

// The registry of national and sectoral systems, as a whole list.
class SetSystemsCommand : public QUndoCommand {
public:
    SetSystemsCommand(WorkspaceModel *model, const QList<System> &after, const QString &text, ErrorSink onError);
    void redo() override;
    void undo() override;

private:
    QPointer<WorkspaceModel> m_model;
    QList<System> m_before, m_after;
    ErrorSink m_onError;
};

// The workspace's dossier settings (issuing body, signer, recipients, template), as a whole:
// the settings dialog changes several fields at once and its OK is one undo step.
class SetDossierSettingsCommand : public QUndoCommand {
public:
    SetDossierSettingsCommand(WorkspaceModel *model, const DossierSettings &after, ErrorSink onError);
    void redo() override;
    void undo() override;

private:
    QPointer<WorkspaceModel> m_model;
    DossierSettings m_before, m_after;
    ErrorSink m_onError;
};

} // namespace tthc

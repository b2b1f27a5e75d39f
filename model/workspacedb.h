#pragma once
// The workspace file (*.tthc): one SQLite database with a schema-version table and forward
// migrations, foreign keys on, WAL journal. Every save is one transaction, so a process
// killed mid-save leaves the last committed state. Catalogue fields are columns (for
// queries and the catalogue); the nested parts of a procedure (documents, analysis) and each
// process are stored as tthc-json fragments, because they are always read and written whole.
// A file that is not a workspace, is damaged, or is newer than this build is refused with a
// Vietnamese message and left untouched.
#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <QString>
#include <future>
#include <memory>

namespace tthc {

class WorkspaceDb {
    Q_DECLARE_TR_FUNCTIONS(tthc::WorkspaceDb)
public:
    ~WorkspaceDb();
    WorkspaceDb(const WorkspaceDb &) = delete;
    WorkspaceDb &operator=(const WorkspaceDb &) = delete;

    static constexpr int schemaVersion = 3;
    static constexpr quint32 applicationId = 0x54544843; // "TTHC" in the SQLite header

    // Opens an existing workspace, migrating an older schema forward.
    static Result<std::unique_ptr<WorkspaceDb>> open(const QString &path);
    // Creates a new, empty workspace; fails if the file exists.
    static Result<std::unique_ptr<WorkspaceDb>> create(const QString &path);
    // For migration tests: create a workspace at an older schema version.
    static Result<std::unique_ptr<WorkspaceDb>> createAtVersion(const QString &path, int version);

    QString path() const { return m_path; }
    int version() const;

    // SQLite's full integrity_check (indexes against tables; quick_check on open does not look
    // at index contents). Started in the background when a workspace is opened; the first write
    // waits for it and is refused, with this message, if the file is damaged.
    Status integrity();

    Result<Workspace> load() const;

    // Each call below is one transaction.
    Status replaceAll(const Workspace &ws);
    Status saveProcedure(const Procedure &p, int position);
    Status saveProcedureInfo(const Procedure &p); // catalogue fields, documents, analysis, review
    Status saveProcess(const ProcessRef &ref, const Process &process);
    Status removeProcedure(const QString &code);
    Status saveGroup(const ProcedureGroup &g, int position);
    Status removeGroup(const QString &id);
    Status saveSystems(const QList<System> &systems);
    Status saveWorkspaceExtra(const QJsonObject &extra); // workspace-level fields (dossier settings …)

    // Runs several saves in one transaction (nested saves join it).
    template <class F> Status transaction(F &&body)
    {
        if (Status s = begin(); !s)
            return s;
        Status result = body();
        return finish(result);
    }

private:
    explicit WorkspaceDb(QString path, QString connection);
    static Result<std::unique_ptr<WorkspaceDb>> openConnection(const QString &path);
    Status migrate(int from, int to);
    Status begin();
    Status finish(Status result);
    Status exec(const QString &sql);
    Status writeProcedure(const Procedure &p, int position, bool withProcesses);
    Status writeProcess(const ProcessRef &ref, const Process &process);
    Status writeGroup(const ProcedureGroup &g, int position);
    Status writeReview(const ProcessRef::Owner owner, const QString &id, const Review &review);

    void startIntegrityCheck();

    QString m_path;
    QString m_connection;
    int m_depth = 0;
    std::shared_future<QString> m_integrity; // the problems found, empty when the file is whole
    bool m_integrityKnownGood = false;
};

} // namespace tthc

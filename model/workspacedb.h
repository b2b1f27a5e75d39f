#pragma once
// The workspace file (*.tthc): one SQLite database with a schema-version table and forward
// migrations, foreign keys on, WAL journal. Every save is one transaction, so a process
// killed mid-save leaves the last committed state. Catalogue fields are columns (for
// queries and the catalogue); the nested parts of a procedure (documents, analysis) and each
// process are stored as tthc-json fragments, because they are always read and written whole.
// A file that is not a workspace, is damaged, or is newer than this build is refused with a
// Vietnamese message and left untouched.
//
// Several programs may have one file open (a clerk exports while a colleague edits; two
// imports run at once). Every write is a row-level change inside one BEGIN IMMEDIATE
// transaction, checked against the file's current state by optimistic locking: each procedure
// and group row carries a revision, and the systems registry and the workspace-level fields
// have one each (workspace_info keys "revision.systems", "revision.extra"). load() remembers
// the revisions it read; a write whose row has another revision in the file (changed, added
// or deleted by someone else since) is refused with a message naming the row, nothing of that
// transaction is saved, and conflicted() says so. Revisions the transaction wrote become known
// only when it commits.
#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <future>
#include <memory>

class QSqlError;

namespace tthc {

class WorkspaceDb {
    Q_DECLARE_TR_FUNCTIONS(tthc::WorkspaceDb)
public:
    ~WorkspaceDb();
    WorkspaceDb(const WorkspaceDb &) = delete;
    WorkspaceDb &operator=(const WorkspaceDb &) = delete;

    static constexpr int schemaVersion = 4;
    static constexpr quint32 applicationId = 0x54544843; // "TTHC" in the SQLite header

    // ReadOnly is for commands that only read (validate, export, dossier …): they work on a
    // file or folder that cannot be written. A ReadWrite open of such a file opens it read-only
    // too, and every write then says why it cannot happen.
    enum class Access { ReadWrite, ReadOnly };
    // How long a write waits for another program's to finish (10 s; tests shorten it).
    static int busyTimeoutMs();
    static void setBusyTimeoutMs(int ms);

    // Opens an existing workspace, migrating an older schema forward (which needs write access).
    static Result<std::unique_ptr<WorkspaceDb>> open(const QString &path, Access access = Access::ReadWrite);
    // Creates a new, empty workspace; fails if the file exists.
    static Result<std::unique_ptr<WorkspaceDb>> create(const QString &path);
    // For migration tests: create a workspace at an older schema version.
    static Result<std::unique_ptr<WorkspaceDb>> createAtVersion(const QString &path, int version);

    QString path() const { return m_path; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // The cause of an SQLite error in the user's words: read-only, disk full, locked by
    // another program, a disk error, or a damaged file (only when SQLite says so).
    static QString describe(const QSqlError &error);
    int version() const;

    // SQLite's full integrity_check (indexes against tables; quick_check on open does not look
    // at index contents). Started in the background when a workspace is opened; the first write
    // waits for it and is refused, with this message, if the file is damaged.
    Status integrity();

    // Reads the whole workspace in one read transaction and remembers its revisions.
    Result<Workspace> load();
    // True when another connection has committed to the file since the last load()
    // (SQLite's PRAGMA data_version); cheap enough to poll.
    bool changedElsewhere() const;
    // True when the last write was refused because another program changed its row.
    bool conflicted() const { return m_conflict; }

    // Each call below is one transaction. A position < 0 keeps a row where it is, or appends
    // a new one after the last.
    // replaceAll makes the file hold exactly `ws`, whatever it held: for a new file and for
    // tests; it still bumps every revision, so other programs see the change.
    Status replaceAll(const Workspace &ws);
    Status saveProcedure(const Procedure &p, int position);
    // Many procedures at once (an import): serialised on all cores, written in one transaction.
    Status saveProcedures(const QList<std::pair<const Procedure *, int>> &rows);
    Status saveProcedureInfo(const Procedure &p); // catalogue fields, documents, analysis, review
    Status saveProcess(const ProcessRef &ref, const Process &process);
    Status removeProcedure(const QString &code);
    Status saveGroup(const ProcedureGroup &g, int position);
    Status removeGroup(const QString &id);
    Status saveSystems(const QList<System> &systems);
    Status saveWorkspaceExtra(const QJsonObject &extra); // workspace-level fields (dossier settings …)
    // The file's current systems registry and workspace-level fields, read inside the
    // caller's transaction: a merge applies its changes to these, so their revisions count
    // as seen.
    Result<QList<System>> storedSystems();
    Result<QJsonObject> storedExtra();

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
    static Result<std::unique_ptr<WorkspaceDb>> openConnection(const QString &path, Access access = Access::ReadWrite,
                                                               bool immutable = false);
    Status migrate(int from, int to);
    Status begin();
    Status finish(Status result);
    Status exec(const QString &sql);
    // A procedure's rows as stored: the body (catalogue, documents, analysis) and each process.
    struct ProcedureText {
        QString body, asIs, toBe; // an empty process text: no row
    };
    static ProcedureText serialise(const Procedure &p, bool withProcesses);
    Status writeProcedure(const Procedure &p, int position, bool withProcesses, const ProcedureText *text = nullptr);
    Status writeProcess(const ProcessRef &ref, const Process &process);
    Status writeProcessText(const ProcessRef &ref, const QString &body);
    Status writeGroup(const ProcedureGroup &g, int position);
    Status writeReview(const ProcessRef::Owner owner, const QString &id, const Review &review);

    // Optimistic locking. What the file held when this connection last read or wrote it.
    struct Revisions {
        QHash<QString, qint64> procedures, groups;
        qint64 systems = 0, extra = 0;
    };
    enum class Row { Procedure, Group };
    // Checks that the row still has the revision this connection knows (0: absent) and
    // stages its next revision (the returned value; 0 when removing). `current` gets the
    // file's revision.
    Result<qint64> claim(Row row, const QString &id, bool removing, qint64 *current = nullptr);
    Result<qint64> claimInfo(const char *key, qint64 Revisions::*known);
    Result<qint64> storedRevision(const QString &sql, const QString &id);
    Result<qint64> nextPosition(Row row);
    Result<QList<System>> readSystems(qint64 *revision);
    Result<QJsonObject> readExtra(qint64 *revision);
    QString unreadable(const QString &where, const QString &why) const;
    enum class Change { Added, Deleted, Changed }; // what another program did to the row
    Status conflict(const QString &what, Change change);
    qint64 dataVersion() const;

    void startIntegrityCheck();

    QString m_path;
    QString m_connection;
    int m_depth = 0;
    Revisions m_known;  // committed
    Revisions m_staged; // inside the open transaction
    QHash<int, qint64> m_nextPosition; // per Row, inside the open transaction
    qint64 m_dataVersion = -1;
    bool m_conflict = false;
    QString m_readOnlyReason; // empty when writes are possible
    bool m_immutable = false;  // read without locks: nobody can write the folder
    std::shared_future<QString> m_integrity; // the problems found, empty when the file is whole
    bool m_integrityKnownGood = false;
};

} // namespace tthc
